// Erasing a shopper also erases their insight events: a complaint's event keeps an excerpt of their words.
// Over dynalite, through the real privacy wiring (the same the agent API and `npm run privacy` use).
import { describe, expect, it } from 'vitest';
import type { MessageInsight } from '../../../functions/core/insights';
import { parseShopperRef } from '../../../functions/core/privacy';
import { createPrivacyFrom } from '../../../functions/handlers/agent-api-privacy';
import { readSummaries } from '../../../functions/insights/read-summaries';
import { logId } from '../../../functions/log-id';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { createDynamoInsightsLog } from '../../../functions/stores/dynamo/insights';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { useDynaliteTables } from '../../helpers/dynalite-tables';

const MARIA = 'whatsapp:1000:5511987654321';
const JAMES = 'whatsapp:1000:14155550123';

const complaint = (conversationId: string, id: string, daysAgo: number): MessageInsight => ({
  kind: 'message',
  id,
  at: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
  conversation: logId(conversationId),
  channel: 'whatsapp',
  language: 'pt-BR',
  sentiment: -0.6,
  defects: ['colour_fading'],
  text: 'a camiseta desbotou na primeira lavagem',
});

describe('privacy delete erases insight events', () => {
  const dynalite = useDynaliteTables();

  it('removes every event of the shopper’s conversations, over the retention, and keeps everyone else’s', async () => {
    const tableName = await dynalite.freshTable();
    const stores = createDynamoStores({ tableName, client: dynalite.client });
    const insights = createDynamoInsightsLog({ doc: documentClient(dynalite.client), tableName });
    const now = Date.now();
    await stores.conversations.save({
      id: MARIA,
      channel: 'whatsapp',
      recipient: '5511987654321',
      mode: 'bot',
      identity: { kind: 'phone', phone: '5511987654321' },
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
      version: 0,
    });
    await insights.record([
      complaint(MARIA, 'm1', 0),
      complaint(MARIA, 'm2', 3),
      complaint(MARIA, 'm3', 200),
      complaint(JAMES, 'j1', 0),
    ]);
    const privacy = createPrivacyFrom({
      store: stores.privacy,
      orders: stores.orders,
      cases: stores.cases,
      customerConversations: stores.customerConversations,
      whatsappPhoneNumberIds: ['1000'],
      agentLanguage: 'en',
    });
    // The dashboard has kept a summary of the day three days ago, which holds Maria's complaint.
    const range = { from: new Date(now - 10 * 86_400_000), to: new Date(now) };
    const inAMinute = () => Date.now() + 61_000;
    const kept = await readSummaries(insights, range, { clock: inAMinute });
    const threeDaysAgo = new Date(now - 3 * 86_400_000).toISOString().slice(0, 10);
    expect((await insights.summaries!.read([threeDaysAgo])).size).toBe(1);
    expect(JSON.stringify(kept.summaries)).toContain(logId(MARIA));

    const report = await privacy.deleteShopper(parseShopperRef('+55 11 98765-4321'), 'Ana');
    expect(report.counts.insights).toBe(3);
    const left = await insights.list({ from: new Date(now - 400 * 86_400_000), to: new Date(now + 60_000) });
    expect(left.map((e) => e.id)).toEqual(['j1']);
    expect(JSON.stringify(left)).not.toContain(logId(MARIA));
    // …and so is that summary: the next dashboard rebuilds the day without her.
    expect((await insights.summaries!.read([threeDaysAgo])).size).toBe(0);
    const rebuilt = await readSummaries(insights, range, { clock: () => Date.now() + 122_000 });
    expect(rebuilt.stats.built).toBe(1);
    expect(JSON.stringify(rebuilt.summaries)).not.toContain(logId(MARIA));
    expect(JSON.stringify(rebuilt.summaries)).not.toContain('desbotou');
  });
});
