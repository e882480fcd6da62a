// Case ids for returns and damage claims, and opening a case under a collision-free id.
import type { CaseStore } from '../core/ports';
import type { SupportCase } from '../core/types';

// The in-memory twin lives with the other stores now; re-exported for existing imports.
export { createMemoryCaseStore } from '../stores/memory-cases';

/** How many taken ids `openCase` steps over before giving up (each step is one conditional write). */
const MAX_ID_ATTEMPTS = 5;

export class CaseIdError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CaseIdError';
  }
}

const PREFIX: Record<SupportCase['kind'], string> = { return: 'RMA', damage: 'CLM', delay: 'DLY' };
const caseId = (kind: SupportCase['kind'], orderId: string, n: number): string =>
  `${PREFIX[kind]}-${orderId}-${n}`;

/** How many cases of this kind the order has, as far as the store's order listing shows. */
async function countCases(store: CaseStore, kind: SupportCase['kind'], orderId: string): Promise<number> {
  return (await store.casesForOrder(orderId)).filter((c) => c.kind === kind).length;
}

/** The next case id for an order: `RMA-48213-2` is the order's second return. A guess: see `openCase`. */
export async function nextCaseId(
  store: CaseStore,
  kind: SupportCase['kind'],
  orderId: string,
): Promise<string> {
  return caseId(kind, orderId, (await countCases(store, kind, orderId)) + 1);
}

/**
 * Opens a new case under the order's next free id and returns it as stored.
 *
 * Why count-then-conditional-write instead of a random id or a counter item: ids stay short and
 * readable for shoppers and agents (`RMA-48213-2`, read out over the phone), and need no extra item.
 * Counting alone is racy — two turns for the same order can count the same cases, and in DynamoDB the
 * order listing comes from an eventually consistent index that may not show a case written a moment
 * ago. So the count is only a first guess; `createCase` is a conditional write on the case's own key,
 * and when the id is taken we step to the next number: a clash costs one extra write.
 * @example
 * const rma = await openCase(ctx.cases, 'return', order.id, (id) => ({ ...draft, id }));
 */
export async function openCase(
  store: CaseStore,
  kind: SupportCase['kind'],
  orderId: string,
  build: (id: string) => SupportCase,
): Promise<SupportCase> {
  const first = (await countCases(store, kind, orderId)) + 1;
  for (let n = first; n < first + MAX_ID_ATTEMPTS; n++) {
    const supportCase = build(caseId(kind, orderId, n));
    if (await store.createCase(supportCase)) return supportCase;
  }
  throw new CaseIdError(
    `No free ${kind} case id for order ${orderId} after ${MAX_ID_ATTEMPTS} attempts from ${first}`,
  );
}
