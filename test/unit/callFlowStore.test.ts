// The routing reads the call-flow tracer makes: the WebexCalling requests (paths, filters, orgId,
// ID encoding, the scope a 403 names) over a stub server, and the OrgStore's caching of them over a
// scripted WebexCalling (one request per key, shared while in flight, failures not kept, number
// lookups answered from a complete number list).
import * as assert from 'node:assert/strict';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';
import { ForbiddenError } from '../../src/webex/errors';
import type { NumberEntry, NumberFilter } from '../../src/webex/routingTypes';
import { KINDS } from '../../src/kinds/registry';
import { sendJson, startHttpStub, type HttpStub } from './helpers/httpStub';

describe('routing reads', () => {
  describe('WebexCalling', () => {
    let stub: HttpStub;
    afterEach(() => stub?.close());

    const callingFor = (server: HttpStub, orgId?: string) => new WebexCalling(new WebexClient({ baseUrl: server.baseUrl, getToken: () => 'token' }), () => orgId);

    it('lists numbers with their filters and orgId, under the list key phoneNumbers', async () => {
      stub = await startHttpStub((_request, response) => sendJson(response, 200, { phoneNumbers: [{ phoneNumber: '+14085550100', owner: { id: 'p', type: 'PEOPLE' } }, { extension: '5001' }] }));
      const numbers = await callingFor(stub, 'org-1').numbers({ extension: '5001', locationId: 'L 1' });
      assert.equal(numbers.length, 2, 'entries without an id are kept');
      assert.deepEqual(stub.requests.map((request) => request.url), ['/v1/telephony/config/numbers?max=100&extension=5001&locationId=L+1&orgId=org-1']);
    });

    it('reads forwarding of features, people and workspaces at their documented paths, IDs encoded', async () => {
      stub = await startHttpStub((_request, response) => sendJson(response, 200, { callForwarding: { always: { enabled: false } } }));
      const calling = callingFor(stub);
      await calling.forwarding(KINDS.callQueue.endpoint, 'loc/1', 'q?x', { orgId: 'o' });
      await calling.personForwarding('p#1');
      await calling.workspaceForwarding('w 1');
      assert.deepEqual(stub.requests.map((request) => request.url), [
        '/v1/telephony/config/locations/loc%2F1/queues/q%3Fx/callForwarding?orgId=o',
        '/v1/people/p%231/features/callForwarding',
        '/v1/workspaces/w%201/features/callForwarding',
      ]);
    });

    it('names the scope a 403 on a person’s or workspace’s forwarding lacks', async () => {
      stub = await startHttpStub((_request, response) => sendJson(response, 403, { message: 'Forbidden' }));
      const calling = callingFor(stub);
      const person = await calling.personForwarding('p').catch((error: unknown) => error);
      const workspace = await calling.workspaceForwarding('w').catch((error: unknown) => error);
      assert.ok(person instanceof ForbiddenError && workspace instanceof ForbiddenError);
      assert.equal(person.requiredScope, 'spark-admin:people_read');
      assert.equal(workspace.requiredScope, 'spark-admin:workspaces_read');
    });
  });

  describe('OrgStore', () => {
    /** A WebexCalling stand-in for the routing reads only; each call is recorded and can be held. */
    function scripted(entries: NumberEntry[]) {
      const calls: string[] = [];
      let failNext = false;
      let release: (() => void) | undefined;
      const held = () => (release ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve());
      const answer = async <T>(call: string, value: () => T): Promise<T> => {
        calls.push(call);
        await held();
        if (failNext) {
          failNext = false;
          throw new Error('fail');
        }
        return value();
      };
      const calling = {
        numbers: (filter: NumberFilter & { orgId?: string }) =>
          answer(`numbers ${JSON.stringify(filter)}`, () => entries.filter((entry) => (filter.phoneNumber === undefined || entry.phoneNumber?.includes(filter.phoneNumber)) && (filter.extension === undefined || entry.extension === filter.extension))),
        forwarding: (feature: { collection: string }, locationId: string, id: string) => answer(`forwarding ${feature.collection} ${locationId} ${id}`, () => ({ callForwarding: {} })),
        personForwarding: (id: string) => answer(`person ${id}`, () => ({ callForwarding: {} })),
        workspaceForwarding: (id: string) => answer(`workspace ${id}`, () => ({ callForwarding: {} })),
      } as unknown as WebexCalling;
      return {
        store: new OrgStore(calling, 'org-1'),
        calls,
        failNext: () => (failNext = true),
        hold: () => (release = () => undefined),
        releaseHeld: () => {
          const releaseNow = release;
          release = undefined;
          releaseNow?.();
        },
      };
    }

    const ENTRIES: NumberEntry[] = [
      { phoneNumber: '+14085550100', extension: '5001', location: { id: 'L1' }, owner: { id: 'hg', type: 'HUNT_GROUP' } },
      { phoneNumber: '+140855501000', location: { id: 'L1' } },
      { extension: '5001', location: { id: 'L2' }, owner: { id: 'p2', type: 'PEOPLE' } },
    ];

    it('looks a number up once, takes only the exact match, and keeps the answer (none included)', async () => {
      const { store, calls } = scripted(ENTRIES);
      assert.equal((await store.numberOwner({ phoneNumber: '+14085550100' }))?.owner?.id, 'hg');
      assert.equal((await store.numberOwner({ phoneNumber: '+14085550100' }))?.owner?.id, 'hg');
      assert.equal(await store.numberOwner({ phoneNumber: '+1999' }), undefined);
      assert.equal(await store.numberOwner({ phoneNumber: '+1999' }), undefined);
      assert.equal((await store.numberOwner({ extension: '5001', locationId: 'L2' }))?.owner?.id, 'p2');
      assert.deepEqual(calls, [
        'numbers {"orgId":"org-1","phoneNumber":"+14085550100"}',
        'numbers {"orgId":"org-1","phoneNumber":"+1999"}',
        'numbers {"orgId":"org-1","extension":"5001","locationId":"L2"}',
      ]);
    });

    it('shares one request between concurrent callers, and forgets a failure', async () => {
      const harness = scripted(ENTRIES);
      harness.hold();
      const both = Promise.all([harness.store.memberForwarding('PEOPLE', 'p'), harness.store.memberForwarding('PEOPLE', 'p')]);
      harness.releaseHeld();
      await both;
      assert.deepEqual(harness.calls, ['person p']);
      harness.failNext();
      await assert.rejects(harness.store.forwarding('huntGroup', 'L1', 'hg'));
      await harness.store.forwarding('huntGroup', 'L1', 'hg');
      await harness.store.forwarding('huntGroup', 'L1', 'hg');
      await harness.store.memberForwarding('PLACE', 'p');
      assert.deepEqual(harness.calls, ['person p', 'forwarding huntGroups L1 hg', 'forwarding huntGroups L1 hg', 'workspace p']);
    });

    it('answers number lookups from the complete number list without a request', async () => {
      const { store, calls } = scripted(ENTRIES);
      assert.equal((await store.allNumbers()).length, 3);
      assert.equal((await store.allNumbers()).length, 3);
      assert.equal((await store.numberOwner({ extension: '5001', locationId: 'L2' }))?.owner?.id, 'p2');
      assert.equal(await store.numberOwner({ phoneNumber: '+1408555010' }), undefined);
      assert.deepEqual(calls, ['numbers {"orgId":"org-1"}']);
      store.forgetRouting();
      await store.numberOwner({ extension: '5001', locationId: 'L2' });
      assert.equal(calls.length, 2, 'after forgetRouting the next lookup asks again');
    });
  });
});
