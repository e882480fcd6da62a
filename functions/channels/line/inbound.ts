// LINE Messaging API, ingest side: X-Line-Signature over the raw body, the `events` envelope.
import type { InboundDefinition } from '../definitions';
import { parseLine } from './parse';
import { verifyLine } from './verify';

export const lineInbound: InboundDefinition = {
  verify: (req, secrets) => verifyLine(req, secrets.LINE_CHANNEL_SECRET),
  parse: (rawBody) => parseLine(rawBody),
};
