// Message normalization and pattern compilation for the cue matchers. Compilation runs the first time a
// language (or a table) is needed, never at module load; the `*Message`, `trimJunk` and `variants`
// helpers run per call.
import { canonicalText, foldText } from '../normalize';
import type { Pattern, Word } from './types';

// Scripts that separate words with spaces (Latin, Arabic, Greek, Cyrillic, and digits): inside their words
// no phrase may start or end. Written as BMP ranges rather than \p{Script=…}: every pattern carries two
// of these classes, and V8 builds a Unicode property class with its astral ranges each time it meets one
// (compiling the 19 lexicons took ~750 ms that way, ~120 ms with ranges). Messages are NFKC-folded, so
// full-width and presentation forms never reach them.
const LATIN =
  'a-zA-Z\\u00aa\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u1d00-\\u1d7f\\u1e00-\\u1eff\\u2c60-\\u2c7f\\ua720-\\ua7ff';
const ARABIC =
  '\\u0620-\\u063f\\u0641-\\u064a\\u0656-\\u066f\\u0671-\\u06d3\\u06d5-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff';
const GREEK_CYRILLIC = '\\u0370-\\u0373\\u0376-\\u037d\\u037f-\\u03ff\\u0400-\\u052f\\u1f00-\\u1fff';
const DIGITS = '0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0e50-\\u0e59';
const HANGUL = '\\u1100-\\u11ff\\u3131-\\u318e\\ua960-\\ua97f\\uac00-\\ud7a3\\ud7b0-\\ud7ff';
/** Letters of the spaced scripts: what `\p{L}` stands for inside a lexicon pattern ("borr\p{L}*"). */
export const LETTER = `[${LATIN}${ARABIC}${GREEK_CYRILLIC}]`;
const SPACED = `${LATIN}${ARABIC}${GREEK_CYRILLIC}${DIGITS}`;
const W = `[${SPACED}]`;
/** A character of a spaced script's word, as a regex class. */
export const WORD = W;
// Hangul words also start after a space, but particles trail them ("영어로", "다른 거요"): only the start
// of a Hangul phrase is a boundary.
const WH = `[${SPACED}${HANGUL}]`;
/** A character a Latin/Arabic/Hangul word may not start inside of, as a regex class. */
export const WORD_START = WH;
/** "Not between two word characters" — \b that knows Unicode and leaves Thai/CJK alone. */
export const START = `(?!(?<=${WH})${WH})`;
export const END = `(?!(?<=${W})${W})`;

/** Emoji that answer by themselves: never trimmed as decoration. */
export const CUE_EMOJI = '👍👌✅✔☑🙆🆗💯👎❌✖🙅🚫⛔❎';
const JUNK = `(?:(?![${CUE_EMOJI}])[\\s\\p{P}\\p{S}\\u0e46])`;
const JUNK_CHAR = new RegExp(`^${JUNK}$`, 'u');

// Skin tones, variation selectors, zero-width joiners and the keycap mark ("2️⃣" → "2").
const INVISIBLE = /[\u200b-\u200d]|\u2060|\ufe0e|\ufe0f|\u20e3|[\u{1f3fb}-\u{1f3ff}]/gu;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc`\u00b4]/gu;
const QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/gu;
const SPACES = /\s+/gu;

// Most texts need none of it: one test instead of four replacements (lexicons fold thousands of entries).
const UNTIDY =
  /[\u200b-\u200d\u2060\u2018\u2019\u201b\u02bc`\u00b4\u201c\u201d\u201e\u00ab\u00bb]|\ufe0e|\ufe0f|\u20e3|[\u{1f3fb}-\u{1f3ff}]|[^\S ]| {2}|^ | $/u;

const tidy = (text: string): string =>
  UNTIDY.test(text)
    ? text.replace(INVISIBLE, '').replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(SPACES, ' ').trim()
    : text;

// Plain ASCII folds to its lower case: most lexicon entries and messages skip NFKC, NFD and the Han table.
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The matching view of a message: folded like lexicon entries (see types.ts). */
export const foldMessage = (text: string): string =>
  tidy(isAscii(text) ? text.toLowerCase() : foldText(text));

/** Lower case with accents kept, for the few entries that need them ("~đúng" is not "dừng"). */
export const exactMessage = (text: string): string =>
  tidy(isAscii(text) ? text.toLowerCase() : canonicalText(text).toLowerCase().normalize('NFC'));

export type Mode = 'fold' | 'exact';

/** One value per mode. */
export const modes = <T>(make: (mode: Mode) => T): Record<Mode, T> => ({
  fold: make('fold'),
  exact: make('exact'),
});

/** `~` marks an entry matched with accents kept. */
export const isExact = (entry: string): boolean => entry.startsWith('~');
const bare = (entry: string): string => (isExact(entry) ? entry.slice(1) : entry);

/** A word's lookup key: folded (or exact), single-spaced. */
export const wordKey = (word: Word, mode: Mode = isExact(word) ? 'exact' : 'fold'): string =>
  mode === 'exact' ? exactMessage(bare(word)) : foldMessage(bare(word));

/** A lookup key for text captured by a word pattern, where spaces were optional. */
export const squash = (text: string): string => text.replace(SPACES, '');

const SYNTAX = /[.*+?^${}()|[\]\\/]/gu;

/** A plain word as a regex source; a space in it matches an optional space ("둘 다" = "둘다"). */
export function wordSource(word: Word, mode: Mode = isExact(word) ? 'exact' : 'fold'): string {
  return wordKey(word, mode).replace(SYNTAX, '\\$&').replace(/ /g, '\\s?');
}

/** Alternation of words, longest first so "of course not" wins over "of course". */
export function wordsSource(words: readonly Word[], mode: Mode = 'fold'): string {
  const sources = new Set<string>();
  for (const word of words) if (isExact(word) === (mode === 'exact')) sources.add(wordSource(word, mode));
  return [...sources].sort((a, b) => b.length - a.length).join('|');
}

const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gu;

/** Folds the literal parts of a regex source like messages, leaving escapes alone. */
export function foldSource(source: Pattern, mode: Mode): string {
  const foldPart = (part: string): string =>
    isAscii(part)
      ? part.toLowerCase().replace(APOSTROPHES, "'")
      : mode === 'exact'
        ? canonicalText(part).toLowerCase().normalize('NFC').replace(APOSTROPHES, "'")
        : foldText(part).replace(APOSTROPHES, "'");
  let out = '';
  let last = 0;
  for (const m of source.matchAll(ESCAPE)) {
    out += foldPart(source.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + foldPart(source.slice(last));
}

/** `\p{L}` in a lexicon pattern: the spaced scripts' letters, a class far cheaper to build (see LETTER). */
const PROPERTY_LETTER = /\\p\{L\}/g;

interface Alternative {
  inner: string;
  start: boolean;
  end: boolean;
}

/** One pattern's body and anchors, folded like messages. */
function alternative(source: Pattern, mode: Mode, end: boolean): Alternative {
  let inner = foldSource(bare(source), mode).replace(PROPERTY_LETTER, LETTER);
  const anchoredStart = inner.startsWith('^');
  const endsWithAnchor = inner.endsWith('$') && !inner.endsWith('\\$');
  if (anchoredStart) inner = inner.slice(1);
  if (endsWithAnchor) inner = inner.slice(0, -1);
  return { inner, start: anchoredStart, end: endsWithAnchor || end };
}

/**
 * Compiles patterns of one mode into a single regex (undefined when there are none). `whole`: every
 * pattern must be the entire core, as when another language's lexicon is tried on a short message.
 * Neighbouring patterns with the same anchoring share one pair of boundaries, `START(?:a|b|c)END`:
 * the same matches as a boundary pair around each, at a fraction of the compile cost. Their order (and
 * so the numbering of placeholder groups) is kept.
 */
export function compilePatterns(
  sources: readonly Pattern[],
  mode: Mode,
  options: { whole?: boolean; end?: boolean; placeholders?: Record<string, string>; flags?: string } = {},
): RegExp | undefined {
  const picked = sources.filter((s) => isExact(s) === (mode === 'exact'));
  if (picked.length === 0) return undefined;
  const alternatives = picked.map((s) => {
    const alt = alternative(s, mode, options.end ?? false);
    for (const [name, value] of Object.entries(options.placeholders ?? {})) {
      alt.inner = alt.inner.replaceAll(`{${name}}`, value);
    }
    return alt;
  });
  const flags = `u${options.flags ?? ''}`;
  if (options.whole) return new RegExp(`^(?:${alternatives.map((a) => a.inner).join('|')})$`, flags);
  const runs: string[] = [];
  let run: Alternative[] = [];
  const close = () => {
    if (run.length === 0) return;
    const body = run.map((a) => a.inner).join('|');
    runs.push(`${run[0]!.start ? '^' : START}(?:${body})${run[0]!.end ? '$' : END}`);
    run = [];
  };
  for (const alt of alternatives) {
    if (run.length && (run[0]!.start !== alt.start || run[0]!.end !== alt.end)) close();
    run.push(alt);
  }
  close();
  return new RegExp(runs.join('|'), flags);
}

/**
 * Counts the capturing groups of a source (to check that each frame has exactly one placeholder), by
 * reading it: compiling a regex only to count its groups cost more than the regex itself.
 */
export function groupCount(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (
      ch === '(' &&
      (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3]!)))
    )
      count++;
  }
  return count;
}

/** The text without punctuation, symbols and decoration at either end (cue emoji stay). */
export function trimJunk(text: string): string {
  // A loop over code points: a `…+$` regex rescans every run of spaces inside a long message.
  let start = 0;
  let end = text.length;
  while (start < end) {
    const size = (text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    if (!JUNK_CHAR.test(text.slice(start, start + size))) break;
    start += size;
  }
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    const size = low >= 0xdc00 && low <= 0xdfff && end - start >= 2 ? 2 : 1;
    if (!JUNK_CHAR.test(text.slice(end - size, end))) break;
    end -= size;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const RUN3 = /(.)\1{2,}/gu;
const RUN2 = /(.)\1+/gu;
const REPEATED_WORD = /(^| )(\S+)(?: \2)+(?= |$)/gu;
const REPEATED_SYLLABLE = /(\p{L}{2})\1+/gu;
const REPEATS = /(.)\1|(?:^| )(\S+) \2(?= |$)|(\p{L}{2})\3/u;
const RUN = /(.)\1/u;
const HEAD = /^[^\s\p{P}]+/u;

/**
 * Spellings of one short message with elongations undone: "yesss" → "yess", "yes"; "네네네" → "네네";
 * "si si si" → "si"; with `syllables`, "nonono" → "no" (not for the all-language fallback: Spanish
 * "jaja" must not become German "ja").
 */
export function variants(text: string, syllables: boolean): string[] {
  if (!REPEATS.test(text)) return [text];
  const out = new Set<string>([text]);
  const deduped = text.replace(REPEATED_WORD, '$1$2');
  out.add(deduped);
  for (const base of [text, deduped]) {
    out.add(base.replace(RUN3, '$1$1'));
    const one = base.replace(RUN3, '$1');
    out.add(one);
    out.add(one.replace(REPEATED_WORD, '$1$2'));
    out.add(base.replace(RUN2, '$1'));
    if (syllables) out.add(base.replace(REPEATED_SYLLABLE, '$1'));
  }
  return [...out];
}

/** The first word of a core with its elongation undone ("siii, cancélalo" → "si, cancélalo"). */
export function leadVariants(core: string): string[] {
  const m = HEAD.exec(core);
  if (!m || !RUN.test(m[0])) return [core];
  const head = m[0];
  const rest = core.slice(head.length);
  return [...new Set([core, head.replace(RUN3, '$1') + rest, head.replace(RUN2, '$1') + rest])];
}
