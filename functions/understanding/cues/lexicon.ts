// One lexicon compiled for matching: its word tables (plain lookups) and regexes, each built the first
// time a message needs it.
import {
  CUE_EMOJI,
  compilePatterns,
  END,
  groupCount,
  isExact,
  type Mode,
  modes,
  squash,
  wordKey,
  wordsSource,
} from './compile';
import { compileParticles, type ParticleRegexes } from './particles';
import type { CueLexicon, Pattern, Word } from './types';

export type Answer = 'yes' | 'no';
/** 'undecided': the lexicon knows the message and says it is no answer; nobody else should guess. */
export type Verdict = Answer | 'undecided' | undefined;

export interface ModeRegexes {
  fold?: RegExp;
  exact?: RegExp;
}

export interface CompiledLexicon extends WordTables {
  particles: Record<Mode, ParticleRegexes>;
  /** Leading yes/no/undecided form, with and without the local-only forms. */
  lead: RegExp;
  leadForeign: RegExp;
  isYes: RegExp;
  isStrong: RegExp;
  isWeak: RegExp;
  isUndecided: RegExp;
  /** What may follow a yes (a no) and keep it the answer: never the opposite answer ("si no llega…"). */
  follow: Record<Answer, RegExp>;
  /** A particle or term of address right after the answer ("ok kak, …"): skipped like a comma. */
  particleLead: RegExp;
  ordinal: {
    /** The frames, compiled when a message first holds one of the `hints`. */
    readonly frames: { re: RegExp; kinds: ('ord' | 'n')[] };
    /** Every ordinal word and numeral a frame captures: a message with none of them (and no digit) has no ordinal. */
    hints: readonly string[];
    words: Map<string, number>;
    numerals: Map<string, number>;
    whole: Map<string, number>;
  };
  other: ModeRegexes;
  all: ModeRegexes;
  abandon: ModeRegexes;
  correction: ModeRegexes;
}

/** Universal forms every language accepts ("ok", 👍, ❌). */
export const UNIVERSAL = {
  yes: ['ok', 'okay', 'okey', 'okie', 'okok', 'oke', '👍', '👌', '✅', '✔', '☑', '🙆', '🆗', '💯'],
  no: ['👎', '❌', '✖', '🙅', '🚫', '⛔', '❎'],
  weak: ['ok', 'okay', 'okey', 'okie', 'oke'],
  particles: ['please', 'pls', 'plz', 'thanks', 'thank you', 'thx', 'ty', 'tq'],
} as const;

const never = /(?!)/u;
const anchored = (source: string): RegExp => (source ? new RegExp(`^(?:${source})$`, 'u') : never);

export function compileModes(sources: readonly Pattern[], whole = false, end = false): ModeRegexes {
  const fold = compilePatterns(sources, 'fold', { whole, end });
  const exact = compilePatterns(sources, 'exact', { whole, end });
  return { ...(fold ? { fold } : {}), ...(exact ? { exact } : {}) };
}

/** Whether any of the message's forms (see MessageViews.forms) matches. */
export function testModes(re: ModeRegexes, forms: Record<Mode, readonly string[]>): boolean {
  return (
    (re.fold !== undefined && forms.fold.some((f) => re.fold!.test(f))) ||
    (re.exact !== undefined && forms.exact.some((f) => re.exact!.test(f)))
  );
}

function keyMap<V>(entries: Iterable<readonly [Word, V]>, mode: Mode): Map<string, V> {
  const map = new Map<string, V>();
  for (const [word, value] of entries)
    if (isExact(word) === (mode === 'exact')) map.set(wordKey(word, mode), value);
  return map;
}

const DIGITS = '(?<!\\d)\\d{1,2}(?!\\d)';

function compileOrdinal(lex: CueLexicon): CompiledLexicon['ordinal'] {
  const ordWords = lex.ordinal.words.flatMap(([n, ws]) => ws.map((w) => [w, n] as const));
  const numWords = (lex.ordinal.numerals ?? []).flatMap(([n, ws]) => ws.map((w) => [w, n] as const));
  const squashed = (entries: readonly (readonly [Word, number])[]) =>
    new Map(entries.map(([w, n]) => [squash(wordKey(w, 'fold')), n] as const));
  const wholeWords = (lex.ordinal.wholeWords ?? []).flatMap(([n, ws]) => ws.map((w) => [w, n] as const));
  const hints = [...ordWords, ...numWords].flatMap(([w]) => {
    const key = wordKey(w, 'fold');
    return key === squash(key) ? [key] : [key, squash(key)];
  });
  let frames: { re: RegExp; kinds: ('ord' | 'n')[] } | undefined;
  return {
    get frames() {
      if (!frames) {
        const ord = `(${wordsSource(ordWords.map(([w]) => w))})`;
        const num = `(${[DIGITS, wordsSource(numWords.map(([w]) => w))].filter(Boolean).join('|')})`;
        const sources = [...lex.ordinal.frames, '^{ord}$'];
        const re = compilePatterns(sources, 'fold', { placeholders: { ord, n: num } })!;
        if (groupCount(re.source) !== sources.length)
          throw new Error(`ordinal frames need one placeholder each: ${sources}`);
        frames = { re, kinds: sources.map((f) => (f.includes('{ord}') ? 'ord' : 'n')) };
      }
      return frames;
    },
    hints,
    words: squashed(ordWords),
    numerals: squashed(numWords),
    whole: squashed(wholeWords),
  };
}

/** The answers and undecided forms a lexicon knows as whole messages: plain lookups, no regex. */
export interface WordTables {
  whole: Record<Mode, Map<string, Answer>>;
  undecided: Record<Mode, Set<string>>;
  localOnly: Set<string>;
}

export function wordTables(lex: CueLexicon): WordTables {
  const answers = [
    ...[...lex.yes, ...UNIVERSAL.yes].map((w) => [w, 'yes'] as const),
    ...[...lex.no, ...UNIVERSAL.no].map((w) => [w, 'no'] as const),
  ];
  const undecided = (lex.undecided ?? []).map((w) => [w, true] as const);
  return {
    whole: modes((mode) => keyMap(answers, mode)),
    undecided: modes((mode) => new Set(keyMap(undecided, mode).keys())),
    localOnly: new Set((lex.localOnly ?? []).map((w) => wordKey(w))),
  };
}

/**
 * An object whose fields are made the first time they are read: a message that a whole-message lookup
 * answers never compiles the regexes that read longer ones.
 */
function lazyFields<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[key]();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

export function compileLexicon(lex: CueLexicon): CompiledLexicon {
  const yes = [...lex.yes, ...UNIVERSAL.yes];
  const no = [...lex.no, ...UNIVERSAL.no];
  const particles = [...lex.particles, ...UNIVERSAL.particles];
  let tables: WordTables | undefined;
  const table = () => {
    tables ??= wordTables(lex);
    return tables;
  };
  const leadWords = () => {
    const wholeOnly = new Set((lex.wholeOnly ?? []).map((w) => wordKey(w)));
    return [...yes, ...no, ...(lex.undecided ?? [])].filter((w) => !isExact(w) && !wholeOnly.has(wordKey(w)));
  };
  const leading = (words: readonly Word[]) => new RegExp(`^(?:${wordsSource(words)})${END}`, 'u');
  // A one-letter answer ("y", "s", "k") does not continue one: "ok y cuándo llega?" is Spanish "and".
  const followOf = (same: readonly Word[]) =>
    leading([...lex.follow, ...same.filter((w) => w.length > 1), ...CUE_EMOJI].filter((w) => !isExact(w)));
  return lazyFields<CompiledLexicon>({
    particles: () => modes((mode) => compileParticles(particles, lex.leading ?? [], mode)),
    whole: () => table().whole,
    undecided: () => table().undecided,
    localOnly: () => table().localOnly,
    lead: () => leading(leadWords()),
    leadForeign: () => leading(leadWords().filter((w) => !table().localOnly.has(wordKey(w)))),
    isYes: () => anchored(wordsSource(yes)),
    // A form that starts with a strong one is strong: "ไม่ใช่ค่ะ" like "ไม่ใช่".
    isStrong: () => (lex.strong.length ? new RegExp(`^(?:${wordsSource(lex.strong)})`, 'u') : never),
    isWeak: () => anchored(wordsSource([...(lex.weak ?? []), ...UNIVERSAL.weak])),
    isUndecided: () => anchored(wordsSource(lex.undecided ?? [])),
    follow: () => ({ yes: followOf(yes), no: followOf(no) }),
    particleLead: () => leading(particles),
    ordinal: () => compileOrdinal(lex),
    other: () => compileModes(lex.other),
    // "cancel both", not "both sleeves are torn": a pick of all options closes the message.
    all: () => compileModes(lex.all, false, true),
    abandon: () => compileModes(lex.abandon),
    correction: () => compileModes(lex.correction),
  });
}
