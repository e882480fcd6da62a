// In-memory twin of the CaseStore port (returns and damage claims), for unit tests and the local stack
// until the DynamoDB adapter exists.
import type { CaseStore } from '../core/ports';
import type { SupportCase } from '../core/types';

/**
 * Creates an empty in-memory case store.
 * @example
 * const cases = createMemoryCaseStore();
 * await cases.putCase(rma);
 */
export function createMemoryCaseStore(): CaseStore & { readonly all: () => SupportCase[] } {
  const cases = new Map<string, SupportCase>();
  return {
    all: () => [...cases.values()].map((c) => structuredClone(c)),
    async putCase(supportCase) {
      cases.set(supportCase.id, structuredClone(supportCase));
    },
    async getCase(caseId) {
      const found = cases.get(caseId);
      return found ? structuredClone(found) : undefined;
    },
    async casesForOrder(orderId) {
      return [...cases.values()]
        .filter((c) => c.orderId === orderId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((c) => structuredClone(c));
    },
  };
}

/** The next case id for an order: `RMA-48213-2` is the order's second return. Deterministic and unique per order. */
export async function nextCaseId(
  store: CaseStore,
  kind: SupportCase['kind'],
  orderId: string,
): Promise<string> {
  const prefix = kind === 'return' ? 'RMA' : 'CLM';
  const existing = (await store.casesForOrder(orderId)).filter((c) => c.kind === kind);
  return `${prefix}-${orderId}-${existing.length + 1}`;
}
