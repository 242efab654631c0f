// Corporate proxies, in the real extension host: the extension gives node-fetch an agent of its own,
// and these tests show what VS Code's proxy support (`http.proxy`, `http.proxySupport`) does with
// its requests. The API is reached as https://webex-api.test: a name no DNS answers (.test is
// reserved, RFC 6761), so a request can only arrive through the proxy, which tunnels it to a TLS
// front of the sample API on loopback. VS Code never proxies localhost or 127.0.0.1 itself, so the
// API cannot be addressed by those.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { repoRoot } from '../harness/repoRoot';
import { childrenOf, extensionApi, setSetting, until } from './helpers';

const API_HOST = 'webex-api.test';
const API_BASE_URL = `https://${API_HOST}/v1`;
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'proxy');
/** A self-signed certificate for webex-api.test only, made for these tests (its key is no secret). */
const apiCertificate = fs.readFileSync(path.join(fixtures, 'api-cert.pem'), 'utf8');
const apiKey = fs.readFileSync(path.join(fixtures, 'api-key.pem'), 'utf8');

// VS Code adds the certificates in https.globalAgent.testCertificates to those it trusts when the
// host runs extension tests, as it adds the system's certificates (`http.systemCertificates`), which
// is how a company's own CA reaches VS Code. It reads them once, at the first HTTPS request through
// its proxy support, so they are added when this file loads, before any test runs.
const globalAgent = https.globalAgent as https.Agent & { testCertificates?: string[] };
globalAgent.testCertificates = [...(globalAgent.testCertificates ?? []), apiCertificate];

/** What a loopback HTTP proxy saw: CONNECT requests with their headers, the bytes it tunnelled, plain requests. */
interface ProxyLog {
  connects: { target: string; headers: http.IncomingHttpHeaders }[];
  tunnelled: Buffer[];
  plainRequests: string[];
}

/**
 * An HTTP proxy as companies run them, in a few lines of Node's own `http`: CONNECT to
 * webex-api.test:443 is tunnelled to `apiPort` on loopback (the proxy resolves names, the client
 * does not); anything else is refused. No npm package is needed for that, and the test then sees
 * exactly what a proxy sees.
 */
async function startProxy(apiPort: number): Promise<{ url: string; log: ProxyLog; stop(): Promise<void> }> {
  const log: ProxyLog = { connects: [], tunnelled: [], plainRequests: [] };
  // A tunnel's sockets leave the HTTP server's keeping once CONNECT is answered: stop() ends them.
  const tunnels = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    log.plainRequests.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    log.connects.push({ target: request.url ?? '', headers: request.headers });
    if (request.url !== `${API_HOST}:443`) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = net.connect(apiPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      client.on('data', (chunk: Buffer) => log.tunnelled.push(chunk));
      client.pipe(upstream);
      upstream.pipe(client);
    });
    tunnels.add(client).add(upstream);
    const close = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => tunnels.delete(client));
    upstream.on('close', () => tunnels.delete(upstream));
    upstream.on('error', close);
    client.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    stop: async () => {
      for (const socket of tunnels) socket.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The API's TLS front: terminates https for webex-api.test and passes each request on to the sample API. */
async function startApiFront(sample: SampleServer): Promise<https.Server> {
  const target = new URL(sample.baseUrl);
  const server = https.createServer({ cert: apiCertificate, key: apiKey }, (request, response) => {
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function setHttpSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('http').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Corporate proxies (http.proxy)', function () {
  this.timeout(30_000);
  let sample: SampleServer;
  let front: https.Server;
  let proxy: Awaited<ReturnType<typeof startProxy>>;

  before(async () => {
    sample = await startSampleServer();
    front = await startApiFront(sample);
    proxy = await startProxy((front.address() as AddressInfo).port);
    await setSetting('requestTimeoutSeconds', 5);
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setHttpSetting('proxy', undefined);
    await setHttpSetting('proxySupport', undefined);
    await setSetting('apiBaseUrl', undefined);
    await setSetting('requestTimeoutSeconds', undefined);
    await proxy.stop();
    front.closeAllConnections();
    await new Promise((resolve) => front.close(resolve));
    await sample.close();
  });

  /** Signs in against webex-api.test and reads the tree's top level. */
  async function browseThroughApiHost(): Promise<string[]> {
    const api = await extensionApi();
    await setSetting('apiBaseUrl', API_BASE_URL);
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === API_BASE_URL && api.connection.active.state === 'signedIn', 'the connection to webex-api.test');
    return (await childrenOf(api)).map((row) => row.label);
  }

  it('sends every request through the proxy, and the token reaches only the API', async () => {
    await setHttpSetting('proxy', proxy.url);
    sample.resetStats();
    const rows = await browseThroughApiHost();
    assert.ok(rows.includes('San Jose HQ'), `the tree shows the org: ${rows.join(' | ')}`);

    // The proxy carried it: CONNECT tunnels to the API host, no request in the clear.
    assert.ok(proxy.log.connects.length > 0, 'the proxy saw CONNECT requests');
    assert.deepStrictEqual([...new Set(proxy.log.connects.map((c) => c.target))], [`${API_HOST}:443`]);
    assert.deepStrictEqual(proxy.log.plainRequests, []);

    // The API got the token; the proxy saw neither it in the CONNECT headers nor in the tunnel (TLS).
    const apiRequests = sample.stats().log;
    assert.ok(apiRequests.length > 0 && apiRequests.every((r) => r.authorization === `Bearer ${SAMPLE_TOKEN}`), 'the API received the token');
    for (const connect of proxy.log.connects) {
      assert.strictEqual(connect.headers.authorization, undefined, 'no Authorization header on CONNECT');
      assert.ok(!JSON.stringify(connect.headers).includes(SAMPLE_TOKEN), 'the token is not in the CONNECT headers');
    }
    const tunnelled = Buffer.concat(proxy.log.tunnelled);
    assert.ok(tunnelled.length > 0, 'bytes went through the tunnel');
    assert.strictEqual(tunnelled.indexOf(SAMPLE_TOKEN), -1, 'the token never crosses the proxy readable');
    assert.strictEqual(tunnelled.indexOf('Authorization'), -1, 'no request header crosses the proxy readable');
  });

  it('http.proxySupport "fallback" also sends the requests through the proxy', async () => {
    await setHttpSetting('proxy', proxy.url);
    await setHttpSetting('proxySupport', 'fallback');
    try {
      proxy.log.connects.length = 0;
      await vscode.commands.executeCommand('webexCalling.refresh');
      const api = await extensionApi();
      const rows = (await childrenOf(api)).map((row) => row.label);
      assert.ok(rows.includes('San Jose HQ'), rows.join(' | '));
      assert.ok(proxy.log.connects.some((c) => c.target === `${API_HOST}:443`));
    } finally {
      await setHttpSetting('proxySupport', undefined);
    }
  });

  // The control for the tests above: without the proxy nothing reaches webex-api.test, so it was
  // the proxy that carried them. With "on", VS Code proxies only requests that bring no agent of
  // their own, and this extension's requests bring one (the README says so).
  for (const [what, proxySetting, proxySupport] of [
    ['no http.proxy', undefined, undefined],
    ['http.proxySupport "off"', 'proxy', 'off'],
    ['http.proxySupport "on"', 'proxy', 'on'],
  ] as const) {
    it(`${what}: the requests go direct, and cannot reach webex-api.test`, async () => {
      await setHttpSetting('proxy', proxySetting && proxy.url);
      await setHttpSetting('proxySupport', proxySupport);
      try {
        proxy.log.connects.length = 0;
        sample.resetStats();
        await vscode.commands.executeCommand('webexCalling.refresh');
        const api = await extensionApi();
        const rows = await childrenOf(api);
        assert.strictEqual(rows.length, 1, rows.map((row) => row.label).join(' | '));
        assert.match(rows[0].label, /Could not reach Webex at webex-api\.test/);
        assert.deepStrictEqual(proxy.log.connects, []);
        assert.strictEqual(sample.stats().total, 0);
      } finally {
        await setHttpSetting('proxySupport', undefined);
        await setHttpSetting('proxy', proxy.url);
      }
    });
  }
});
