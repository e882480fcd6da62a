// In-memory twin of the CaseStore port (returns and damage claims), with the DynamoDB adapter's
// semantics: createCase refuses a taken id, casesForOrder is oldest first, a case past its TTL
// (`ttlDays` after its last write) is absent and its id free again.
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
export function createMemoryCaseStore(
  options: { readonly now?: () => number; readonly ttlDays?: number } = {},
): CaseStore & { readonly all: () => SupportCase[]; readonly delete: (caseId: string) => boolean } {
  const now = options.now ?? Date.now;
  const ttlMs = (options.ttlDays ?? Number.POSITIVE_INFINITY) * 86_400_000;
  const cases = new Map<string, { value: SupportCase; expiresAt: number }>();
  const current = () => [...cases.values()].filter((c) => c.expiresAt > now()).map((c) => c.value);
  const put = (supportCase: SupportCase) =>
    cases.set(supportCase.id, { value: copy(supportCase), expiresAt: now() + ttlMs });
  return {
    all: () => current().map(copy),
    delete: (caseId) => cases.delete(caseId),
    async putCase(supportCase) {
      put(supportCase);
    },
    async createCase(supportCase) {
      const taken = cases.get(supportCase.id);
      if (taken && taken.expiresAt > now()) return false;
      put(supportCase);
      return true;
    },
    async getCase(caseId) {
      const found = cases.get(caseId);
      return found && found.expiresAt > now() ? copy(found.value) : undefined;
    },
    async casesForOrder(orderId) {
      return current()
        .filter((c) => c.orderId === orderId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(copy);
    },
  };
}
