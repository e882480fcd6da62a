// `npm run eval:dialogs [-- <dir or file.jsonl>] [--errors]`: plays scripted multi-turn conversations
// (eval/dialogs/*.jsonl) through the same worker handler and turn pipeline the worker Lambda runs, over
// the real DynamoDB stores on an in-memory dynalite seeded with the demo data, and checks each turn's
// expectations: reply language, what must and must not be said, handoff, and the effect on the data.
// Prints per-language and per-category tables, then the summary lines.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SQSEvent } from 'aws-lambda';
import { formatAddress } from '../functions/core/format-address';
import { parseMerchantConfig } from '../functions/core/merchant-config';
import type { ChannelOutbound } from '../functions/core/ports';
import { createTurn } from '../functions/core/turn';
import type {
  ChannelName,
  Conversation,
  InboundMessage,
  Language,
  OutboundMessage,
} from '../functions/core/types';
import { createWorkerHandler, newConversation } from '../functions/handlers/worker';
import { merchantContentDeps, offlineTurnDeps } from '../functions/handlers/worker-wiring';
import { createDynamoStores } from '../functions/stores/dynamo/index';
import { toolSet } from '../functions/tools/index';
import { startDynalite } from '../lib/local/dynalite';
import { generateDemoData, seedDemoData } from '../lib/local/seed';
import { anchorDay } from '../lib/local/seed-data/generate';
import { coverageTemplates, createPersona, type Persona, type PersonaCase } from './dialogs/personas';

interface Expect {
  lang?: string;
  handoff?: boolean;
  mentions?: string[];
  notMentions?: string[];
  state?: Record<string, unknown>;
  maxReplies?: number;
}
interface ScriptTurn {
  say?: string;
  tap?: number | 'yes' | 'no';
  photo?: boolean;
  followUp?: boolean;
  expect?: Expect;
}
interface Dialog {
  id: string;
  lang: Language;
  channel: ChannelName;
  category: string;
  persona: { orders: PersonaCase[]; verified?: boolean; clientLanguage?: string };
  turns: ScriptTurn[];
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const showErrors = args.includes('--errors') || args.includes('--only');
/** `--only <id>`: play one conversation and print every turn. */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const target =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ??
  path.join(projectRoot, 'eval/dialogs');
if (!existsSync(target)) {
  console.error(`eval:dialogs: ${target} is absent`);
  process.exit(1);
}
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => path.join(target, f))
  : [target];
const dialogs: Dialog[] = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Dialog),
);
if (only) dialogs.splice(0, dialogs.length, ...dialogs.filter((d) => d.id === only));
if (dialogs.length === 0) {
  console.error(`eval:dialogs: no conversations in ${target}`);
  process.exit(1);
}

const merchant = parseMerchantConfig(
  JSON.parse(readFileSync(path.join(projectRoot, 'crossdesk.config.json'), 'utf8')),
);
const tableName = 'crossdesk-eval-dialogs';
const dynamo = await startDynalite({ tableName });
const stores = createDynamoStores({ tableName, client: dynamo.client });
const now = Date.now();
await seedDemoData(stores, dynamo.client, tableName, now);
const demo = generateDemoData(anchorDay(now));
const templates = coverageTemplates(demo.orders, demo.shipments, new Date(now));

// The channel as the worker sees it: what it sends is recorded per conversation.
const sent = new Map<string, OutboundMessage[]>();
const channel = (name: ChannelName): ChannelOutbound => ({
  name,
  capabilities: { maxButtons: 10, images: true, typingIndicator: false, markRead: false },
  async send(ctx, message) {
    sent.set(ctx.conversation.id, [...(sent.get(ctx.conversation.id) ?? []), message]);
    return { platformMessageIds: [`m${Math.random()}`], via: 'message' };
  },
});
// The last turn's log, for --errors: which step answered, and why.
let lastLog = '';
const turn = createTurn({
  merchant,
  orders: stores.orders,
  cases: stores.cases,
  tools: toolSet,
  ...offlineTurnDeps(false),
  ...merchantContentDeps(merchant),
});
const runTurn: typeof turn = async (input) => {
  const result = await turn(input);
  const { log } = result;
  lastLog = `[${log.intent ?? '-'} ${log.confidence?.toFixed(2) ?? ''} ${log.action}${log.reason ? `:${log.reason}` : ''} @${log.steps.at(-1)}]`;
  return result;
};
const worker = createWorkerHandler({
  conversations: stores.conversations,
  messages: stores.messages,
  claims: stores.claims,
  cases: stores.cases,
  channelFor: channel,
  runTurn,
  logger: {
    info() {},
    warn() {},
    error(message: string, extra?: { error?: unknown }) {
      if (process.env.EVAL_DEBUG) console.error(message, extra?.error);
    },
    appendKeys() {},
    removeKeys() {},
  } as never,
});

const conversationIdFor = (d: Dialog, p: Persona, n: number): { id: string; sender: string } => {
  if (d.channel === 'whatsapp') return { id: `whatsapp:100000000000001:${p.phone}`, sender: p.phone };
  if (d.channel === 'line') {
    const user = `U${n.toString(16).padStart(32, '0')}`;
    return { id: `line:Ueval0000000000000000000000000000:${user}`, sender: user };
  }
  return { id: `telegram:7000000001:${900000 + n}`, sender: String(900000 + n) };
};

function fill(text: string, p: Persona, offered: string[]): string {
  return text
    .replace(/\{order(\d+)\}/g, (_, i) => p.orders[Number(i) - 1]?.id ?? `?order${i}`)
    .replace(/\{tracking(\d+)\}/g, (_, i) => p.orders[Number(i) - 1]?.trackingNumbers[0] ?? `?tracking${i}`)
    .replace(/\{offered(\d+)\}/g, (_, i) => offered[Number(i) - 1] ?? `?offered${i}`)
    .replaceAll('{email}', p.email)
    .replaceAll('{postcode}', p.postcode)
    .replaceAll('{name}', p.name)
    .replaceAll('{brand}', merchant.brandName);
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

interface TurnOutcome {
  ok: boolean;
  followUp: boolean;
  why: string[];
}

async function checkState(
  state: Record<string, unknown>,
  p: Persona,
  offered: string[],
  conv?: Conversation,
) {
  const why: string[] = [];
  const orderId = typeof state.order === 'string' ? fill(state.order, p, offered) : undefined;
  const order = orderId ? await stores.orders.getOrder(orderId) : undefined;
  if (orderId && !order) why.push(`order ${orderId} not found`);
  if (order && typeof state.status === 'string' && order.status !== state.status)
    why.push(`order ${orderId} is ${order.status}, expected ${state.status}`);
  if (order && typeof state.addressContains === 'string') {
    const wanted = fold(fill(state.addressContains, p, offered));
    if (!fold(formatAddress(order.shippingAddress)).includes(wanted))
      why.push(`address "${formatAddress(order.shippingAddress)}" lacks "${wanted}"`);
  }
  if (order && state.unchanged === true) {
    const original = p.orders.find((o) => o.id === order.id);
    if (
      original &&
      (original.status !== order.status ||
        formatAddress(original.shippingAddress) !== formatAddress(order.shippingAddress))
    )
      why.push(`order ${orderId} changed`);
  }
  if (typeof state.optedOut === 'boolean') {
    const optedOut = conv?.contactPreference?.proactive === false;
    if (optedOut !== state.optedOut) why.push(`optedOut is ${optedOut}`);
  }
  if (typeof state.dataRequest === 'string' && !conv?.dataRequests?.some((r) => r.kind === state.dataRequest))
    why.push(`no ${state.dataRequest} data request recorded`);
  for (const [key, kind] of [
    ['returnOpened', 'return'],
    ['claimOpened', 'damage'],
  ] as const) {
    if (typeof state[key] !== 'string') continue;
    const id = fill(state[key] as string, p, offered);
    if (!(await stores.cases.casesForOrder(id)).some((c) => c.kind === kind))
      why.push(`no ${kind} case for ${id}`);
  }
  return why;
}

async function play(d: Dialog, n: number): Promise<TurnOutcome[]> {
  const persona = await createPersona(stores, templates, d.lang, d.persona.orders, n);
  const { id, sender } = conversationIdFor(d, persona, n);
  const first: InboundMessage = {
    eventId: `${d.channel}:eval-${n}-0`,
    conversationId: id,
    channel: d.channel,
    sender: { id: sender },
    kind: 'text',
    receivedAt: new Date().toISOString(),
    raw: {},
  };
  if (d.persona.verified && d.channel !== 'whatsapp') {
    const conv = newConversation(first, new Date());
    conv.identity = { kind: 'customer', customerId: persona.customerId };
    await stores.conversations.save(conv);
  }
  const outcomes: TurnOutcome[] = [];
  let lastReplies: OutboundMessage[] = [];
  let previousText: string | undefined;
  // The orders the bot listed last: "{offered2}" keeps meaning the second of them until a new list comes.
  let offered: string[] = [];
  for (const [t, turn] of d.turns.entries()) {
    const message: InboundMessage = {
      ...first,
      eventId: `${d.channel}:eval-${n}-${t}`,
      sender: {
        id: sender,
        ...(d.channel === 'whatsapp' ? { phone: persona.phone } : {}),
        ...(d.channel === 'telegram' && d.persona.clientLanguage
          ? { languageCode: d.persona.clientLanguage }
          : {}),
      },
      receivedAt: new Date().toISOString(),
      ...(d.channel === 'line' ? { replyToken: `rt-${n}-${t}` } : {}),
    };
    if (turn.tap !== undefined) {
      const buttons = lastReplies.flatMap((r) => r.buttons ?? []);
      const button =
        typeof turn.tap === 'number'
          ? buttons[turn.tap - 1]
          : buttons.find((b) => b.id === `confirm:${turn.tap}`);
      Object.assign(message, {
        kind: 'button',
        payload: button?.id ?? `confirm:${turn.tap}`,
        text: button?.title ?? String(turn.tap),
      });
    } else if (turn.photo) {
      Object.assign(message, {
        kind: 'image',
        media: { id: `photo-${n}-${t}`, mimeType: 'image/jpeg' },
        ...(turn.say ? { text: fill(turn.say, persona, offered) } : {}),
      });
    } else {
      message.text = fill(turn.say ?? '', persona, offered);
    }
    sent.set(id, []);
    lastLog = '';
    const event = {
      Records: [
        {
          messageId: `sqs-${n}-${t}`,
          body: JSON.stringify({ v: 1, message }),
          attributes: { MessageGroupId: id },
        },
      ],
    } as unknown as SQSEvent;
    const { batchItemFailures } = await worker(event);
    const replies = sent.get(id) ?? [];
    const conv = await stores.conversations.get(id);
    const e = turn.expect ?? {};
    const why: string[] = [];
    if (batchItemFailures.length > 0) why.push('the worker failed the record');
    const human = conv?.mode === 'human';
    const joined = replies.map((r) => r.text).join('\n');
    if (
      replies.length === 0 &&
      !(human && e.handoff !== false && outcomes.length > 0 && d.turns[t - 1]?.expect?.handoff)
    )
      why.push('no reply');
    const lang = e.lang ?? d.lang;
    for (const r of replies)
      if (r.language && r.language !== lang) why.push(`reply in ${r.language}, expected ${lang}`);
    if (e.handoff !== undefined && human !== e.handoff) why.push(human ? 'handed off' : 'not handed off');
    for (const m of e.mentions ?? [])
      if (!fold(joined).includes(fold(fill(m, persona, offered))))
        why.push(`missing "${fill(m, persona, offered)}"`);
    for (const m of e.notMentions ?? [])
      if (fold(joined).includes(fold(fill(m, persona, offered))))
        why.push(`says "${fill(m, persona, offered)}"`);
    if (e.maxReplies !== undefined && replies.length > e.maxReplies)
      why.push(`${replies.length} messages (max ${e.maxReplies})`);
    if (e.state) why.push(...(await checkState(e.state, persona, offered, conv)));
    if (replies.length === 1 && replies[0]?.text === previousText) why.push('same reply twice in a row');
    if (replies.length > 0) previousText = replies.at(-1)?.text;
    outcomes.push({ ok: why.length === 0, followUp: turn.followUp === true, why: [...new Set(why)] });
    if (showErrors && (why.length > 0 || only)) {
      console.log(
        `✗ ${d.id} #${t + 1} «${message.text ?? message.payload}» ${lastLog} → «${joined.slice(0, 220).replace(/\n/g, ' ⏎ ')}» : ${why.join('; ')}`,
      );
    }
    lastReplies = replies;
    const listed = replies
      .flatMap((r) => r.buttons ?? [])
      .flatMap((b) => (b.id.startsWith('order:') ? [b.id.slice(6)] : []));
    if (listed.length > 0) offered = listed;
  }
  return outcomes;
}

type Tally = { turns: number; ok: number; follow: number; followOk: number; convs: number; convsOk: number };
const blank = (): Tally => ({ turns: 0, ok: 0, follow: 0, followOk: 0, convs: 0, convsOk: 0 });
const byLang = new Map<string, Tally>();
const byCategory = new Map<string, Tally>();
const total = blank();
const started = Date.now();
for (const [n, d] of dialogs.entries()) {
  const outcomes = await play(d, n + 1);
  if (!byLang.has(d.lang)) byLang.set(d.lang, blank());
  if (!byCategory.has(d.category)) byCategory.set(d.category, blank());
  for (const tally of [total, byLang.get(d.lang)!, byCategory.get(d.category)!]) {
    tally.turns += outcomes.length;
    tally.ok += outcomes.filter((o) => o.ok).length;
    tally.follow += outcomes.filter((o) => o.followUp).length;
    tally.followOk += outcomes.filter((o) => o.followUp && o.ok).length;
    tally.convs += 1;
    tally.convsOk += outcomes.every((o) => o.ok) ? 1 : 0;
  }
}
await dynamo.stop();

const ratio = (a: number, b: number) => (b === 0 ? '  –  ' : (a / b).toFixed(3));
function table(title: string, map: Map<string, Tally>): void {
  console.log(`\n${title.padEnd(12)} convs  turns  turn acc  follow-ups  fully right`);
  for (const [key, t] of [...map.entries()].sort()) {
    console.log(
      `${key.padEnd(12)} ${String(t.convs).padStart(5)}  ${String(t.turns).padStart(5)}  ${ratio(t.ok, t.turns).padStart(8)}  ${ratio(t.followOk, t.follow).padStart(10)}  ${ratio(t.convsOk, t.convs).padStart(11)}`,
    );
  }
}
table('language', byLang);
table('category', byCategory);
const worst = [...byLang.entries()]
  .map(([k, t]) => [k, t.ok / t.turns] as const)
  .sort((a, b) => a[1] - b[1])[0];
console.log(
  `\n${dialogs.length} conversations, ${total.turns} turns in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`dialog turns: ${ratio(total.ok, total.turns)}`);
console.log(`follow-ups: ${ratio(total.followOk, total.follow)}`);
console.log(`conversations fully right: ${ratio(total.convsOk, total.convs)}`);
console.log(`worst language: ${worst?.[0]} ${worst ? worst[1].toFixed(3) : '–'}`);
