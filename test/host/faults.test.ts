import * as assert from 'node:assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { FaultKind, PathMatcher } from '../support/sampleServer';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { childLabeled, childrenOf, extensionApi, setSetting, until, type ShownNode } from './helpers';

/** How far Date.now() and Node's timer clock may disagree when a timer fires (they round differently). */
const CLOCK_SLACK_MS = 5;

/** A GET of the sample API with its token, read as JSON. */
async function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { Authorization: `Bearer ${SAMPLE_TOKEN}` } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${url}: ${response.statusCode}`))));
      })
      .on('error', reject);
  });
}

// The fault matrix, through the real extension: what the user sees in the tree when Webex
// misbehaves, and that Retry brings the data back once it behaves again.
describe('Faults, as the user sees them', function () {
  this.timeout(30_000);
  let server: SampleServer;
  let otherHost: http.Server;
  let otherHostRequests = 0;
  let otherOrigin: string;

  before(async () => {
    server = await startSampleServer();
    otherHost = http.createServer((_request, response) => {
      otherHostRequests++;
      response.end('{}');
    });
    await new Promise<void>((resolve) => otherHost.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(otherHost.address() as AddressInfo).port}`;
    await setSetting('apiBaseUrl', server.baseUrl);
    await setSetting('requestTimeoutSeconds', 1);
    const api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl && api.connection.active.state === 'signedIn', 'the test API');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await setSetting('requestTimeoutSeconds', undefined);
    await server.close();
    await new Promise((resolve) => otherHost.close(resolve));
  });

  beforeEach(async () => {
    server.clearFaults();
    await vscode.commands.executeCommand('webexCalling.refresh');
  });

  const sanJose = () => server.org.locations.find((l) => l.location.name === 'San Jose HQ')!;
  const salesLine = () => sanJose().huntGroups.find((h) => h.name === 'Sales Line')!;

  async function salesLineNode(): Promise<ShownNode> {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    return childLabeled(api, folder.node, 'Sales Line');
  }

  async function huntGroupFolder(): Promise<ShownNode> {
    const api = await extensionApi();
    return childLabeled(api, await childLabeled(api, undefined, 'San Jose HQ').then((l) => l.node), /^Hunt Groups/);
  }

  const detailsPath = (): RegExp => new RegExp(`/huntGroups/${salesLine().id}`);

  /** Expands Sales Line under the fault: an error node saying `expected`, then Retry after the fault clears shows the details. */
  async function expectErrorThenRetry(fault: FaultKind, expected: RegExp): Promise<void> {
    const api = await extensionApi();
    const node = await salesLineNode();
    server.addFault({ path: detailsPath(), fault });
    const rows = await childrenOf(api, node.node);
    assert.strictEqual(rows.length, 1, rows.map((r) => r.label).join(' | '));
    assert.strictEqual(rows[0].item.contextValue, 'error');
    assert.match(rows[0].label, expected);
    assert.ok(!/[<>]/.test(rows[0].label), 'no markup from a response body reaches the label');
    assert.strictEqual(rows[0].item.command?.command, 'webexCalling.refreshNode', 'the error offers Retry');
    server.clearFaults();
    await vscode.commands.executeCommand('webexCalling.refreshNode', node.node);
    const recovered = await childrenOf(api, node.node);
    assert.ok(recovered.some((r) => r.label === 'Policy: Circular'), 'Retry brings the details back');
  }

  /** The fault is absorbed by retries: the user just sees the details. */
  async function expectAbsorbed(fault: FaultKind, times: number): Promise<void> {
    const api = await extensionApi();
    const node = await salesLineNode();
    server.addFault({ path: detailsPath(), fault, times });
    const rows = await childrenOf(api, node.node);
    assert.ok(rows.some((r) => r.label === 'Policy: Circular'), rows.map((r) => r.label).join(' | '));
  }

  /**
   * Every retry of the details request reached the server at least `seconds` after the attempt
   * before it. Measured from arrivals at the server (one clock, in this process): the client only
   * starts waiting once it has the error response, so an honoured Retry-After puts at least that
   * long between two arrivals, however slow the machine. No upper bound is asserted.
   */
  function assertRetriesWaited(attempts: number, seconds: number): void {
    const arrivals = server
      .stats()
      .log.filter((record) => detailsPath().test(record.url))
      .map((record) => record.startedAt);
    assert.strictEqual(arrivals.length, attempts, `${attempts} attempts of the details request`);
    for (let i = 1; i < arrivals.length; i++) {
      // The slack is far below the 125–250 ms backoff of a retry that ignored Retry-After.
      assert.ok(arrivals[i] - arrivals[i - 1] >= seconds * 1000 - CLOCK_SLACK_MS, `retry ${i} came ${arrivals[i] - arrivals[i - 1]} ms after the attempt before it`);
    }
  }

  it('429 with Retry-After: waits as asked and succeeds', async () => {
    server.resetStats();
    await expectAbsorbed({ kind: 'status', status: 429, retryAfterSeconds: 1 }, 2);
    assertRetriesWaited(3, 1);
  });
  it('429 asking to wait longer than the cap: says when to retry', () =>
    expectErrorThenRetry({ kind: 'status', status: 429, retryAfterSeconds: 3600 }, /limiting requests \(429\).*3600/));
  it('503 with Retry-After: waits as asked and succeeds', async () => {
    server.resetStats();
    await expectAbsorbed({ kind: 'status', status: 503, retryAfterSeconds: 1 }, 1);
    assertRetriesWaited(2, 1);
  });
  it('500/502/504 bursts then recovery: retried without the user noticing', async () => {
    await expectAbsorbed({ kind: 'status', status: 500 }, 1);
    await vscode.commands.executeCommand('webexCalling.refresh');
    await expectAbsorbed({ kind: 'status', status: 502 }, 1);
    await vscode.commands.executeCommand('webexCalling.refresh');
    await expectAbsorbed({ kind: 'status', status: 504 }, 2);
  });
  it('a 5xx that persists: an error node with the status, then Retry', () =>
    expectErrorThenRetry({ kind: 'status', status: 502 }, /server error \(502\)/));
  it('a hung connection: times out into an error node with Retry', () => expectErrorThenRetry({ kind: 'hang' }, /did not answer within 1 second/));
  it('a connection reset mid-body: retried', () => expectAbsorbed({ kind: 'reset' }, 1));
  it('malformed JSON: says the response was unexpected', () => expectErrorThenRetry({ kind: 'malformedJson' }, /unexpected response/));
  it('an HTML page with status 200: says so, shows no HTML', () => expectErrorThenRetry({ kind: 'html' }, /unexpected response/));
  it('a JSON body of the wrong shape: says so', () => expectErrorThenRetry({ kind: 'wrongShape', variant: 'notObject' }, /unexpected response/));
  it('a 403: names the missing scope', () =>
    expectErrorThenRetry({ kind: 'status', status: 403 }, /lacks the scope spark-admin:telephony_config_read/));

  it('a redirect to another host: not followed, the token not sent there', async () => {
    otherHostRequests = 0;
    await expectErrorThenRetry({ kind: 'redirect', location: `${otherOrigin}/v1/anything` }, /another host/);
    assert.strictEqual(otherHostRequests, 0);
  });

  it('a list with null entries and extra fields: shows the real items, and no error', async () => {
    const api = await extensionApi();
    // San Jose HQ's real hunt group page as the API sends it, with nulls between the items (as
    // Webex sometimes sends) and fields no schema knows, on the page and on each item.
    const listUrl = `/telephony/config/huntGroups?locationId=${encodeURIComponent(sanJose().location.id)}`;
    const page = (await getJson(`${server.baseUrl}${listUrl}`)) as { huntGroups: Record<string, unknown>[] };
    const expected = sanJose().huntGroups.map((h) => h.name).sort();
    assert.deepStrictEqual(page.huntGroups.map((h) => h.name).sort(), expected, 'the page is the location\u2019s hunt groups');
    const padded = [null, ...page.huntGroups.flatMap((item) => [{ ...item, futureField: { nested: [1, 2] } }, null])];
    // Every hunt group list request gets it, whether the tree reads the org-wide list or this location's.
    server.addFault({ path: '/telephony/config/huntGroups', fault: { kind: 'status', status: 200, body: { huntGroups: padded, nextCursor: 'unknown' } } });
    const folder = await huntGroupFolder();
    const rows = await childrenOf(api, folder.node);
    assert.deepStrictEqual(rows.filter((r) => r.item.contextValue === 'error').map((r) => r.label), [], 'no error node');
    const shown = rows.filter((r) => /\bhuntGroup\b/.test(String(r.item.contextValue))).map((r) => r.label);
    assert.deepStrictEqual(shown.sort(), expected, 'every real item, once');
  });

  it('a Link loop and an empty page with a next link: the list ends, nothing shown twice, no error', async () => {
    const api = await extensionApi();
    server.setMaxPageSize(2);
    await setSetting('pageSize', 2);
    try {
      // The first page is real; what follows it loops, or is empty with a next link.
      const cases: [FaultKind, PathMatcher][] = [
        [{ kind: 'linkLoop' }, '/telephony/config/huntGroups'],
        [{ kind: 'emptyPageWithNext' }, /huntGroups\?.*start=2/],
      ];
      for (const [fault, path] of cases) {
        await until(() => api.connection.active !== undefined, 'the connection');
        await vscode.commands.executeCommand('webexCalling.refresh');
        server.clearFaults();
        server.addFault({ path, fault });
        const folder = await huntGroupFolder();
        let rows = await childrenOf(api, folder.node);
        for (let clicks = 0; rows.some((r) => r.item.contextValue === 'loadMore') && clicks < 5; clicks++) {
          await vscode.commands.executeCommand('webexCalling.loadMore', folder.node);
          rows = await childrenOf(api, folder.node);
        }
        const ids = rows.filter((r) => /\bhuntGroup\b/.test(String(r.item.contextValue))).map((r) => r.node.id);
        assert.strictEqual(new Set(ids).size, ids.length, `${fault.kind}: no duplicates`);
        assert.ok(ids.length >= 2, `${fault.kind}: the first page shows`);
        assert.ok(!rows.some((r) => r.item.contextValue === 'error' || r.item.contextValue === 'loadMore'), `${fault.kind}: the list simply ends`);
      }
    } finally {
      server.setMaxPageSize(100);
      await setSetting('pageSize', undefined);
    }
  });

  it('a next link to another host: the first page shows, the next is refused, the token stays home', async () => {
    const api = await extensionApi();
    otherHostRequests = 0;
    server.addFault({ path: '/telephony/config/huntGroups', fault: { kind: 'crossOriginNext', origin: otherOrigin } });
    const folder = await huntGroupFolder();
    let rows = await childrenOf(api, folder.node);
    assert.ok(rows.some((r) => r.label === 'Sales Line'));
    if (rows.some((r) => r.item.contextValue === 'loadMore')) {
      await vscode.commands.executeCommand('webexCalling.loadMore', folder.node);
      rows = await childrenOf(api, folder.node);
      assert.ok(rows.some((r) => r.item.contextValue === 'error' && /another host/.test(r.label)), rows.map((r) => r.label).join(' | '));
    }
    assert.strictEqual(otherHostRequests, 0);
  });

  it('a deleted hunt group (404): the list is read again without it', async () => {
    const api = await extensionApi();
    const doomed = sanJose().huntGroups.find((h) => h.name === 'Support Line')!;
    const folder = await huntGroupFolder();
    const node = await childLabeled(api, folder.node, 'Support Line');
    server.deleteHuntGroup(sanJose().location.id, doomed.id);
    const rows = await childrenOf(api, node.node);
    assert.match(rows[0].label, /no longer exists/i);
    const relisted = await childrenOf(api, folder.node);
    assert.ok(!relisted.some((r) => r.label === 'Support Line'));
  });

  it('refreshing while a list loads leaves no stale children', async () => {
    const api = await extensionApi();
    server.setLatency(400);
    try {
      const location = await childLabeled(api, undefined, 'San Jose HQ');
      const pending = childrenOf(api, location.node);
      await vscode.commands.executeCommand('webexCalling.refresh');
      await pending;
      const fresh = await childrenOf(api, await childLabeled(api, undefined, 'San Jose HQ').then((l) => l.node));
      assert.deepStrictEqual(fresh.map((row) => row.label.replace(/\d+/, 'n')), ['Hunt Groups (n)', 'Call Queues (n)', 'Auto Attendants (n)', 'Call Pickups (n)']);
    } finally {
      server.setLatency(0);
    }
  });

  it('closing the details view while it loads throws nothing', async () => {
    const api = await extensionApi();
    const failures: unknown[] = [];
    const onRejection = (reason: unknown): void => void failures.push(reason);
    process.on('unhandledRejection', onRejection);
    server.setLatency(400);
    server.resetStats();
    try {
      const node = await salesLineNode();
      await vscode.commands.executeCommand('webexCalling.refreshNode', node.node);
      const showing = vscode.commands.executeCommand('webexCalling.showDetails', node.node);
      const key = `huntGroup:${sanJose().location.id}:${salesLine().id}`;
      const panel = await until(() => api.details.panelFor(key), 'the panel');
      panel.dispose();
      // show() resolves once the load it started has settled; a rejection that escaped it is
      // reported before the next turn of the event loop.
      await showing;
      await until(() => server.stats().log.some((record) => detailsPath().test(record.url) && record.status === 200), 'the details response');
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepStrictEqual(failures, []);
      assert.strictEqual(api.details.panelFor(key), undefined);
    } finally {
      server.setLatency(0);
      process.off('unhandledRejection', onRejection);
    }
  });

  it('the network down at start-up: the view says so, and Retry works once it is back', async () => {
    const api = await extensionApi();
    const port = Number(new URL(server.baseUrl).port);
    await server.close();
    await vscode.commands.executeCommand('webexCalling.refresh');
    const rows = await childrenOf(api);
    assert.strictEqual(rows.length, 1);
    assert.match(rows[0].label, /Could not reach Webex at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    server = await startSampleServer({ port });
    await vscode.commands.executeCommand('webexCalling.refreshNode', rows[0].item.command!.arguments![0]);
    const back = await childrenOf(api);
    assert.ok(back.some((r) => r.label === 'San Jose HQ'));
  });
});
