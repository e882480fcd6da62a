// Verify + parse per conformance body (median µs per platform), and the ingest handler's latency with
// in-memory stores. Run alone: `npx tsx scripts/bench/channels-ingest.ts`.
import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inboundChannels } from '../../functions/channels/registry';
import type { WebhookRequest } from '../../functions/core/ports';
import type { ChannelName } from '../../functions/core/types';
import { median } from './stats';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const conformanceDir = path.resolve(projectRoot, '../shared/conformance');

const SECRETS = {
  WHATSAPP_APP_SECRET: 'bench-app-secret',
  LINE_CHANNEL_SECRET: 'bench-line-secret',
  TELEGRAM_BOT_TOKEN: '1:bench',
  TELEGRAM_WEBHOOK_SECRET: 'bench-telegram-secret',
};

function headersFor(channel: ChannelName, body: Buffer): Record<string, string> {
  if (channel === 'whatsapp') {
    return {
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRETS.WHATSAPP_APP_SECRET).update(body).digest('hex')}`,
    };
  }
  if (channel === 'line') {
    return {
      'x-line-signature': createHmac('sha256', SECRETS.LINE_CHANNEL_SECRET).update(body).digest('base64'),
    };
  }
  return { 'x-telegram-bot-api-secret-token': SECRETS.TELEGRAM_WEBHOOK_SECRET };
}

/** Median verify+parse time per body, in µs, for each platform of the conformance corpus. */
export async function benchIngest(): Promise<void> {
  if (!existsSync(conformanceDir)) {
    console.log(`channels-ingest: skipped, ${conformanceDir} is absent`);
    return;
  }
  const channels = inboundChannels(SECRETS);
  const rounds = 200;
  for (const name of ['whatsapp', 'line', 'telegram'] as const) {
    const dir = path.join(conformanceDir, name);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const perFile: number[] = [];
    let worst = { file: '', us: 0 };
    for (const file of files) {
      const rawBody = readFileSync(path.join(dir, file));
      const req: WebhookRequest = { method: 'POST', headers: headersFor(name, rawBody), query: {}, rawBody };
      const samples: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = process.hrtime.bigint();
        if (!channels[name].verify(req).ok) throw new Error(`${name}/${file} failed to verify`);
        channels[name].parse(rawBody);
        samples.push(Number(process.hrtime.bigint() - start) / 1000);
      }
      const us = median(samples);
      perFile.push(us);
      if (us > worst.us) worst = { file, us };
    }
    console.log(
      `channels-ingest ${name.padEnd(8)} verify+parse median ${median(perFile).toFixed(1)} µs over ${files.length} bodies` +
        ` (slowest ${worst.file} ${worst.us.toFixed(1)} µs)`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchIngest();
}
