// A Slack incoming webhook, locally: `POST /fake/slack/webhook` (any path below it too, as real webhook
// URLs carry team/bot/secret segments). It checks the Block Kit shape the way Slack refuses messages —
// whole, with a short code in a text/plain body — and records each accepted one in the outbox as
// `agent:slack`, so `GET /dev/outbox?channel=agent:slack` shows what agents were told.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../routes';
import type { Json } from './http';
import { type FailureScript, type Outbox, retryAfterHeaders } from './state';

/** Slack's own limits (docs.slack.dev, Block Kit reference), checked here so a test fails before Slack does. */
const LIMITS = {
  blocks: 50,
  header: 150,
  sectionText: 3000,
  fields: 10,
  field: 2000,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  /** Beyond this Slack cuts the fallback text; refusing it here keeps notifiers honest. */
  text: 40_000,
} as const;

const KNOWN_BLOCKS = new Set([
  'section',
  'header',
  'context',
  'actions',
  'divider',
  'image',
  'rich_text',
  'markdown',
  'file',
  'video',
]);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text object of the allowed types, non-empty, at most `max` characters. */
function badText(value: unknown, max: number, types: readonly string[] = ['plain_text', 'mrkdwn']): boolean {
  if (!isObject(value) || typeof value.text !== 'string' || !types.includes(String(value.type))) return true;
  return value.text.length === 0 || value.text.length > max;
}

function badButton(element: unknown): boolean {
  if (!isObject(element)) return true;
  if (element.type !== 'button')
    return !['static_select', 'overflow', 'datepicker'].includes(String(element.type));
  if (badText(element.text, LIMITS.buttonText, ['plain_text'])) return true;
  if (element.url !== undefined && (typeof element.url !== 'string' || element.url.length > LIMITS.buttonUrl))
    return true;
  if (element.action_id !== undefined && String(element.action_id).length > LIMITS.actionId) return true;
  return element.style !== undefined && !['primary', 'danger'].includes(String(element.style));
}

function badBlock(block: unknown): boolean {
  if (!isObject(block) || !KNOWN_BLOCKS.has(String(block.type))) return true;
  if (block.block_id !== undefined && String(block.block_id).length > LIMITS.blockId) return true;
  switch (block.type) {
    case 'header':
      return badText(block.text, LIMITS.header, ['plain_text']);
    case 'section': {
      if (block.text === undefined && block.fields === undefined) return true;
      if (block.text !== undefined && badText(block.text, LIMITS.sectionText)) return true;
      if (block.fields === undefined) return false;
      if (!Array.isArray(block.fields) || block.fields.length === 0 || block.fields.length > LIMITS.fields)
        return true;
      return block.fields.some((field) => badText(field, LIMITS.field));
    }
    case 'context':
      return (
        !Array.isArray(block.elements) ||
        block.elements.length === 0 ||
        block.elements.length > LIMITS.contextElements ||
        block.elements.some(
          (element) => isObject(element) && element.type !== 'image' && badText(element, LIMITS.contextText),
        )
      );
    case 'actions':
      return (
        !Array.isArray(block.elements) ||
        block.elements.length === 0 ||
        block.elements.length > LIMITS.actionsElements ||
        block.elements.some(badButton)
      );
    default:
      return false;
  }
}

/** Slack's refusal code for a payload, or undefined when Slack would post it. */
export function slackPayloadError(payload: unknown): string | undefined {
  if (!isObject(payload)) return 'invalid_payload';
  const { text, blocks } = payload;
  if (text !== undefined && (typeof text !== 'string' || text.length > LIMITS.text)) return 'invalid_payload';
  if (blocks === undefined) return typeof text === 'string' && text ? undefined : 'no_text';
  if (!Array.isArray(blocks) || blocks.length > LIMITS.blocks) return 'invalid_blocks_format';
  if (blocks.length === 0 && !text) return 'no_text';
  return blocks.some(badBlock) ? 'invalid_blocks' : undefined;
}

/** Slack's short error codes for the statuses tests script. */
function scriptedCode(status: number): string {
  if (status === 429) return 'rate_limited';
  if (status === 403) return 'action_prohibited';
  if (status === 404) return 'no_service';
  if (status === 410) return 'channel_is_archived';
  return status >= 500 ? 'rollup_error' : 'invalid_payload';
}

/** Every text a reader sees in the blocks, for the outbox entry. */
function visibleText(payload: Json): string {
  const parts: string[] = [];
  for (const block of Array.isArray(payload.blocks) ? (payload.blocks as Json[]) : []) {
    if (isObject(block.text)) parts.push(String(block.text.text));
    for (const field of Array.isArray(block.fields) ? (block.fields as Json[]) : [])
      parts.push(String(field.text));
    if (block.type === 'context')
      for (const element of (block.elements as Json[]) ?? [])
        if (element.text) parts.push(String(element.text));
  }
  return parts.length ? parts.join('\n') : String(payload.text ?? '');
}

function links(payload: Json): { url: string; title: string }[] {
  const found: { url: string; title: string }[] = [];
  for (const block of Array.isArray(payload.blocks) ? (payload.blocks as Json[]) : [])
    if (block.type === 'actions')
      for (const element of block.elements as Json[])
        if (typeof element.url === 'string')
          found.push({ url: element.url, title: String((element.text as Json | undefined)?.text ?? '') });
  return found;
}

export function createFakeSlack(options: { outbox: Outbox; failures: FailureScript }) {
  const answer = (
    res: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(body);
    return true as const;
  };
  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== '/fake/slack/webhook' && !url.pathname.startsWith('/fake/slack/webhook/'))
      return false;
    if (req.method !== 'POST') return answer(res, 405, 'invalid_request');
    const raw = (await readBody(req)).toString('utf8');
    const scripted = options.failures.take('agent:slack');
    if (scripted)
      return answer(res, scripted.status, scriptedCode(scripted.status), retryAfterHeaders(scripted));
    let payload: unknown;
    try {
      // Slack also takes a form body `payload=<json>`; notifiers here send JSON.
      const type = req.headers['content-type'] ?? '';
      payload = JSON.parse(
        type.includes('application/x-www-form-urlencoded')
          ? (new URLSearchParams(raw).get('payload') ?? '')
          : raw,
      );
    } catch {
      return answer(res, 400, 'invalid_payload');
    }
    const error = slackPayloadError(payload);
    if (error) return answer(res, 400, error);
    const message = payload as Json;
    const found = links(message);
    options.outbox.add({
      channel: 'agent:slack',
      to: 'agents',
      text: visibleText(message),
      raw: message,
      kind: 'notification',
      ...(found.length ? { links: found } : {}),
    });
    return answer(res, 200, 'ok');
  };
  return { route };
}
