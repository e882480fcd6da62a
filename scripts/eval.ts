// `npm run eval -- <file.jsonl>`: runs each line through the same understanding and policy code the worker
// runs (a fresh conversation each) and prints accuracy per language and intent, then the summary lines.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMerchantConfig } from '../functions/core/merchant-config';
import { decide } from '../functions/core/policy';
import { createUnderstanding } from '../functions/understanding/understand';

interface EvalLine {
  id: string;
  lang: string;
  text: string;
  intent: string;
  order_ref: string | null;
  expect_handoff: boolean;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const verbose = args.includes('--errors');
const file =
  args.find((a) => !a.startsWith('--')) ??
  path.resolve(projectRoot, '../shared/eval/shopper_messages.dev.jsonl');
if (!existsSync(file)) {
  console.error(`eval: ${file} is absent (the eval set ships beside the project as ../shared/eval)`);
  process.exit(1);
}
const lines: EvalLine[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as EvalLine);
// An empty set would print 0.000 everywhere and look like a (bad) result.
if (lines.length === 0) {
  console.error(`eval: ${file} has no lines`);
  process.exit(1);
}

const config = parseMerchantConfig(
  JSON.parse(readFileSync(path.join(projectRoot, 'crossdesk.config.json'), 'utf8')),
);
const { understand } = createUnderstanding();

type Tally = { n: number; intent: number; order: number };
const byLang = new Map<string, Tally>();
const byIntent = new Map<string, Tally>();
const bump = (map: Map<string, Tally>, key: string, intentOk: boolean, orderOk: boolean) => {
  const t = map.get(key) ?? { n: 0, intent: 0, order: 0 };
  t.n += 1;
  t.intent += intentOk ? 1 : 0;
  t.order += orderOk ? 1 : 0;
  map.set(key, t);
};
let intentOk = 0;
let languageOk = 0;
let orderOk = 0;
let tp = 0;
let fp = 0;
let fn = 0;
const errors: string[] = [];
for (const line of lines) {
  const u = await understand({ text: line.text });
  const decision = decide(u, { clarifyStreak: 0, llmAvailable: false }, config.thresholds);
  const orderRef = u.entities.orderIds[0] ?? null;
  languageOk += u.language === line.lang ? 1 : 0;
  const handoff = decision.action === 'handoff';
  const iOk = u.intent === line.intent;
  const oOk = orderRef === line.order_ref;
  intentOk += iOk ? 1 : 0;
  orderOk += oOk ? 1 : 0;
  if (handoff && line.expect_handoff) tp += 1;
  if (handoff && !line.expect_handoff) fp += 1;
  if (!handoff && line.expect_handoff) fn += 1;
  bump(byLang, line.lang, iOk, oOk);
  bump(byIntent, line.intent, iOk, oOk);
  if (verbose && (!iOk || !oOk || handoff !== line.expect_handoff)) {
    errors.push(
      `${line.id} ${line.lang} ${JSON.stringify(line.text.slice(0, 110))}\n    want ${line.intent}/${line.order_ref}/${line.expect_handoff} got ${u.intent}(${u.confidence.toFixed(2)})/${orderRef}/${decision.action}:${decision.reason}`,
    );
  }
}

const fmt = (x: number) => x.toFixed(3);
const table = (title: string, map: Map<string, Tally>) => {
  console.log(
    `\n${title.padEnd(18)} ${'count'.padStart(5)}  ${'intent'.padStart(6)}  ${'order_ref'.padStart(9)}`,
  );
  for (const [key, t] of [...map.entries()].sort((a, b) => b[1].n - a[1].n)) {
    console.log(
      `${key.padEnd(18)} ${String(t.n).padStart(5)}  ${fmt(t.intent / t.n).padStart(6)}  ${fmt(t.order / t.n).padStart(9)}`,
    );
  }
};
table('language', byLang);
table('intent', byIntent);
if (verbose) console.log(`\n${errors.join('\n')}`);
const worst = [...byLang.entries()].sort((a, b) => a[1].intent / a[1].n - b[1].intent / b[1].n)[0];
const n = lines.length;
console.log(`\nlanguage detection accuracy: ${fmt(languageOk / n)}`);
console.log('');
console.log(`intent accuracy: ${fmt(intentOk / n)}`);
console.log(`order_ref accuracy: ${fmt(orderOk / n)}`);
console.log(`handoff precision: ${fmt(tp + fp ? tp / (tp + fp) : 0)}`);
console.log(`handoff recall: ${fmt(tp + fn ? tp / (tp + fn) : 0)}`);
console.log(`worst language: ${worst ? `${worst[0]} ${fmt(worst[1].intent / worst[1].n)}` : 'none 0.000'}`);
