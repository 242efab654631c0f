import { KINDS } from '../../src/kinds/registry';
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import type { SampleLoader } from '../../src/connection';
import * as sampleApi from '../../src/sample/server';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { extensionApi, setSetting, until } from './helpers';

// Which token goes where: each client sends only the token it was made with, and a signed-in
// token reaches a new API host only after that host said whose it is (GET /people/me).
describe('The token belongs to one client and one host', function () {
  this.timeout(60_000);
  const realToken = 'real-admin-token-0123456789abcdef';
  let api: ExplorerApi;
  let realApi: SampleServer;
  let originalLoader: SampleLoader;
  const started: SampleServer[] = [];

  /** Makes Explore Sample Organization serve `server` (whose requests the test can read), counting starts. */
  function useSampleServer(server: SampleServer): { starts: number } {
    const counter = { starts: 0 };
    const loader: SampleLoader = () =>
      Promise.resolve({
        ...sampleApi,
        startSampleServer: () => {
          counter.starts++;
          // Its closing is the test's business: queued requests must still be able to reach it.
          return Promise.resolve(Object.assign(Object.create(server) as SampleServer, { close: () => Promise.resolve() }));
        },
      });
    (api.connection as unknown as { loadSample: SampleLoader }).loadSample = loader;
    return counter;
  }

  before(async () => {
    api = await extensionApi();
    originalLoader = (api.connection as unknown as { loadSample: SampleLoader }).loadSample;
    realApi = await startSampleServer({ tokens: [realToken] });
    started.push(realApi);
    await setSetting('apiBaseUrl', realApi.baseUrl);
  });

  after(async () => {
    (api.connection as unknown as { loadSample: SampleLoader }).loadSample = originalLoader;
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await setSetting('maxConcurrentRequests', undefined);
    await Promise.all(started.map((server) => server.close()));
  });

  it('starts one sample server when Explore Sample Organization is run twice at once', async () => {
    const sample = await startSampleServer({ latencyMs: 50 });
    started.push(sample);
    const counter = useSampleServer(sample);
    await vscode.commands.executeCommand('webexCalling.signOut');
    await Promise.all([vscode.commands.executeCommand('webexCalling.exploreSample'), vscode.commands.executeCommand('webexCalling.exploreSample')]);
    assert.strictEqual(api.connection.state, 'sample');
    assert.strictEqual(counter.starts, 1);
  });

  it('sends requests queued on the sample organization with the sample token after a sign-in', async () => {
    await setSetting('maxConcurrentRequests', 1);
    const sample = await startSampleServer({ latencyMs: 150 });
    started.push(sample);
    useSampleServer(sample);
    await vscode.commands.executeCommand('webexCalling.signOut');
    await api.connection.exploreSample();
    const { calling } = api.connection.active!;
    // One in flight, the rest queued behind it on the sample org's client.
    const groups = sample.org.locations.flatMap((location) => location.huntGroups.map((group) => ({ locationId: location.location.id, id: group.id })));
    const queued = groups.map((group) => calling.itemDetails(KINDS.huntGroup.endpoint, group.locationId, group.id).then(() => undefined, () => undefined));
    await until(() => sample.stats().total >= 1, 'the first request to reach the sample API');
    api.connection.useSession(await api.auth.signInWithToken(realToken));
    await Promise.all(queued);
    const sent = sample.stats().log;
    assert.strictEqual(sent.length, groups.length, 'every queued request was sent');
    assert.deepStrictEqual(sent.filter((request) => request.authorization !== `Bearer ${SAMPLE_TOKEN}`).map((r) => `${r.url} ${r.authorization}`), []);
  });

  it('checks the token at a new API host with /people/me first, and uses it there only once accepted', async () => {
    await setSetting('maxConcurrentRequests', undefined);
    api.connection.useSession(await api.auth.signInWithToken(realToken));
    await until(() => api.connection.active?.baseUrl === realApi.baseUrl, 'signed in');
    // A host that does not know the token: it hears /people/me and nothing else.
    const stranger = await startSampleServer({ tokens: ['some-other-token-0123456789'] });
    started.push(stranger);
    await setSetting('apiBaseUrl', stranger.baseUrl);
    await until(() => stranger.stats().total > 0 && api.connection.state === 'signedOut', 'the refused check');
    await vscode.commands.executeCommand('webexCalling.refresh');
    assert.deepStrictEqual(stranger.stats().log.map((request) => request.url.split('?')[0]), ['/v1/people/me']);

    // A host that accepts it for the same administrator: /people/me first, then browsing.
    const accepting = await startSampleServer({ tokens: [realToken] });
    started.push(accepting);
    await setSetting('apiBaseUrl', accepting.baseUrl);
    await until(() => api.connection.active?.baseUrl === accepting.baseUrl, 'the accepting host');
    await api.connection.active!.store.locations();
    const paths = accepting.stats().log.map((request) => request.url.split('?')[0]);
    assert.strictEqual(paths[0], '/v1/people/me', paths.join(', '));
    assert.ok(paths.includes('/v1/telephony/config/locations'), paths.join(', '));
    await setSetting('apiBaseUrl', realApi.baseUrl);
    await until(() => api.connection.active?.baseUrl === realApi.baseUrl, 'back on the first host');
  });
});
