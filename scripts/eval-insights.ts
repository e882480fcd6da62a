// Measures the offline insights extractor on a labelled multilingual set: defect-category precision, recall
// and F1 (overall, micro-averaged, and per category), sentiment sign agreement (overall and per language),
// and the worst language. It measures; it never fails the build.
//
//   npm run eval:insights                      # the held-out set, eval/insights.jsonl
//   npm run eval:insights -- eval/insights-fresh.jsonl   # the second, blind held-out set
//   npm run eval:insights -- functions/insights/dev-set.jsonl   # the development set lexicons are tuned on
//   npm run eval:insights -- --errors          # also list the misses
//
// Sets: one JSON object per line, {"id", "text", "language", "sentiment": "neg"|"neu"|"pos", "defects": [...]}.
// eval/insights.jsonl (760 lines, 40 per language) is held out: written once, before the lexicons, never
// tuned on. functions/insights/dev-set.jsonl is the development set the lexicons are tuned on.
//
// Labelling conventions (both sets):
// - a defect is what the shopper reports about what they received (or its lateness); worries, pre-sale
//   questions ("will it fade?", "what if it doesn't fit?") and denials ("nothing damaged") are none;
// - colour_fading includes dye running onto other things; broken_damaged includes tears, holes, cracks,
//   dents, crushed boxes, stains and dirt, soles coming off, bag surfaces peeling; poor_quality is cheap,
//   thin or flimsy material, pilling, jewellery blackening or rusting; stitching includes seams, threads and
//   the finishing of a garment; wrong_item includes a wrong colour or two shoes for the same foot;
//   not_as_described is "not like the photo / description", fakes and "not real silver";
// - sentiment: complaints and anger neg; questions, requests and acknowledgements neu; thanks and praise
//   pos; a complaint with praise is neg unless it has been resolved ("the first was broken but the new one
//   is perfect, thanks" is pos, and still records broken_damaged).
import { readFileSync } from 'node:fs';
import { LANGUAGES, type Language } from '../functions/core/types';
import {
  DEFECT_CATEGORIES,
  type DefectCategory,
  extractInsights,
  sentimentLabel,
} from '../functions/insights/extract';

interface Example {
  id?: string;
  text: string;
  language: Language;
  sentiment: 'neg' | 'neu' | 'pos';
  defects: DefectCategory[];
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const file = args.find((a) => !a.startsWith('--')) ?? 'eval/insights.jsonl';
const examples: Example[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => {
    const row = JSON.parse(line) as Example & { lang?: Language };
    return { ...row, language: row.language ?? row.lang };
  });

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const byCategory = new Map<DefectCategory, Counts>(DEFECT_CATEGORIES.map((c) => [c, zero()]));
const byLanguageDefects = new Map<Language, Counts>();
const byLanguageSentiment = new Map<Language, { agree: number; total: number }>();
const overall = zero();
let agree = 0;
const errors: string[] = [];

const started = performance.now();
for (const ex of examples) {
  const got = extractInsights(ex.text, ex.language);
  const lang = byLanguageDefects.get(ex.language) ?? zero();
  byLanguageDefects.set(ex.language, lang);
  const expected = new Set(ex.defects);
  const found = new Set(got.defects);
  for (const c of DEFECT_CATEGORIES) {
    const counts = byCategory.get(c)!;
    const e = expected.has(c);
    const f = found.has(c);
    const key = e && f ? 'tp' : f ? 'fp' : e ? 'fn' : undefined;
    if (!key) continue;
    counts[key]++;
    overall[key]++;
    lang[key]++;
  }
  const label = sentimentLabel(got.sentiment);
  const s = byLanguageSentiment.get(ex.language) ?? { agree: 0, total: 0 };
  byLanguageSentiment.set(ex.language, s);
  s.total++;
  if (label === ex.sentiment) {
    s.agree++;
    agree++;
  }
  const defectMiss = [...expected].some((c) => !found.has(c)) || [...found].some((c) => !expected.has(c));
  if (showErrors && (defectMiss || label !== ex.sentiment)) {
    errors.push(
      `${ex.id ?? ''} [${ex.language}] ${ex.text}\n    want ${ex.sentiment} ${ex.defects.join(',') || '-'}` +
        ` | got ${label} ${got.sentiment} ${got.defects.join(',') || '-'} (${got.keywords.join(' / ')})`,
    );
  }
}
const coldElapsed = performance.now() - started;
// A second, warm pass: lexicons compiled, as in a running worker.
const warmStart = performance.now();
for (const ex of examples) extractInsights(ex.text, ex.language);
const elapsed = performance.now() - warmStart;

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

console.log(
  `${file}: ${examples.length} messages, ${(elapsed / examples.length).toFixed(3)} ms per message warm` +
    ` (${(coldElapsed / examples.length).toFixed(3)} ms on the first pass, which compiles each lexicon)\n`,
);
const o = prf(overall);
console.log(`defect categories (micro): P ${pct(o.p)}  R ${pct(o.r)}  F1 ${pct(o.f1)}`);
for (const c of DEFECT_CATEGORIES) {
  const counts = byCategory.get(c)!;
  const m = prf(counts);
  console.log(
    `  ${c.padEnd(18)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}   (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`,
  );
}
console.log(`\nsentiment sign agreement: ${pct(agree / examples.length)}`);
let worst: { language: Language; score: number } | undefined;
for (const language of LANGUAGES) {
  const s = byLanguageSentiment.get(language);
  if (!s) continue;
  const d = prf(byLanguageDefects.get(language)!);
  const sentiment = s.agree / s.total;
  console.log(
    `  ${language.padEnd(8)} sentiment ${pct(sentiment)}   defect F1 ${pct(d.f1)}   (${s.total} messages)`,
  );
  const score = Math.min(sentiment, d.f1);
  if (!worst || score < worst.score) worst = { language, score };
}
if (worst)
  console.log(
    `\nworst language: ${worst.language} (min of sentiment agreement and defect F1: ${pct(worst.score)})`,
  );
if (showErrors) console.log(`\n${errors.length} messages with a miss:\n${errors.join('\n')}`);
