// The client's waiting parts on their own: the semaphore's queue (order, aborts, double releases),
// single flight (who shares, who gets a copy, when the shared work is aborted), the abortable wait
// for a promise, the abortable sleep and the rate-limit gate with a clock the test sets. No assertion depends on how long anything took:
// each checks whether a promise has settled at a point the test has brought about.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { getEventListeners, once } from 'node:events';
import { sleep, untilAborted } from '../../src/webex/abortable';
import { Semaphore, SingleFlight } from '../../src/webex/concurrency';
import { RateLimitGate } from '../../src/webex/rateLimitGate';
import { hasSettled, rejection, until } from './helpers/clientKit';

class Cancelled extends Error {}
const cancelled = (): Error => new Cancelled('cancelled');

describe('Semaphore', () => {
  it('needs a whole number of permits, at least one', () => {
    for (const permits of [0, -1, 1.5, Number.NaN]) {
      assert.throws(() => new Semaphore(permits), { name: 'RangeError', message: `A semaphore needs at least one permit, got ${permits}` });
    }
    assert.doesNotThrow(() => new Semaphore(1));
  });

  it('grants up to its permits at once, then hands each released permit to the longest waiter', async () => {
    const semaphore = new Semaphore(2);
    const first = await semaphore.acquire(undefined, cancelled);
    await semaphore.acquire(undefined, cancelled);
    const order: string[] = [];
    const third = semaphore.acquire(undefined, cancelled).then((release) => (order.push('third'), release));
    const fourth = semaphore.acquire(undefined, cancelled).then((release) => (order.push('fourth'), release));
    assert.equal(await hasSettled(third), false);
    first();
    const releaseThird = await third;
    assert.equal(await hasSettled(fourth), false);
    releaseThird();
    await fourth;
    assert.deepEqual(order, ['third', 'fourth']);
  });

  it('frees a permit once however often its release is called', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire(undefined, cancelled);
    const second = semaphore.acquire(undefined, cancelled);
    const third = semaphore.acquire(undefined, cancelled);
    release();
    release();
    await second;
    assert.equal(await hasSettled(third), false, 'the second release call gave nothing away');
  });

  it('frees a permit once when released twice with nobody waiting', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire(undefined, cancelled);
    release();
    release();
    await semaphore.acquire(undefined, cancelled);
    assert.equal(await hasSettled(semaphore.acquire(undefined, cancelled)), false);
  });

  it('refuses an already aborted caller without using a permit', async () => {
    const semaphore = new Semaphore(1);
    await rejection(semaphore.acquire(AbortSignal.abort(), cancelled), Cancelled);
    assert.equal(await hasSettled(semaphore.acquire(undefined, cancelled)), true);
  });

  it('takes an aborted waiter out of the queue, so the next permit goes to the one behind it', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire(undefined, cancelled);
    const controller = new AbortController();
    const leaving = semaphore.acquire(controller.signal, cancelled);
    const staying = semaphore.acquire(undefined, cancelled);
    controller.abort();
    await rejection(leaving, Cancelled);
    release();
    assert.equal(await hasSettled(staying), true);
  });

  it('keeps a granted permit when the caller aborts afterwards', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire(undefined, cancelled);
    const controller = new AbortController();
    const granted = semaphore.acquire(controller.signal, cancelled);
    const behind = semaphore.acquire(undefined, cancelled);
    release();
    await granted;
    controller.abort();
    assert.equal(await hasSettled(behind), false, 'the permit is still held by the caller that got it');
  });
});

describe('SingleFlight', () => {
  it('runs one operation per key and gives callers after the first a copy', async () => {
    const flights = new SingleFlight<{ n: number; copied?: boolean }>((value) => ({ ...value, copied: true }));
    let runs = 0;
    let finish: (value: { n: number }) => void = () => undefined;
    const operation = () => {
      runs++;
      return new Promise<{ n: number }>((resolve) => (finish = resolve));
    };
    const first = flights.run('k', operation, undefined, cancelled);
    const second = flights.run('k', operation, undefined, cancelled);
    const other = flights.run('other', () => Promise.resolve({ n: 2 }), undefined, cancelled);
    assert.equal(flights.size, 2);
    finish({ n: 1 });
    assert.deepEqual(await Promise.all([first, second, other]), [{ n: 1 }, { n: 1, copied: true }, { n: 2 }]);
    assert.equal(runs, 1);
    assert.equal(flights.size, 0, 'finished flights are forgotten');
  });

  it('hands every caller the same result when no copy is asked for', async () => {
    const flights = new SingleFlight<object>();
    const shared = {};
    const [first, second] = await Promise.all([
      flights.run('k', () => Promise.resolve(shared), undefined, cancelled),
      flights.run('k', () => Promise.resolve({}), undefined, cancelled),
    ]);
    assert.equal(first, shared);
    assert.equal(second, shared);
  });

  it('forgets a failed flight, so the next caller starts afresh', async () => {
    const flights = new SingleFlight<number>();
    await assert.rejects(flights.run('k', () => Promise.reject(new Error('boom')), undefined, cancelled), /boom/);
    assert.equal(flights.size, 0);
    assert.equal(await flights.run('k', () => Promise.resolve(7), undefined, cancelled), 7);
  });

  it('refuses an already aborted caller without starting anything', async () => {
    const flights = new SingleFlight<number>();
    let runs = 0;
    await rejection(
      flights.run('k', () => (runs++, Promise.resolve(1)), AbortSignal.abort(), cancelled),
      Cancelled,
    );
    assert.equal(runs, 0);
    assert.equal(flights.size, 0);
  });

  it('aborts the shared operation only when its last caller leaves, and then lets a new caller start afresh', async () => {
    const flights = new SingleFlight<number>();
    const signals: AbortSignal[] = [];
    const operation = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<number>(() => undefined);
    };
    const one = new AbortController();
    const two = new AbortController();
    const first = flights.run('k', operation, one.signal, cancelled);
    const second = flights.run('k', operation, two.signal, cancelled);
    one.abort();
    await rejection(first, Cancelled);
    assert.equal(signals[0].aborted, false);
    assert.equal(await hasSettled(second), false);
    two.abort();
    await rejection(second, Cancelled);
    assert.equal(signals[0].aborted, true);
    assert.equal(flights.size, 0);
    void flights.run('k', operation, undefined, cancelled);
    assert.equal(signals.length, 2);
  });

  it('passes a failure through to a caller with a signal', async () => {
    const flights = new SingleFlight<number>();
    await assert.rejects(flights.run('k', () => Promise.reject(new Error('boom')), new AbortController().signal, cancelled), /boom/);
  });

  it('leaves a finished operation alone when a caller aborts afterwards', async () => {
    const flights = new SingleFlight<number>();
    let seen: AbortSignal | undefined;
    const controller = new AbortController();
    const value = await flights.run('k', (signal) => ((seen = signal), Promise.resolve(3)), controller.signal, cancelled);
    controller.abort();
    assert.equal(value, 3);
    assert.equal(seen?.aborted, false);
  });

  it('keeps a newer flight of the same key when an older one ends', async () => {
    const flights = new SingleFlight<number>();
    const controller = new AbortController();
    let finishOld: (value: number) => void = () => undefined;
    const old = flights.run('k', () => new Promise<number>((resolve) => (finishOld = resolve)), controller.signal, cancelled);
    controller.abort();
    await rejection(old, Cancelled);
    let runs = 0;
    const newer = flights.run('k', () => (runs++, new Promise<number>(() => undefined)), undefined, cancelled);
    finishOld(1);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(flights.size, 1, 'the newer flight is still known');
    void flights.run('k', () => (runs++, Promise.resolve(2)), undefined, cancelled);
    assert.equal(runs, 1, 'a caller joins the newer flight');
    assert.equal(await hasSettled(newer), false);
  });
});

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('untilAborted', () => {
  it('hands back the work itself when there is no signal', () => {
    const work = Promise.resolve(1);
    assert.equal(untilAborted(work, undefined, cancelled), work);
  });

  it('passes the outcome through and stops listening to the signal once the work settles', async () => {
    const controller = new AbortController();
    assert.equal(await untilAborted(Promise.resolve(5), controller.signal, cancelled), 5);
    await assert.rejects(untilAborted(Promise.reject(new Error('boom')), controller.signal, cancelled), /boom/);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
  });

  it('stops waiting at the abort, calling abortedError once, while the work goes on', async () => {
    const controller = new AbortController();
    const work = deferred<number>();
    let calls = 0;
    const waiting = untilAborted(work.promise, controller.signal, () => (calls++, cancelled()));
    assert.equal(await hasSettled(waiting), false);
    assert.equal(calls, 0, 'abortedError is called only when the wait is given up');
    controller.abort();
    await rejection(waiting, Cancelled);
    assert.equal(calls, 1);
    work.resolve(2);
    assert.equal(await work.promise, 2, 'the work itself was not stopped');
  });

  it('refuses an aborted caller at once and leaves no unhandled rejection when the work fails later', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const work = deferred<number>();
      await rejection(untilAborted(work.promise, AbortSignal.abort(), cancelled), Cancelled);
      const controller = new AbortController();
      const later = deferred<number>();
      const waiting = untilAborted(later.promise, controller.signal, cancelled);
      controller.abort();
      await rejection(waiting, Cancelled);
      work.reject(new Error('late'));
      later.reject(new Error('later'));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

describe('sleep', () => {
  it('resolves after the time, and an abort ends it at once', async () => {
    await sleep(1, undefined, cancelled);
    const controller = new AbortController();
    const long = sleep(60_000, controller.signal, cancelled);
    assert.equal(await hasSettled(long), false);
    controller.abort();
    await rejection(long, Cancelled);
    await rejection(sleep(0, AbortSignal.abort(), cancelled), Cancelled);
  });

  it('clears its timer on abort, so an abandoned long wait does not keep Node running', async () => {
    // A child process that starts a 60 s sleep and aborts it ends at once only if the timer is gone;
    // otherwise it outlives mocha's timeout.
    const script = `require(${JSON.stringify(require.resolve('../../src/webex/abortable'))}).sleep(60000, AbortSignal.abort(), () => new Error('x')).catch(() => undefined);
      const c = new AbortController(); require(${JSON.stringify(require.resolve('../../src/webex/abortable'))}).sleep(60000, c.signal, () => new Error('x')).catch(() => undefined); c.abort();`;
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0);
  });
});

describe('RateLimitGate', () => {
  /** A gate on a clock the test moves, counting how often the gate reads it. */
  function gateAt(start: number) {
    const clock = { now: start, reads: 0 };
    const gate = new RateLimitGate(() => (clock.reads++, clock.now));
    return { gate, clock };
  }

  it('is open before any pause, and keeps the later end of two pauses', () => {
    const { gate } = gateAt(1000);
    assert.equal(gate.pausedUntil, 0);
    gate.pause(5000);
    assert.equal(gate.pausedUntil, 6000);
    gate.pause(10);
    assert.equal(gate.pausedUntil, 6000);
    gate.pause(7000);
    assert.equal(gate.pausedUntil, 8000);
  });

  it('lets a request through at once when the pause ends now', async () => {
    const { gate } = gateAt(1000);
    gate.pause(0);
    await gate.pass(undefined, cancelled);
  });

  it('lets a request go once the clock has reached the end of the pause', async () => {
    const { gate, clock } = gateAt(1000);
    gate.pause(5);
    const passing = gate.pass(undefined, cancelled);
    clock.now = 1005;
    await passing;
  });

  it('waits again when the pause grew during the wait', async () => {
    const { gate, clock } = gateAt(1000);
    gate.pause(5);
    const controller = new AbortController();
    const passing = gate.pass(controller.signal, cancelled);
    gate.pause(60_000);
    // Reads so far: two pauses and the first check; a fourth comes only once the first 5 ms wait is over.
    assert.equal(clock.reads, 3);
    await until(() => clock.reads >= 4);
    assert.equal(await hasSettled(passing), false);
    controller.abort();
    await rejection(passing, Cancelled);
  });

  it('ends a wait at once when the caller aborts, and refuses an aborted caller even when open', async () => {
    const { gate } = gateAt(1000);
    await rejection(gate.pass(AbortSignal.abort(), cancelled), Cancelled);
    gate.pause(60_000);
    const controller = new AbortController();
    const passing = gate.pass(controller.signal, cancelled);
    assert.equal(await hasSettled(passing), false);
    controller.abort();
    await rejection(passing, Cancelled);
  });
});
