// Reads what a health check needs, through the store (so what the tree, Find or Export already read
// costs nothing): the inventory (every item with its details), the org's numbers list (every page,
// read alongside the inventory) and, once the inventory is in, the call forwarding of each hunt
// group, call queue and auto attendant. Fewest requests: the inventory's lower bound
// + ceil(numbers ÷ page size) (at least 1) + one forwarding GET per hunt group, call queue and auto
// attendant.
import { errorSummary, isAborted, isUnauthorized } from '../errorText';
import { collectInventory, type Inventory } from '../inventory/inventory';
import { failureOf, ReadRun, type ReadFailure } from '../inventory/run';
import type { Kind } from '../kinds/kind';
import type { ForwardingKind, OrgStore } from '../store/orgStore';
import type { NumberEntry } from '../webex/routingTypes';
import { forwardingKey, healthModel } from './model';
import type { HealthModel } from './types';

export interface HealthReadProgress {
  done: number;
  /** Grows while the inventory's lists come in, and by the forwarding reads once it is in. */
  total: number;
}

export interface HealthReadOptions {
  signal?: AbortSignal;
  concurrency?: number;
  onProgress?: (progress: HealthReadProgress) => void;
}

export interface HealthRead {
  model: HealthModel;
  inventory: Inventory;
  /** Items, lists and forwarding that could not be read (the check ran without them). */
  failures: ReadFailure[];
  /** Why the numbers list could not be read; destinations were then not resolved. */
  numbersFailure?: string;
}

const FORWARDING_KINDS: ReadonlySet<Kind> = new Set<ForwardingKind>(['huntGroup', 'callQueue', 'autoAttendant']);

/**
 * Throws an AbortedError when the signal aborts and the UnauthorizedError when the token stops
 * working (as collectInventory does); any other failure is recorded and the rest continues.
 */
export async function readHealthData(store: OrgStore, options: HealthReadOptions = {}): Promise<HealthRead> {
  const run = new ReadRun(options.signal, options.concurrency);
  let inventoryProgress = { done: 0, total: 0 };
  let numbersDone = 0;
  let forwardingTotal = 0;
  let forwardingDone = 0;
  const report = (): void => {
    if (!run.signal.aborted) options.onProgress?.({ done: inventoryProgress.done + numbersDone + forwardingDone, total: inventoryProgress.total + 1 + forwardingTotal });
  };

  let numbersFailure: string | undefined;
  const numbersRead = run.unlessStopped(store.allNumbers({ signal: run.signal }), '/telephony/config/numbers').then(
    (numbers) => numbers,
    (error: unknown) => {
      if (isUnauthorized(error)) run.stop(error);
      else if (!isAborted(error)) numbersFailure = errorSummary(error).message;
      return undefined;
    },
  ).finally(() => {
    numbersDone = 1;
    report();
  });

  let inventory: Inventory;
  try {
    inventory = await collectInventory(store, {
      signal: run.signal,
      concurrency: options.concurrency,
      onProgress: ({ done, total }) => {
        inventoryProgress = { done, total };
        report();
      },
    });
  } catch (error) {
    run.stop(error);
    await numbersRead;
    run.finish();
    throw error;
  }

  const features = inventory.items.filter((item) => FORWARDING_KINDS.has(item.kind));
  forwardingTotal = features.length;
  report();
  const forwarding = new Map<string, unknown>();
  await Promise.all(
    features.map((item) =>
      run
        .slotted(
          () => store.forwarding(item.kind as ForwardingKind, item.location.id, item.summary.id),
          `${item.kind} forwarding ${item.summary.id}`,
          (error) => {
            const failure = failureOf(item.kind, error, { location: item.location, id: item.summary.id, name: item.summary.name });
            return { ...failure, message: `Its call forwarding could not be read: ${failure.message}` };
          },
        )
        .then((payload) => {
          if (payload !== undefined) forwarding.set(forwardingKey(item), payload);
          forwardingDone++;
          report();
        }),
    ),
  );
  const numbers: readonly NumberEntry[] | undefined = await numbersRead;
  run.finish();
  return {
    model: healthModel(inventory.items, numbers, forwarding),
    inventory,
    failures: [...inventory.failures, ...run.failures],
    ...(numbersFailure === undefined ? {} : { numbersFailure }),
  };
}
