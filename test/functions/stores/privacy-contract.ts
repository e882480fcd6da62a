// Export and delete of one shopper (core/privacy.ts) over a store implementation: run against the memory
// twin and against dynalite so both find and delete the same things.
import { expect, it } from 'vitest';
import type { MediaEraser, PrivacyStore, TranslationCache } from '../../../functions/core/ports';
import { createPrivacy, type PrivacyAuditEvent, parseShopperRef } from '../../../functions/core/privacy';
import type { Stores } from '../../../functions/stores/stores';
import {
  JAMES_MEDIA,
  JAMES_PHONE,
  JAMES_WA,
  MARIA_CUSTOMER,
  MARIA_EMAIL,
  MARIA_LINE,
  MARIA_MEDIA,
  MARIA_PHONE,
  MARIA_WA,
  PHONE_NUMBER_ID,
  seedShoppers,
} from './privacy-fixtures';

type WithPrivacy = Stores & { privacy: PrivacyStore };

function privacyOver(stores: WithPrivacy, removed: string[], audit: PrivacyAuditEvent[]) {
  const media: MediaEraser = {
    async remove(keys) {
      removed.push(...keys);
      return keys.length;
    },
  };
  return createPrivacy({
    store: stores.privacy,
    orders: stores.orders,
    cases: stores.cases,
    customerConversations: stores.customerConversations,
    media,
    conversationIdsForPhone: (phone) => [`whatsapp:${PHONE_NUMBER_ID}:${phone}`],
    translationKeys: ({ text, from, to }) => [`t:${from}:${to}:${text}`],
    agentLanguage: 'en',
    hashShopper: (value) => `s_hash_${value.length}`,
    audit: (event) => audit.push(event),
    now: () => new Date('2026-01-06T00:00:00Z'),
  });
}

const everything = async (stores: Stores, id: string) => ({
  conversation: await stores.conversations.get(id),
  messages: await stores.messages.list(id),
});

export function privacyContract(make: () => Promise<WithPrivacy>): void {
  it.each([
    ['her e-mail', MARIA_EMAIL.toUpperCase()],
    ['her phone', `+${MARIA_PHONE}`],
    ['her WhatsApp conversation', MARIA_WA],
    ['her customer id', `customer:${MARIA_CUSTOMER}`],
  ])('exports all of Maria’s data and nothing of James’s, found from %s', async (_how, who) => {
    const stores = await make();
    await seedShoppers(stores);
    const doc = await privacyOver(stores, [], []).exportShopper(parseShopperRef(who), 'ops');
    expect(doc.conversations.map((c) => c.id)).toEqual([MARIA_LINE, MARIA_WA].sort());
    const wa = doc.conversations.find((c) => c.id === MARIA_WA)!;
    expect(wa.conversation?.handoff?.reason).toBe('data_protection');
    expect(wa.messages.map((m) => m.text)).toEqual(['Mi paquete llegó roto', 'borrad mis datos por favor']);
    expect(wa.statuses.map((s) => s.platformMessageId)).toEqual(['wamid.OUT1']);
    expect(doc.cases.map((c) => c.id)).toEqual(['CLM-48213-1']);
    expect(doc.orders.map((o) => o.id)).toEqual(['48213']);
    expect(doc.media).toEqual([MARIA_MEDIA]);
    expect(doc.customerIds).toEqual([MARIA_CUSTOMER]);
    const text = JSON.stringify(doc);
    expect(text).not.toContain(JAMES_PHONE);
    expect(text).not.toContain('james@example.com');
  });

  it('deletes everything of Maria’s but her orders, leaves James untouched, and audits only counts', async () => {
    const stores = await make();
    await seedShoppers(stores);
    await stores.translations.put(`t:es:en:Mi paquete llegó roto`, 'My parcel arrived broken');
    await stores.translations.put('t:en:es:unrelated', 'no relacionado');
    const removed: string[] = [];
    const audit: PrivacyAuditEvent[] = [];
    const report = await privacyOver(stores, removed, audit).deleteShopper(parseShopperRef(MARIA_WA), 'Ana');
    expect(report.counts).toEqual({
      conversations: 2,
      messages: 3,
      statuses: 1,
      cases: 1,
      customerLinks: 1,
      media: 1,
      translations: 1,
      insights: 0,
    });
    expect(report.keptOrders).toBe(1);
    expect(removed).toEqual([MARIA_MEDIA]);

    for (const id of [MARIA_WA, MARIA_LINE]) {
      expect(await everything(stores, id)).toEqual({ conversation: undefined, messages: [] });
      expect(await stores.privacy.conversationRecords(id)).toEqual({ messages: [], statuses: [] });
    }
    expect(await stores.cases.getCase('CLM-48213-1')).toBeUndefined();
    expect(await stores.customerConversations.conversationsOf(MARIA_CUSTOMER)).toEqual([]);
    expect(
      await (stores.translations as TranslationCache).get('t:es:en:Mi paquete llegó roto'),
    ).toBeUndefined();
    expect(await stores.translations.get('t:en:es:unrelated')).toBe('no relacionado');
    // The merchant's order stays.
    expect((await stores.orders.getOrder('48213'))?.customer.email).toBe(MARIA_EMAIL);
    // A second export finds nothing of hers but the order.
    const after = await privacyOver(stores, [], []).exportShopper(parseShopperRef(MARIA_EMAIL), 'ops');
    expect(after.conversations).toEqual([]);
    expect(after.cases).toEqual([]);

    // James: all there.
    const james = await everything(stores, JAMES_WA);
    expect(james.conversation?.id).toBe(JAMES_WA);
    expect(james.messages.map((m) => m.data?.media)).toEqual([JAMES_MEDIA]);
    expect((await stores.privacy.conversationRecords(JAMES_WA)).statuses).toHaveLength(1);
    expect(await stores.cases.getCase('RMA-50001-1')).toBeDefined();
    expect(await stores.customerConversations.conversationsOf('C-james')).toEqual([JAMES_WA]);

    // The audit line: a hash of the shopper and counts, never the data.
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ event: 'privacy_delete', by: 'Ana', counts: report.counts });
    const line = JSON.stringify(audit);
    for (const secret of [MARIA_PHONE, MARIA_EMAIL, 'Mi paquete', MARIA_WA])
      expect(line).not.toContain(secret);
  });
}
