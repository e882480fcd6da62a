// Speaking first, end to end on the local stack: demo parcels enter a customs hold; the scheduled scan (and,
// for one of them, the tracking webhook at once) tells each shopper on the chat they used, in their language,
// with native buttons — WhatsApp outside its 24-hour window through the approved template — and the agents
// see it in the transcript; "talk to a person" hands off with the parcel in the summary; STOP stops it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shipment } from '../../functions/core/types';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { localSecrets } from '../../lib/local/defaults';
import { DEMO_SHOPPERS } from '../../lib/local/seed-data/demo-shoppers';
import { demoShopper, type E2eStack, type OutboxEntry, startE2eStack } from './harness';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const james = demoShopper('james-whatsapp');
const yui = demoShopper('yui-line');
const lukas = demoShopper('lukas-telegram');
const customerOf = (key: string) => {
  const shopper = DEMO_SHOPPERS.find((s) => s.key === key);
  if (!shopper) throw new Error(`no demo shopper ${key}`);
  return shopper.customerId;
};

describe('proactive delay messages end to end', () => {
  let e2e: E2eStack;
  const stores = () => createDynamoStores({ tableName: e2e.stack.env.TABLE_NAME ?? 'crossdesk' });
  const asAgent = (path: string, init: RequestInit = {}) =>
    fetch(`${e2e.stack.url}/agent${path}`, {
      ...init,
      headers: { authorization: `Bearer ${localSecrets({}).AGENT_TOKEN}`, ...init.headers },
    });
  const trackingOf = async (orderId: string) => {
    const order = await stores().orders.getOrder(orderId);
    const tracking = order?.trackingNumbers[0];
    if (!tracking) throw new Error(`order ${orderId} has no parcel`);
    return tracking;
  };
  /** The parcel went quiet and was held by customs three days ago (as a carrier backfill would say). */
  const holdInCustoms = async (tracking: string, place: string) => {
    const shipment = (await stores().orders.getShipment(tracking)) as Shipment;
    await stores().orders.putShipment({
      ...shipment,
      events: [
        ...shipment.events.filter((e) => Date.parse(e.at) < Date.parse(daysAgo(4))),
        { at: daysAgo(3), code: 'customs_hold', location: place, description: 'Held by customs' },
      ],
    });
  };
  const newEntries = async (to: string, before: number): Promise<OutboxEntry[]> =>
    (await e2e.outbox(to)).slice(before);
  const runScan = async () => {
    const run = await fetch(`${e2e.stack.url}/dev/schedules/delay-scan/run`, { method: 'POST' });
    const result = (await run.json()) as { result: { shipmentsQueued: number } };
    await e2e.stack.queue.drain();
    return result.result;
  };

  beforeAll(async () => {
    e2e = await startE2eStack();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('tells WhatsApp, LINE and Telegram shoppers first, hands off on a tap, and STOP stops it', async () => {
    // The three shoppers have chatted before: James on WhatsApp two days ago (his 24-hour window is closed),
    // Yui on LINE and Lukas on Telegram proved who they are with an order number and an email / postcode.
    await e2e.say('whatsapp', james.whatsapp, 'hi there');
    const jamesId = `whatsapp:${localSecrets({}).WHATSAPP_PHONE_NUMBER_ID}:${james.whatsapp}`;
    const jamesChat = await stores().conversations.get(jamesId);
    if (!jamesChat) throw new Error('no WhatsApp conversation for James');
    await stores().conversations.save({ ...jamesChat, lastInboundAt: daysAgo(2) });
    await e2e.say('line', yui.line, '注文51842について。メールは yui.tanaka@example.jp です');
    await e2e.say('telegram', lukas.telegram, 'Hallo, Bestellung 55012, PLZ 10115', { languageCode: 'de' });
    const [yuiId] = await stores().customerConversations.conversationsOf(customerOf('yui-line'));
    const [lukasId] = await stores().customerConversations.conversationsOf(customerOf('lukas-telegram'));
    expect(yuiId).toMatch(/^line:/);
    expect(lukasId).toMatch(/^telegram:/);

    // James's and Yui's parcels are held by customs; the scan finds them through the watch index.
    const jamesParcel = await trackingOf('51409');
    const yuiParcel = await trackingOf('51842');
    await holdInCustoms(jamesParcel, 'New York, US');
    await holdInCustoms(yuiParcel, 'Tokyo, JP');
    const before = {
      james: (await e2e.outbox(james.whatsapp)).length,
      yui: (await e2e.outbox(yui.line)).length,
      lukas: (await e2e.outbox(lukas.telegram)).length,
    };
    expect((await runScan()).shipmentsQueued).toBeGreaterThanOrEqual(2);

    const [toJames] = await newEntries(james.whatsapp, before.james);
    const template = (
      (toJames?.raw ?? {}) as {
        template?: {
          name: string;
          language: { code: string };
          components: {
            type: string;
            sub_type?: string;
            parameters: { text?: string; payload?: string }[];
          }[];
        };
      }
    ).template;
    expect(template?.name).toBe('delay_update');
    expect(template?.language.code).toBe('en_US');
    const body = template?.components.find((c) => c.type === 'body');
    expect(body?.parameters[0]?.text).toBe('51409');
    expect(body?.parameters[1]?.text).toMatch(/customs/i);
    expect(body?.parameters[2]?.text).toMatch(/STOP/);
    expect(
      template?.components.filter((c) => c.sub_type === 'quick_reply').map((c) => c.parameters[0]?.payload),
    ).toEqual(['delay:wait', 'delay:updates', 'delay:agent']);

    const toYui = await newEntries(yui.line, before.yui);
    expect(toYui).toHaveLength(1);
    expect(toYui[0]?.text).toContain('税関'); // customs, in Japanese
    expect(toYui[0]?.text).toContain('停止'); // how to opt out, in Japanese
    expect(JSON.stringify(toYui[0]?.raw)).toContain('delay:agent'); // native quick replies
    expect(await newEntries(lukas.telegram, before.lukas)).toHaveLength(0); // his parcel is on time

    // Lukas's parcel: the carrier reports an exception through the tracking webhook; he hears at once,
    // not at the next scan.
    const lukasParcel = await trackingOf('55012');
    expect(await e2e.trackingEvents([], { signed: false })).toBe(401);
    const event = {
      id: `e2e-exception-${lukasParcel}`,
      trackingNumber: lukasParcel,
      status: 'exception',
      at: new Date().toISOString(),
      location: 'Frankfurt, DE',
      description: 'Zoll: Rechnung fehlt, Sendung angehalten',
    };
    expect(await e2e.trackingEvents([event])).toBe(200);
    const toLukas = await newEntries(lukas.telegram, before.lukas);
    expect(toLukas).toHaveLength(1);
    expect(toLukas[0]?.text).toMatch(/Problem/);
    expect(toLukas[0]?.text).toMatch(/STOPP/);
    expect(JSON.stringify(toLukas[0]?.raw)).toContain('delay:agent'); // inline keyboard
    // The same event again (a redelivery) and another scan: nothing more for anyone.
    expect(await e2e.trackingEvents([event])).toBe(200);
    await runScan();
    expect(await newEntries(lukas.telegram, before.lukas)).toHaveLength(1);
    expect(await newEntries(yui.line, before.yui)).toHaveLength(1);
    expect(await newEntries(james.whatsapp, before.james)).toHaveLength(1);

    // Agents see the proactive message in the transcript.
    const transcript = (await (await asAgent(`/conversations/${encodeURIComponent(lukasId!)}`)).json()) as {
      messages: { author: string; text?: string }[];
    };
    expect(transcript.messages.some((m) => m.author === 'bot' && /Problem/.test(m.text ?? ''))).toBe(true);

    // Lukas taps "talk to a person": a handoff about this parcel.
    const handoff = await e2e.say('telegram', lukas.telegram, 'Mit einer Person sprechen', {
      button: 'delay:agent',
      languageCode: 'de',
    });
    expect(handoff.join('\n')).not.toBe('');
    const { conversation: view } = (await (
      await asAgent(`/conversations/${encodeURIComponent(lukasId!)}`)
    ).json()) as {
      conversation: {
        mode: string;
        handoff?: { reason: string; summary: string; order?: { tracking: string[] } };
      };
    };
    expect(view.mode).toBe('human');
    expect(view.handoff?.reason).toBe('delay_question');
    expect(view.handoff?.summary).toContain(lukasParcel);
    expect(view.handoff?.order?.tracking.join(' ')).toMatch(/exception/);

    // James asks for every update; the next carrier event reaches him.
    const updatesOn = await e2e.say('whatsapp', james.whatsapp, 'Send me updates', {
      button: 'delay:updates',
    });
    expect(updatesOn.join('\n')).toMatch(/51409/);
    const afterUpdatesOn = (await e2e.outbox(james.whatsapp)).length;
    expect(
      await e2e.trackingEvents([
        {
          id: `e2e-cleared-${jamesParcel}`,
          trackingNumber: jamesParcel,
          status: 'in_transit',
          at: daysAgo(0.5),
          location: 'New York, US',
          description: 'Released by customs',
        },
      ]),
    ).toBe(200);
    const update = await newEntries(james.whatsapp, afterUpdatesOn);
    expect(update).toHaveLength(1);
    expect(update[0]?.text).toMatch(/in transit/i);

    // STOP: Yui and James hear nothing unasked any more, whatever the carrier says.
    await e2e.say('line', yui.line, '停止');
    await e2e.say('whatsapp', james.whatsapp, 'STOP');
    const stopped = {
      james: (await e2e.outbox(james.whatsapp)).length,
      yui: (await e2e.outbox(yui.line)).length,
    };
    for (const [parcel, id] of [
      [jamesParcel, 'e2e-late-james'],
      [yuiParcel, 'e2e-late-yui'],
    ] as const) {
      expect(
        await e2e.trackingEvents([
          {
            id,
            trackingNumber: parcel,
            status: 'exception',
            at: new Date().toISOString(),
            location: 'Hub',
            description: 'Damaged label',
          },
        ]),
      ).toBe(200);
    }
    await runScan();
    expect(await newEntries(james.whatsapp, stopped.james)).toHaveLength(0);
    expect(await newEntries(yui.line, stopped.yui)).toHaveLength(0);
    expect(e2e.stack.queue.deadLetters()).toEqual([]);
  });
});
