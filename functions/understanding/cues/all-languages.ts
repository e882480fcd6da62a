// What the 19 lexicons say together: the fallback for one-word messages whose language guess may be
// wrong, the language names every message is read with, and each language's request patterns.
//
// Everything here is built on first use, piece by piece: a cold start (a Lambda's first message) pays for
// the message's own language and the cheap whole-message tables, not for 19 languages' regexes.
import { LANGUAGES, type Language } from '../../core/types';
import { compilePatterns, groupCount, type Mode, modes, squash, WORD, WORD_START, wordKey } from './compile';
import { CompiledConcepts } from './concepts';
import {
  type Answer,
  compileModes,
  type ModeRegexes,
  UNIVERSAL,
  type WordTables,
  wordTables,
} from './lexicon';
import { type ParticleRegexes, particleLookup } from './particles';
import type { CueLexicon, LanguageNameKey } from './types';
import { WholeTable } from './whole-table';

export type CueKind = 'other' | 'all' | 'abandon' | 'correction';
export const CUE_KINDS: readonly CueKind[] = ['other', 'all', 'abandon', 'correction'];
export type RequestKind = 'optOut' | 'optIn' | 'dataDeletion' | 'dataAccess' | 'deleteWords';
export const REQUEST_KINDS: readonly RequestKind[] = [
  'optOut',
  'optIn',
  'dataDeletion',
  'dataAccess',
  'deleteWords',
];

/** Language-name targets; 'zh' is Chinese without a script, decided by the message. */
export const TARGETS: readonly LanguageNameKey[] = [...LANGUAGES, 'zh'];
const CHINESE: ReadonlySet<LanguageNameKey> = new Set(['zh-Hans', 'zh-Hant', 'zh']);

/** A language's frames asking for a language by name ("speak {lang}"), names as tokens (see nameToken). */
export interface Frames {
  ask: RegExp;
  short: RegExp;
}

/** Memoizes one value per key. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}

export class AllLanguages {
  private readonly all: readonly CueLexicon[];

  constructor(private readonly lexicons: Record<Language, CueLexicon>) {
    this.all = LANGUAGES.map((language) => lexicons[language]);
  }

  /** Every language's particles, to find the core of a message in no particular language. */
  readonly particles = memo(
    (_: 'all'): Record<Mode, ParticleRegexes> =>
      modes((mode) =>
        particleLookup([...this.all.flatMap((l) => l.particles), ...UNIVERSAL.particles], mode),
      ),
  );

  /** Whole-message yes/no; null where languages disagree. Plain lookups: no regex is compiled. */
  readonly answers = memo((_: 'all'): Record<Mode, Map<string, Answer | null>> => {
    const tables = LANGUAGES.map((language) => wordTables(this.lexicons[language]));
    return modes((mode) => answersIn(tables, mode));
  });

  /** Whole-message ordinal words; null where languages disagree. */
  readonly ordinals = memo((_: 'all'): Map<string, number | null> => ordinalWords(this.all));

  /** A cue's or request's patterns from every language, as the whole message (no word boundaries). */
  readonly whole = memo(
    (kind: CueKind | RequestKind): WholeTable => new WholeTable(this.all.flatMap((l) => l[kind])),
  );

  /** One language's request patterns, anywhere in a message. */
  readonly requests = memo(
    (language: Language): Record<RequestKind, ModeRegexes> =>
      Object.fromEntries(
        REQUEST_KINDS.map((kind) => [kind, compileModes(this.lexicons[language][kind])]),
      ) as Record<RequestKind, ModeRegexes>,
  );

  /** One language's concepts (each compiled when first needed). */
  readonly concepts = memo((language: Language) => new CompiledConcepts(this.lexicons[language].concepts));

  /** Every language's names of languages, found anywhere in a message. */
  readonly names = memo(
    (_: 'all'): NameFinder => new NameFinder(this.all.flatMap((l) => Object.values(l.languageNames).flat())),
  );

  /** Name → index in TARGETS. */
  readonly nameTargets = memo((_: 'all'): Map<string, number> => nameTargets(this.all));

  /** Name → the languages that write it so: a name in a message says what language the message is in. */
  readonly nameLanguages = memo((_: 'all'): Map<string, Language[]> => {
    const map = new Map<string, Language[]>();
    for (const language of LANGUAGES) {
      for (const name of Object.values(this.lexicons[language].languageNames).flat()) {
        const key = squash(wordKey(name));
        const languages = map.get(key) ?? [];
        if (!languages.includes(language)) languages.push(language);
        map.set(key, languages);
      }
    }
    return map;
  });

  /** One language's frames asking for a language by name. */
  readonly frames = memo(
    (language: Language): Frames => ({
      ask: compileFrames(this.lexicons[language].languageAsk),
      short: compileFrames(this.lexicons[language].languageShort ?? []),
    }),
  );
}

/**
 * Local-only forms answer nothing here but still disagree ("tak" is local to Malay, and still no), as
 * do forms some language calls undecided.
 */
function answersIn(tables: readonly WordTables[], mode: Mode): Map<string, Answer | null> {
  const map = new Map<string, Answer | null>();
  for (const c of tables) {
    for (const [key, answer] of c.whole[mode]) {
      if (c.localOnly.has(key)) continue;
      const known = map.get(key);
      map.set(key, known === undefined || known === answer ? answer : null);
    }
  }
  for (const c of tables) {
    for (const [key, answer] of c.whole[mode]) {
      const known = map.get(key);
      if (c.localOnly.has(key) && known !== undefined && known !== answer) map.set(key, null);
    }
    for (const key of c.undecided[mode]) if (map.has(key)) map.set(key, null);
  }
  return map;
}

function ordinalWords(all: readonly CueLexicon[]): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const lex of all) {
    for (const [n, words] of [...lex.ordinal.words, ...(lex.ordinal.wholeWords ?? [])]) {
      for (const word of words) {
        const key = squash(wordKey(word));
        const known = map.get(key);
        map.set(key, known === undefined || known === n ? n : null);
      }
    }
  }
  return map;
}

/** Name → index in TARGETS. A name two Chinese variants share names Chinese in general. */
function nameTargets(all: readonly CueLexicon[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const lex of all) {
    for (const [target, names] of Object.entries(lex.languageNames) as [
      LanguageNameKey,
      readonly string[],
    ][]) {
      for (const name of names) {
        const key = squash(wordKey(name));
        const known = map.get(key);
        let index = TARGETS.indexOf(target);
        if (known !== undefined && known !== index) {
          if (!CHINESE.has(TARGETS[known]!) || !CHINESE.has(target)) {
            throw new Error(`language name "${name}" names both ${TARGETS[known]} and ${target}`);
          }
          index = TARGETS.indexOf('zh');
        }
        map.set(key, index);
      }
    }
  }
  return map;
}

const WORD_CHAR = new RegExp(WORD, 'u');
const WORD_START_CHAR = new RegExp(WORD_START, 'u');

export interface NameSpan {
  start: number;
  end: number;
  /** The name as a lookup key (squashed, see nameTargets). */
  key: string;
}

/**
 * Language names in a text, by lookup rather than one regex of every language's ~700 names (which
 * cost milliseconds to compile on a cold start): at each position a name may start, the longest name
 * there, spaces inside it optional as in wordsSource, not starting or ending inside a word.
 */
export class NameFinder {
  private readonly keys = new Set<string>();
  /** First character → the lengths of the names starting with it, longest first. */
  private readonly lengths = new Map<string, number[]>();
  private readonly word = new Map<string, { word: boolean; start: boolean }>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      const key = wordKey(name);
      for (const k of [key, squash(key)]) {
        this.keys.add(k);
        const lengths = this.lengths.get(k[0]!) ?? [];
        if (!lengths.includes(k.length)) lengths.push(k.length);
        this.lengths.set(k[0]!, lengths);
      }
    }
    for (const lengths of this.lengths.values()) lengths.sort((a, b) => b - a);
  }

  find(text: string): NameSpan[] {
    const found: NameSpan[] = [];
    for (let i = 0; i < text.length; i++) {
      const lengths = this.lengths.get(text[i]!);
      if (!lengths) continue;
      if (i > 0 && this.kind(text[i - 1]!).start && this.kind(text[i]!).start) continue;
      for (const length of lengths) {
        const end = i + length;
        if (end > text.length) continue;
        const candidate = text.slice(i, end);
        if (!this.keys.has(candidate)) continue;
        if (end < text.length && this.kind(text[end - 1]!).word && this.kind(text[end]!).word) continue;
        found.push({ start: i, end, key: squash(candidate) });
        i = end - 1;
        break;
      }
    }
    return found;
  }

  /** Whether a character is inside a word (for a name's end) or a word's start (Hangul included). */
  private kind(ch: string): { word: boolean; start: boolean } {
    let k = this.word.get(ch);
    if (!k) {
      k = { word: WORD_CHAR.test(ch), start: WORD_START_CHAR.test(ch) };
      this.word.set(ch, k);
    }
    return k;
  }
}

/** Names found in a message become \u0001<index>\u0002 tokens, so the frames stay small. */
export const nameToken = (index: number): string => `\u0001${index}\u0002`;
export const NAME_TOKEN = new RegExp(`${nameToken(0).replace('0', '(\\d+)')}`, 'gu');

function compileFrames(frames: readonly string[]): RegExp {
  const re = compilePatterns(frames, 'fold', { placeholders: { lang: '\\u0001(\\d+)\\u0002' } }) ?? /(?!)/u;
  if (groupCount(re.source) !== frames.length) throw new Error('language frames need one {lang} each');
  return re;
}
