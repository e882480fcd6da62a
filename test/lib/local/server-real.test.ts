// Smoke test against the real handler modules (functions/handlers/*), as `npm start` runs them.
// Its own file: handler modules cache SDK clients built from the first stack's environment.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { type LocalStack, startLocalStack } from '../../../lib/local/server';

describe('local stack with the real handlers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossdesk-real-'));
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({
      port: 0,
      dataDir,
      schedules: false,
      queue: { visibilityTimeoutMs: 200 },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the WhatsApp verification handshake through the API Gateway emulator', async () => {
    const q = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.verify_token': LOCAL_SECRETS.WHATSAPP_VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    });
    const res = await fetch(`${stack.url}/webhooks/whatsapp?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1158201444');
  });

  it('runs a whole turn: simulator → webhook → SQS FIFO → worker → fake WhatsApp outbox', async () => {
    const res = await fetch(`${stack.url}/dev/simulate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'whatsapp',
        shopperId: 'maria-whatsapp',
        kind: 'text',
        text: 'Onde está o meu pedido 50731?',
      }),
    });
    expect(res.status).toBe(200);
    await stack.queue.drain();
    expect(stack.queue.stats()).toMatchObject({ succeeded: 1, deadLettered: 0 });
    const shipment = (
      await createDynamoStores({ tableName: stack.env.TABLE_NAME ?? '' }).orders.shipmentsForOrder('50731')
    )[0];
    const outbox = (await (await fetch(`${stack.url}/dev/outbox`)).json()) as { to: string; text: string }[];
    const reply = outbox.find((m) => m.to === '5511987654321');
    expect(reply?.text).toContain(shipment?.trackingNumber);
  });

  it('accepts a signed LINE webhook and rejects a forged one', async () => {
    const body = JSON.stringify({ destination: 'Ubot', events: [] });
    const signature = createHmac('sha256', LOCAL_SECRETS.LINE_CHANNEL_SECRET).update(body).digest('base64');
    const ok = await fetch(`${stack.url}/webhooks/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature },
      body,
    });
    expect(ok.status).toBe(200);
    const forged = await fetch(`${stack.url}/webhooks/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': 'AAAA' },
      body,
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);
  });
});
