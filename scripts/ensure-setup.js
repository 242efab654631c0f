// Makes a fresh clone ready for `npm start` or `npm test` (run as their pre-scripts): the Debian
// packages they need, the npm dependencies, and code-server. Plain Node with no dependency, since
// it runs before node_modules exists. Each step does nothing when its part is already in place.
//   node scripts/ensure-setup.js start|test
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');

/**
 * Debian packages by the command that needs them: ripgrep and the Kerberos headers to build
 * code-server's native modules, Chromium for the UI tests, unzip to look inside the .vsix.
 * Each is known to be present by a command it provides, or else by dpkg.
 */
const debianPackages = {
  start: [
    { name: 'ripgrep', command: 'rg' },
    { name: 'libkrb5-dev' },
  ],
  test: [
    { name: 'chromium', command: 'chromium' },
    { name: 'ripgrep', command: 'rg' },
    { name: 'libkrb5-dev' },
    { name: 'unzip', command: 'unzip' },
  ],
};

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function isInstalled(pkg) {
  if (pkg.command) return succeeds('sh', ['-c', `command -v ${pkg.command}`]);
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg.name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

function run(command, args, { env = {}, announce = true } = {}) {
  if (announce) console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

/** Installs the missing ones when root, the way `playwright install --with-deps` does; otherwise stops with the line to run. */
function ensureDebianPackages(purpose) {
  const missing = debianPackages[purpose].filter((pkg) => !isInstalled(pkg)).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  const installLine = `apt-get install -y ${missing.join(' ')}`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    console.error(`npm ${purpose} needs these Debian packages: ${missing.join(', ')}. Install them as root, then run npm ${purpose} again:\n\n  sudo apt-get update && sudo ${installLine}\n`);
    process.exit(1);
  }
  console.log(`Installing Debian packages: ${missing.join(', ')}`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...missing], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether node_modules holds what package-lock.json asks for. npm records what it installed in
 * node_modules/.package-lock.json; it matches when every locked package is installed at its
 * locked version (optional ones may be absent: they are for other platforms) and nothing else is.
 */
function dependenciesUpToDate() {
  const wanted = readJson(path.join(repoRoot, 'package-lock.json'))?.packages;
  const installed = readJson(path.join(repoRoot, 'node_modules', '.package-lock.json'))?.packages;
  if (!wanted || !installed) return false;
  for (const [location, entry] of Object.entries(wanted)) {
    if (location === '') continue;
    const have = installed[location];
    if (!have) {
      if (entry.optional) continue;
      return false;
    }
    if (have.version !== entry.version) return false;
  }
  return Object.keys(installed).every((location) => location in wanted);
}

function ensureNpmDependencies() {
  if (dependenciesUpToDate()) return;
  console.log('Installing npm dependencies (node_modules is missing or does not match package-lock.json)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function ensureCodeServer() {
  // The script returns at once when its install is complete; it alone knows the version and place.
  run('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')], { announce: false });
}

const purpose = process.argv[2];
if (!(purpose in debianPackages)) {
  console.error('Usage: node scripts/ensure-setup.js start|test');
  process.exit(2);
}
ensureDebianPackages(purpose);
ensureNpmDependencies();
ensureCodeServer();
