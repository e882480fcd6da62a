// In-memory twin of the CaseStore port (returns and damage claims), with the DynamoDB adapter's
// semantics: createCase refuses a taken id, casesForOrder is oldest first.
import type { CaseStore } from '../core/ports';
import type { SupportCase } from '../core/types';

const copy = <T>(value: T): T => structuredClone(value);

/**
 * Creates an empty in-memory case store.
 * @example
 * const cases = createMemoryCaseStore();
 * await cases.createCase(rma); // true
 * await cases.createCase(rma); // false: the id is taken
 */
export function createMemoryCaseStore(): CaseStore & { readonly all: () => SupportCase[] } {
  const cases = new Map<string, SupportCase>();
  return {
    all: () => [...cases.values()].map(copy),
    async putCase(supportCase) {
      cases.set(supportCase.id, copy(supportCase));
    },
    async createCase(supportCase) {
      if (cases.has(supportCase.id)) return false;
      cases.set(supportCase.id, copy(supportCase));
      return true;
    },
    async getCase(caseId) {
      const found = cases.get(caseId);
      return found ? copy(found) : undefined;
    },
    async casesForOrder(orderId) {
      return [...cases.values()]
        .filter((c) => c.orderId === orderId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(copy);
    },
  };
}
