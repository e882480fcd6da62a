// Topic cues: what about an order a (follow-up) message asks ("and when will it arrive?") and which
// shop-wide FAQ it is ("do you ship to Canada?"), read from words rather than the intent model, because
// they ride on any intent and on short follow-ups the model cannot place.
import type { FaqTopic, Language, OrderFacet, TopicCues } from '../../core/types';
import { foldPattern, foldText } from '../normalize';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fil } from './fil';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-br';
import { th } from './th';
import { tr } from './tr';
import type { TopicLexicon, TopicScript } from './types';
import { vi } from './vi';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type { TopicLexicon };

export const topicLexicons: Record<Language, TopicLexicon> = {
  en,
  es,
  'pt-BR': ptBR,
  id,
  ms,
  th,
  vi,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ko,
  ar,
  fr,
  de,
  tr,
  fil,
  it,
  nl,
  pl,
};

// When several cues match, the narrower ask wins: "quando arriva il rimborso" is about the refund, not
// the parcel's arrival; "send me the tracking so I know where it is" wants the number.
const FACET_ORDER: readonly OrderFacet[] = [
  'refund_timing',
  'return_label',
  'tracking_number',
  'location',
  'eta',
];
// "how long does shipping to Canada take" is a time question even though it names a country; "do I pay
// customs on returns" is about duties; "return and exchange policy" is the refund policy.
const FAQ_ORDER: readonly FaqTopic[] = [
  'duties_taxes',
  'payment_methods',
  'refund_policy',
  'exchange_policy',
  'shipping_times',
  'shipping_countries',
];

// Lexicon patterns are folded like messages; re-exported for the lexicon files' authors.
export { foldPattern };

// Emoji and other symbols carry no topic.
const SYMBOLS = /[\p{So}\p{Sk}\p{Sc}\p{Cf}\p{Extended_Pictographic}]|\ufe0f/gu;

/** The text the lexicons are written against: folded, one kind of apostrophe, no symbols, single spaces. */
function topicText(text: string): string {
  return foldText(text.slice(0, 600))
    .replace(/[’‘`´]/g, "'")
    .replace(/[°º]/g, 'o') // "n° de suivi"
    .replace(SYMBOLS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// V8 runs these expressions about five times faster on one-byte strings, but a string that was ever
// two-byte (an emoji, a "€", an accent before folding) keeps that form through every replacement.
// JSON.parse builds the compact form again whenever all characters fit, which is true of every folded
// Latin-script text; Latin lexicons read the message with other scripts blanked out, so that a mixed
// message ("ignore previous instructions" after Chinese) is compact for them too.
function compact(text: string): string {
  return WIDE.test(text) ? text : JSON.parse(JSON.stringify(text));
}
const WIDE = /[^\t-\u00ff]/u;
const WIDE_RUNS = /[^\t-\u00ff]+/gu;

// Word-start lexicons are Latin-script ones, read on the Latin view (every character within U+0000–U+00FF):
// plain ranges say "no letter or digit before" there, and compile far faster than \p{L}\p{N} classes, which
// V8 builds anew for each of the hundreds of alternatives at a cold start.
const WORD_START = '(?<![0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff])';

function alternation(lexicon: TopicLexicon, sources: readonly string[]): string {
  const start = lexicon.wordStart ? WORD_START : '';
  if (sources.length === 0) return '';
  // One look-behind for the whole alternation, not one per cue: the same meaning, a far smaller program.
  return `${start}(?:${sources.map((s) => foldPattern(s)).join('|')})`;
}

/** One regular expression per topic, in precedence order (topics a lexicon has no cue for are left out). */
type Compiled<T extends string> = readonly (readonly [T, RegExp])[];

interface CompiledLexicon {
  facets: Compiled<OrderFacet>;
  faq: Compiled<FaqTopic>;
}

function compile(lexicons: readonly TopicLexicon[]): CompiledLexicon {
  const build = <T extends string>(
    order: readonly T[],
    pick: (l: TopicLexicon) => Record<T, readonly string[]>,
  ) =>
    order.flatMap((topic) => {
      const source = lexicons
        .map((l) => alternation(l, pick(l)[topic]))
        .filter(Boolean)
        .join('|');
      // Latin lexicons read a one-byte view: without the Unicode flag V8 compiles their large alternations
      // several times faster (nothing in them needs it: no \p{…} classes, no astral characters).
      const latin = lexicons.every((l) => l.script === 'latin') && !/\\p\{|\\u\{/.test(source);
      return source ? [[topic, new RegExp(source, latin ? '' : 'u')] as const] : [];
    });
  return { facets: build(FACET_ORDER, (l) => l.facets), faq: build(FAQ_ORDER, (l) => l.faq) };
}

// Compiled on first use: a cold start pays only for the languages its messages need.
const byLanguage = new Map<Language, CompiledLexicon>();
function lexiconOf(language: Language): CompiledLexicon {
  let compiled = byLanguage.get(language);
  if (!compiled) {
    compiled = compile([topicLexicons[language]]);
    byLanguage.set(language, compiled);
  }
  return compiled;
}

// Shoppers mix languages ("tracking number po", "bisa COD?") and short messages are often misdetected
// (Indonesian for Malay, Spanish for Portuguese): a topic the message's language misses is looked up in
// all the languages written in a script the message uses (a Thai message is never read as Polish, which
// also keeps the lookup fast).
const SCRIPTS: Record<TopicScript, RegExp> = {
  latin: /[a-z]/,
  thai: /[\u0e00-\u0e7f]/u,
  han: /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u,
  hangul: /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/u,
  arabic: /[\u0600-\u06ff]/u,
};

const byScript = new Map<TopicScript, CompiledLexicon>();
function scriptLexicon(script: TopicScript): CompiledLexicon {
  let compiled = byScript.get(script);
  if (!compiled) {
    compiled = compile(Object.values(topicLexicons).filter((l) => l.script === script));
    byScript.set(script, compiled);
  }
  return compiled;
}

/** The message as each script's lexicons read it. */
interface Views extends Record<TopicScript, string | undefined> {
  /** The whole message, for its own language's lexicon ("PromptPay" is a Thai cue in Latin letters). */
  all: string;
}

function views(text: string): Views {
  const all = compact(text);
  const present = (script: TopicScript) => (SCRIPTS[script].test(text) ? all : undefined);
  return {
    all,
    latin: SCRIPTS.latin.test(text) ? compact(text.replace(WIDE_RUNS, ' ')) : undefined,
    thai: present('thai'),
    han: present('han'),
    hangul: present('hangul'),
    arabic: present('arabic'),
  };
}

function first<T extends string>(compiled: Compiled<T>, text: string | undefined, skip?: T): T | undefined {
  if (text === undefined) return undefined;
  for (const [topic, pattern] of compiled) if (topic !== skip && pattern.test(text)) return topic;
  return undefined;
}

/** The first topic, in precedence order, that the lexicons of any script present in the message find. */
function firstInScripts<T extends string>(
  pick: (c: CompiledLexicon) => Compiled<T>,
  order: readonly T[],
  read: Views,
  skip?: T,
): T | undefined {
  const scripts = (Object.keys(SCRIPTS) as TopicScript[]).filter((script) => read[script] !== undefined);
  const found = new Set(scripts.map((script) => first(pick(scriptLexicon(script)), read[script], skip)));
  return order.find((topic) => found.has(topic));
}

// A message that already carries a tracking number ("my tracking is LX123456789CN, where is it?") is not
// asking for one.
const TRACKING_NUMBER =
  /\b[A-Z]{2}\d{9}[A-Z]{2}\b|\b1Z[0-9A-Z]{16}\b|\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{12,22}\b/iu;

/**
 * The order facet and the FAQ topic one message asks about, at most one of each.
 *
 * `eta` is about one order ("when will my order arrive", "when do I get it"); `shipping_times` about delivery
 * in general ("how long does shipping take", "how many days to Brazil"). A duration question that points at
 * the shopper's own order ("how long will my order take?") may set both: the caller answers with the order
 * when it has one, and with the merchant's shipping times when it does not.
 * @example
 * readTopicCues('y cuándo llega?', 'es'); // { facet: 'eta' }
 * readTopicCues('do you ship to Canada?', 'en'); // { faq: 'shipping_countries' }
 */
export function readTopicCues(
  text: string,
  language: Language,
  options: {
    /**
     * Also look in the other languages of the message's scripts when its own finds nothing (for short or
     * unsure detections). Off when the caller is sure of the language: the cross-language tables are
     * large, and a cold start should not pay for them on every first message.
     * @default true
     */
    otherLanguages?: boolean;
  } = {},
): TopicCues {
  const folded = topicText(text);
  if (!folded) return {};
  const read = views(folded);
  const own = lexiconOf(language);
  const others = options.otherLanguages ?? true;
  const script = topicLexicons[language].script;
  const ownText = script === 'latin' ? (read.latin ?? read.all) : read.all;
  const skip = TRACKING_NUMBER.test(text) ? 'tracking_number' : undefined;
  const facet =
    first(own.facets, ownText, skip) ??
    (others ? firstInScripts((c) => c.facets, FACET_ORDER, read, skip) : undefined);
  const faq = first(own.faq, ownText) ?? (others ? firstInScripts((c) => c.faq, FAQ_ORDER, read) : undefined);
  return { ...(facet ? { facet } : {}), ...(faq ? { faq } : {}) };
}
