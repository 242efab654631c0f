#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 with a real Node extension host) into .vscode-test/,
# offline-friendly: nothing here downloads a binary, everything comes from the npm registry.
# Safe to run again: it exits at once when the install is complete.
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server-$VERSION}"
MARKER="$DEST/.installed"

if [ -f "$MARKER" ]; then
  exit 0
fi
command -v rg >/dev/null || { echo "ripgrep (rg) is required: apt-get install -y ripgrep" >&2; exit 1; }

echo "Installing code-server $VERSION into $DEST (about a minute)…"
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
export npm_config_yes=true npm_config_fund=false npm_config_audit=false
echo '{"name":"code-server-cache","private":true}' > package.json
# Postinstall scripts are skipped on purpose: code-server's refuses root, ripgrep's downloads a
# binary, node-pty's calls npx. The native modules are rebuilt below instead.
npm install "code-server@$VERSION" --ignore-scripts --no-save --loglevel=error
npm rebuild argon2 --loglevel=error

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild --loglevel=error
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --loglevel=error)

touch "$MARKER"
echo "code-server $VERSION installed."
