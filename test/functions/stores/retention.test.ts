// Retention (merchant config `retention`): every write of shopper data sets the DynamoDB `ttl` attribute
// from the merchant's days, and every reader treats an item past it as absent (DynamoDB deletes lazily,
// dynalite never). Checked on dynalite's raw items and on the memory twin.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, parseMerchantConfig } from '../../../functions/core/merchant-config';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { keys } from '../../../functions/stores/keys';
import { createMemoryStores } from '../../../functions/stores/memory';
import type { Stores } from '../../../functions/stores/stores';
import { useDynaliteTables } from '../../helpers/dynalite-tables';
import { conversation, supportCase } from './fixtures';

const START = Date.parse('2026-01-01T00:00:00Z');
const RETENTION = { messagesDays: 10, conversationDays: 20, casesDays: 30, mediaDays: 5, statusesDays: 3 };
const DAY = 86_400_000;
const CONV = 'telegram:1:42';

async function writeOneOfEach(stores: Stores): Promise<void> {
  await stores.conversations.save(conversation(CONV));
  await stores.messages.append({
    conversationId: CONV,
    direction: 'in',
    at: '2026-01-01T00:00:00.000Z',
    id: 'm1',
    text: 'hi',
  });
  await stores.statuses.record({
    eventId: 's1',
    conversationId: CONV,
    channel: 'whatsapp',
    platformMessageId: 'wamid.1',
    status: 'read',
    at: '2026-01-01T00:00:00.000Z',
  });
  await stores.cases.createCase(supportCase('RMA-1-1', '1', '2026-01-01T00:00:00.000Z'));
  await stores.customerConversations.link('C-1', CONV);
}

/** Reads everything back: what a reader sees at the clock's current time. */
const readAll = async (stores: Stores) => ({
  conversation: (await stores.conversations.get(CONV)) !== undefined,
  messages: (await stores.messages.list(CONV)).length,
  case: (await stores.cases.getCase('RMA-1-1')) !== undefined,
  casesForOrder: (await stores.cases.casesForOrder('1')).length,
  links: (await stores.customerConversations.conversationsOf('C-1')).length,
});

function expiryContract(make: (now: () => number) => Promise<Stores>): void {
  it('hides each kind once its own retention has passed, oldest setting first', async () => {
    const clock = { now: START };
    const stores = await make(() => clock.now);
    await writeOneOfEach(stores);
    expect(await readAll(stores)).toEqual({
      conversation: true,
      messages: 1,
      case: true,
      casesForOrder: 1,
      links: 1,
    });
    clock.now = START + 11 * DAY; // past messagesDays
    expect(await readAll(stores)).toEqual({
      conversation: true,
      messages: 0,
      case: true,
      casesForOrder: 1,
      links: 1,
    });
    clock.now = START + 21 * DAY; // past conversationDays (links live as long)
    expect(await readAll(stores)).toEqual({
      conversation: false,
      messages: 0,
      case: true,
      casesForOrder: 1,
      links: 0,
    });
    clock.now = START + 31 * DAY; // past casesDays
    expect(await readAll(stores)).toEqual({
      conversation: false,
      messages: 0,
      case: false,
      casesForOrder: 0,
      links: 0,
    });
    // An expired conversation's key and case id are free again (the item may still be in the table).
    expect((await stores.conversations.save(conversation(CONV))).version).toBe(1);
    expect(await stores.cases.createCase(supportCase('RMA-1-1', '1', '2026-02-01T00:00:00.000Z'))).toBe(true);
  });

  it('renews a conversation’s retention on every save (it counts from the last update)', async () => {
    const clock = { now: START };
    const stores = await make(() => clock.now);
    const first = await stores.conversations.save(conversation(CONV));
    clock.now = START + 15 * DAY;
    await stores.conversations.save(first);
    clock.now = START + 30 * DAY;
    expect(await stores.conversations.get(CONV)).toBeDefined();
    expect((await stores.conversations.listForDesk('handoff')).length).toBe(0);
    clock.now = START + 36 * DAY;
    expect(await stores.conversations.get(CONV)).toBeUndefined();
  });
}

describe('retention on dynalite', () => {
  const dynalite = useDynaliteTables();
  const fresh = async (now: () => number) => {
    const tableName = await dynalite.freshTable();
    return {
      tableName,
      stores: createDynamoStores({ tableName, client: dynalite.client, now, retention: RETENTION }),
    };
  };

  it('sets `ttl` (epoch seconds) on every item of shopper data from the merchant’s days', async () => {
    const { tableName, stores } = await fresh(() => START);
    await writeOneOfEach(stores);
    const doc = documentClient(dynalite.client);
    const ttlOf = async (key: { PK: string; SK: string }) =>
      (await doc.send(new GetCommand({ TableName: tableName, Key: key }))).Item?.ttl;
    const at = (days: number) => START / 1000 + days * 86_400;
    expect(await ttlOf(keys.conversation(CONV))).toBe(at(RETENTION.conversationDays));
    expect(await ttlOf(keys.message(CONV, '2026-01-01T00:00:00.000Z', 'm1'))).toBe(
      at(RETENTION.messagesDays),
    );
    expect(await ttlOf(keys.status(CONV, '2026-01-01T00:00:00.000Z', 'wamid.1', 'read'))).toBe(
      at(RETENTION.statusesDays),
    );
    expect(await ttlOf(keys.supportCase('RMA-1-1'))).toBe(at(RETENTION.casesDays));
    expect(await ttlOf(keys.customerConversation('C-1', CONV))).toBe(at(RETENTION.conversationDays));
  });

  expiryContract(async (now) => (await fresh(now)).stores);
});

describe('retention on the memory twin', () => {
  it('records the same expiries the DynamoDB adapters write', async () => {
    const stores = createMemoryStores({ now: () => START, retention: RETENTION });
    await writeOneOfEach(stores);
    const days = (key: string) => ((stores.expiries.get(key) ?? 0) - START) / DAY;
    expect(days(`conv:${CONV}`)).toBe(RETENTION.conversationDays);
    expect(days(`msg:${CONV}|2026-01-01T00:00:00.000Z|m1`)).toBe(RETENTION.messagesDays);
    expect(days(`status:${CONV}|2026-01-01T00:00:00.000Z|wamid.1|read`)).toBe(RETENTION.statusesDays);
    expect(days(`link:C-1|${CONV}`)).toBe(RETENTION.conversationDays);
  });

  expiryContract(async (now) => createMemoryStores({ now, retention: RETENTION }));
});

describe('merchant config `retention`', () => {
  it('has the documented defaults and takes the merchant’s days', () => {
    expect(parseMerchantConfig({ brandName: 'B' }).retention).toEqual({
      messagesDays: 180,
      conversationDays: 365,
      casesDays: 730,
      mediaDays: 90,
      statusesDays: 30,
    });
    expect(DEFAULT_RETENTION.mediaDays).toBe(90);
    expect(parseMerchantConfig({ brandName: 'B', retention: { messagesDays: 30 } }).retention).toMatchObject({
      messagesDays: 30,
      conversationDays: 365,
    });
    expect(() => parseMerchantConfig({ brandName: 'B', retention: { casesDays: 0 } })).toThrow(/casesDays/);
  });
});
