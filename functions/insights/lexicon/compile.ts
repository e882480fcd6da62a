// Compiles a language's lexicon to regular expressions (once per language, on first use) and finds its
// cues in a message: defect cues that survive negation, hypotheticals, questions and praise, and polar words
// with their negation, intensity and clause, for the sentiment.
//
// Before matching, a message is normalized the way shoppers' spelling varies: curly apostrophes become
// straight, letters stretched for emphasis are shortened ("brokennn" → "broken", "tooo" → "too"), Malay and
// Indonesian reduplication written with a 2 is undone ("nyampe2" → "nyampe"), German umlauts are spelled out
// ("schön" → "schoen", so it no longer folds into "schon"), then the shared fold applies (lower case, no
// Latin accents, Simplified Han, unified Arabic letters) — so that diacritic-less Vietnamese, Portuguese or
// Turkish matches cues written with their accents.
import type { Language } from '../../core/types';
import { canonicalText, foldPattern, foldText } from '../../understanding/normalize';
import { simplifyMore } from './han';
import { LEXICONS } from './index';
import { DEFECT_CATEGORIES, type DefectCategory, type LanguageLexicon, type Script } from './types';

/**
 * A cue list compiled twice over: `all` matches the folded message (diacritics ignored); when the message
 * uses diacritics, `loose` (the cues written without them) matches the folded message and `exact` (the
 * accent-sensitive cues) the message as written.
 */
export interface Dual {
  all: RegExp;
  loose?: RegExp;
  exact?: RegExp;
}

export interface CompiledLexicon {
  language: Language;
  script: Script;
  reach: number;
  categories: ReadonlyArray<{ category: DefectCategory; re: Dual; unless: RegExp }>;
  weak: ReadonlyArray<{
    category: DefectCategory;
    re: Dual;
    yieldTo: ReadonlySet<DefectCategory>;
    near: number;
  }>;
  negator: RegExp;
  /** "and" as a whole word, global: where a negator's reach ends. */
  conjunction: RegExp;
  postNegator: RegExp | undefined;
  hypothetical: Dual;
  contrast: RegExp;
  intensifier: RegExp;
  polar: ReadonlyArray<{ weight: number; re: Dual }>;
  polite: RegExp;
  question: RegExp;
  questionWordsLead: boolean;
  questionTail: RegExp;
  why: RegExp;
  greetings: RegExp;
  praise: RegExp;
  requests: RegExp;
  praiseBefore: boolean;
  resolution: RegExp;
  notice: RegExp;
  /** Some cues are accent-sensitive; `accentSensitive`: the whole lexicon's accented cues are. */
  hasExact: boolean;
  accentSensitive: boolean;
}

export interface DefectCue {
  category: DefectCategory;
  keyword: string;
  /** 0-based clause index of the cue. */
  clause: number;
  /** Where the cue starts in the folded message. */
  start: number;
}

export interface PolarCue {
  /** Signed weight after negation and intensity. */
  weight: number;
  /** 0-based clause index; `afterContrast` tells which clauses follow the last "but". */
  clause: number;
}

export interface Cues {
  defects: DefectCue[];
  polar: PolarCue[];
  /** Clause index of the first clause after the last contrast word, or -1. */
  afterContrast: number;
  /** Clause index of the first word saying a problem was fixed ("the replacement"), or -1. */
  resolution: number;
  /** Where that word starts in the folded message ("サイズ違いの交換ありがとう": after the defect), or -1. */
  resolutionAt: number;
  /** The message only lets the shop know ("一応ご報告です", "just FYI"): its tone is muted. */
  notice: boolean;
  /** Thanks / greetings found (count). */
  polite: number;
  /** A question mark, a question particle, or a question word opening a clause. */
  question: boolean;
  /** The raw message (emoji, "!!!" and capitals are read from it). */
  raw: string;
}

const CLAUSE_PUNCT = '[.,;:!?¿¡…\\n。，、！？；：\u061f\u060c]+';
const NEVER = /(?!)/u;
/** A clothing size label, bounded by anything but an ASCII letter or digit so it works in every script. */
const SIZE = '(?<![a-z0-9])(?:x{0,3}s|m|x{0,4}l|[2-6]xl|free ?size)(?![a-z0-9])';
const cache = new Map<Language, CompiledLexicon>();

/** The compiled lexicon of a language, built on first use. */
export function compiledLexicon(language: Language): CompiledLexicon {
  let compiled = cache.get(language);
  if (!compiled) {
    compiled = compile(language, LEXICONS[language]);
    cache.set(language, compiled);
  }
  return compiled;
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** Spelling variation undone before the shared fold, for messages and (where it applies) cues alike. */
function respell(language: Language, text: string): string {
  let out = text.replace(/[’‘ʼ`´]/g, "'");
  if (language === 'de') out = out.replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c] ?? c);
  return out;
}

/**
 * Letters stretched for emphasis: three or more at the end of a word are one ("brokennn", "pleaseee",
 * "มากกก"), but two for "o" and "l" ("tooo", "smalll"); inside a word they are two ("goooood").
 */
function unstretch(text: string): string {
  return text
    .replace(/(\p{L})\1{2,}(?![\p{L}\p{M}])/gu, (_, c: string) => (c === 'o' || c === 'l' ? c + c : c))
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
}

function respelled(raw: string, language: Language): string {
  const text = unstretch(respell(language, raw));
  if (language === 'id' || language === 'ms') return text.replace(/(\p{L}{2,})2(?![\p{L}\p{N}])/gu, '$1');
  return text;
}

/** A message, normalized and folded for matching. */
export function foldMessage(raw: string, language: Language): string {
  const folded = foldText(respelled(raw, language));
  return isChinese(language) ? simplifyMore(folded) : folded;
}

/**
 * Japanese spells the same word in katakana or hiragana ("キズ", "きず"; "ニオイ", "におい"; "キツい"):
 * a Japanese cue also matches written all in hiragana and all in katakana. The message itself is left as
 * written: folding it would make "大好きなショップ" read "…なしょっぷ", an ending "なし" (none). Inside
 * lookarounds each kana stands for both spellings, so "(?<!クーポン)" also keeps out "くーぽん".
 */
function kanaVariants(source: string): string {
  const variants = (['keep', 'hira', 'kata'] as const).map((mode) => respellKana(source, mode));
  return [...new Set(variants)].map((v) => `(?:${v})`).join('|');
}

function otherKana(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x3041 && code <= 0x3096) return String.fromCharCode(code + 0x60);
  if (code >= 0x30a1 && code <= 0x30f6) return String.fromCharCode(code - 0x60);
  return '';
}

function respellKana(source: string, mode: 'keep' | 'hira' | 'kata'): string {
  let out = '';
  const looking: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (!inClass && c === '(') {
      looking.push(/^\(\?<?[!=]/.test(source.slice(i, i + 4)) || (looking.at(-1) ?? false));
      out += c;
      continue;
    }
    if (!inClass && c === ')') {
      looking.pop();
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const other = otherKana(c);
    if (!other) out += c;
    else if (looking.at(-1)) out += inClass ? c + other : `[${c}${other}]`;
    else if (mode === 'keep') out += c;
    else {
      const hira = c.charCodeAt(0) <= 0x3096;
      out += (mode === 'hira') === hira ? c : other;
    }
  }
  return out;
}

/**
 * The message lower-cased with its diacritics kept, when it uses any and lines up character for character
 * with the folded message; undefined otherwise (then only the folded message is read).
 */
function accentedMessage(raw: string, lexicon: CompiledLexicon, folded: string): string | undefined {
  if (!lexicon.hasExact) return undefined;
  const accented = canonicalText(respelled(raw, lexicon.language)).toLowerCase().normalize('NFC');
  if (accented.length !== folded.length || accented === folded) return undefined;
  if (!lexicon.accentSensitive) return accented;
  // Where most words carry diacritics (Vietnamese), a message only partly typed with them is read folded.
  const words = accented.match(/\p{L}{2,}/gu) ?? [];
  const marked = words.filter(
    (w) =>
      w !==
      w
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd'),
  );
  return marked.length >= words.length * 0.4 ? accented : undefined;
}

const ESCAPE_PART = /\\(?:[pPuk]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|.)|[^\\]+/gsu;

/**
 * A cue source lower-cased with its diacritics kept, escapes left alone but for `\w` and `\b`, which would
 * read "giày" or "tông" as no word at all; they are widened to Unicode letters.
 */
function exactSource(source: string): string {
  const s = respell(patternLanguage, source.replace(/\{size\}/g, SIZE).replace(/\{colour\}/g, exactColours));
  let inClass = false;
  return s.replace(ESCAPE_PART, (part) => {
    if (part === '\\w') return inClass ? '\\p{L}\\p{M}\\p{N}_' : '[\\p{L}\\p{M}\\p{N}_]';
    if (part === '\\b' && !inClass)
      return '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
    if (part.startsWith('\\')) return part;
    for (const ch of part)
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
    return part.toLowerCase().normalize('NFC');
  });
}

/** A cue to match as written in messages that use diacritics. */
function isSensitive(source: string): boolean {
  if (source.startsWith('=')) return true;
  return sensitiveLanguage && /[\u00c0-\u024f\u1e00-\u1eff]/.test(source);
}

/** Chinese needs a few more Traditional → Simplified mappings than the shared fold has. */
let foldMore: (text: string) => string = (text) => text;
let patternLanguage: Language = 'en';
let sensitiveLanguage = false;
let colourAlternation = '(?!)';
let exactColours = '(?!)';

function foldSource(source: string): string {
  let s = source
    .replace(/^=/, '')
    .replace(/\{size\}/g, SIZE)
    .replace(/\{colour\}/g, colourAlternation);
  // German cues written with umlauts match them spelled out or dropped ("fällt" → "faellt", "fallt");
  // write "oe" to insist on the umlaut ("schoen" never matches "schon").
  if (patternLanguage === 'de') s = s.replace(/[äöü]/g, (c) => `${UMLAUTS[c]![0]}e?`);
  return foldMore(foldPattern(respell(patternLanguage, s)));
}

function alternation(sources: readonly string[]): string {
  return sources.map((source) => `(?:${foldSource(source)})`).join('|');
}

function isChinese(language: Language): boolean {
  return language === 'zh-Hans' || language === 'zh-Hant';
}

/**
 * Cues ordered longest source first: an alternation takes the first alternative that matches, so the
 * specific "costura do bolso soltou" must come before the bare "costura" for the whole phrase to be read.
 */
function longestFirst(sources: readonly string[]): string[] {
  return [...sources].sort((a, b) => b.length - a.length);
}

function bounded(alt: string, script: Script, flags: string, bound: Script | 'always'): RegExp {
  if (script === 'spaced' || (bound === 'always' && script !== 'unspaced'))
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
  return new RegExp(`(?:${alt})`, flags);
}

/** Whole-word matching for spaced scripts, substring matching for the others. */
function cueRegex(sources: readonly string[], script: Script, flags = 'gu'): RegExp {
  if (sources.length === 0) return NEVER;
  return bounded(alternation(sources), script, flags, 'spaced');
}

/** Negators and intensifiers are whole words wherever words are spaced. */
function wordRegex(sources: readonly string[], script: Script): RegExp {
  if (sources.length === 0) return NEVER;
  return bounded(alternation(sources), script, 'u', 'always');
}

/** A cue list as a `Dual`: folded, and split into loose and exact cues when some are accent-sensitive. */
function dual(sources: readonly string[], script: Script, words: boolean, flags = words ? 'u' : 'gu'): Dual {
  const all = words ? wordRegex(sources, script) : cueRegex(sources, script, flags);
  const exact = sources.filter(isSensitive);
  if (exact.length === 0) return { all };
  const loose = sources.filter((source) => !isSensitive(source));
  const bound = words ? 'always' : 'spaced';
  return {
    all,
    loose: loose.length ? bounded(alternation(loose), script, flags, bound) : new RegExp('(?!)', flags),
    exact: bounded(
      exact.map((source) => `(?:${exactSource(source.replace(/^=/, ''))})`).join('|'),
      script,
      flags,
      bound,
    ),
  };
}

/** Every match of a `Dual` in the message, read folded or as written. */
function* matchDual(
  re: Dual,
  folded: string,
  accented: string | undefined,
): Generator<{ index: number; length: number }> {
  const parts: Array<[RegExp, string]> =
    accented && re.exact
      ? [
          [re.loose!, folded],
          [re.exact, accented],
        ]
      : [[re.all, folded]];
  for (const [regex, text] of parts) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) yield { index: m.index, length: m[0].length };
  }
}

/** Whether a `Dual` (compiled without the global flag) occurs in a slice of the message. */
function testDual(re: Dual, folded: string, accented: string | undefined, from: number, to: number): boolean {
  if (accented && re.exact)
    return re.loose!.test(folded.slice(from, to)) || re.exact.test(accented.slice(from, to));
  return re.all.test(folded.slice(from, to));
}

function compile(language: Language, lexicon: LanguageLexicon): CompiledLexicon {
  foldMore = isChinese(language) ? simplifyMore : language === 'ja' ? kanaVariants : (text) => text;
  patternLanguage = language;
  sensitiveLanguage = lexicon.accentSensitive ?? false;
  colourAlternation = '(?!)';
  exactColours = '(?!)';
  if (lexicon.colours?.length) {
    colourAlternation = `(?:${alternation(lexicon.colours)})`;
    exactColours = `(?:${lexicon.colours.map((c) => `(?:${exactSource(c)})`).join('|')})`;
  }
  const { script } = lexicon;
  const lists = [lexicon.hypothetical, lexicon.positive, lexicon.strongPositive, lexicon.negative];
  const weakCues = (lexicon.weak ?? []).map((w) => w.cues);
  const hasExact = [...Object.values(lexicon.defects), ...weakCues, ...lists, lexicon.strongNegative].some(
    (list) => list.some(isSensitive),
  );
  const contrast = lexicon.contrast.length
    ? script === 'unspaced'
      ? new RegExp(`${CLAUSE_PUNCT}|\\s+|${alternation(lexicon.contrast)}`, 'gu')
      : new RegExp(
          `${CLAUSE_PUNCT}|(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.contrast)})(?![\\p{L}\\p{N}])`,
          'gu',
        )
    : new RegExp(CLAUSE_PUNCT, 'gu');
  return {
    language,
    script,
    reach: lexicon.negationReach ?? (script === 'spaced' ? 3 : script === 'agglutinative' ? 2 : 5),
    categories: DEFECT_CATEGORIES.map((category) => ({
      category,
      re: dual(longestFirst(lexicon.defects[category]), script, false),
      unless: lexicon.unless?.[category]?.length
        ? bounded(alternation(lexicon.unless[category]!), script, 'gu', 'always')
        : NEVER,
    })),
    weak: (lexicon.weak ?? []).map((w) => ({
      category: w.category,
      re: dual(longestFirst(w.cues), script, false),
      yieldTo: new Set(w.yieldTo),
      near: w.near ?? 40,
    })),
    negator: wordRegex(lexicon.negators, script),
    conjunction: lexicon.conjunctions?.length
      ? bounded(alternation(lexicon.conjunctions), script, 'gu', 'always')
      : /(?!)/gu,
    postNegator: lexicon.postNegators?.length
      ? new RegExp(`^(?:${alternation(lexicon.postNegators)})`, 'u')
      : undefined,
    hypothetical: dual(lexicon.hypothetical, script, true),
    contrast,
    intensifier: wordRegex(lexicon.intensifiers, script),
    polar: [
      { weight: 1, re: dual(lexicon.positive, script, false) },
      { weight: 2, re: dual(lexicon.strongPositive, script, false) },
      { weight: -1, re: dual(lexicon.negative, script, false) },
      { weight: -2, re: dual(lexicon.strongNegative, script, false) },
    ],
    polite: cueRegex(lexicon.polite, script),
    question: lexicon.question.length ? cueRegex(lexicon.question, script, 'u') : NEVER,
    questionWordsLead: lexicon.questionWordsLead ?? false,
    questionTail: lexicon.questionTail?.length
      ? new RegExp(
          `${script === 'unspaced' ? '' : '(?<![\\p{L}\\p{N}])'}(?:${alternation(lexicon.questionTail)})\\s*$`,
          'u',
        )
      : NEVER,
    why: wordRegex(lexicon.why ?? [], script),
    greetings: cueRegex(lexicon.greetings ?? [], script),
    praise: lexicon.praise?.length ? bounded(alternation(lexicon.praise), script, 'u', 'spaced') : NEVER,
    praiseBefore: lexicon.praiseBefore ?? false,
    requests: lexicon.requests?.length
      ? bounded(alternation(lexicon.requests), script, 'u', 'spaced')
      : NEVER,
    resolution: cueRegex(lexicon.resolution ?? [], script, 'u'),
    notice: cueRegex(lexicon.notice ?? [], script, 'u'),
    hasExact,
    accentSensitive: lexicon.accentSensitive ?? false,
  };
}

interface Clause {
  start: number;
  end: number;
  /** The clause begins right after a contrast word. */
  contrast: boolean;
}

function clausesOf(folded: string, lexicon: CompiledLexicon): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let contrast = false;
  lexicon.contrast.lastIndex = 0;
  for (const m of folded.matchAll(lexicon.contrast)) {
    clauses.push({ start, end: m.index, contrast });
    start = m.index + m[0].length;
    contrast = !/^[\s\p{P}]+$/u.test(m[0]);
  }
  clauses.push({ start, end: folded.length, contrast });
  return clauses;
}

function clauseAt(clauses: Clause[], index: number): number {
  for (let i = clauses.length - 1; i >= 0; i--) if (clauses[i]!.start <= index) return i;
  return 0;
}

/** The few words (or characters, where words are not spaced) right before a cue in its clause. */
function windowBefore(folded: string, from: number, to: number, script: Script, words: number): string {
  const before = folded.slice(from, to);
  if (script === 'unspaced') return before.replace(/\s+/g, '').slice(-words);
  return before.trim().split(/\s+/).slice(-words).join(' ');
}

/** The few words (or characters) right after a cue in its clause. */
function windowAfter(folded: string, from: number, to: number, script: Script, words: number): string {
  const after = folded.slice(from, to);
  if (script === 'unspaced') return after.replace(/\s+/g, '').slice(0, words);
  return after.trim().split(/\s+/).slice(0, words).join(' ');
}

/**
 * A clause that ends in a single "?" (or a question particle: "luntur gak kak", "สีตกไหมคะ") asks about a
 * defect ("will it fade?", "se lavar, desbota?") rather than reporting it, unless it asks why ("why is it
 * torn?"), or the question after the cue is a request ("the zipper broke can i get a refund?", "坏了可以
 * 退吗？"); "??" and "?!" are indignation, not questions.
 */
function asksAbout(folded: string, clause: Clause, lexicon: CompiledLexicon, cueEnd: number): boolean {
  const text = folded.slice(clause.start, clause.end);
  const rest = folded.slice(cueEnd, clause.end);
  if (lexicon.requests.test(rest)) return false;
  const mark = folded.charAt(clause.end);
  let asks = false;
  if (/[?？\u061f]/.test(mark)) asks = !/[?？\u061f!！]/.test(folded.charAt(clause.end + 1));
  else if (!/[!！]/.test(mark)) asks = lexicon.questionTail.test(text);
  return asks && !lexicon.why.test(text);
}

interface Candidate {
  category: DefectCategory;
  start: number;
  end: number;
  clause: number;
  weak?: { yieldTo: ReadonlySet<DefectCategory>; near: number };
}

/** Candidates per category: a cue repeated many times in one message adds nothing after the first few. */
const MAX_PER_CATEGORY = 4;

/**
 * Finds the defect cues and polar words of a message.
 * @example
 * findCues('no llegó roto', compiledLexicon('es')).defects; // []
 */
export function findCues(raw: string, lexicon: CompiledLexicon): Cues {
  const canonical = canonicalText(raw);
  const folded = foldMessage(raw, lexicon.language);
  const accented = accentedMessage(raw, lexicon, folded);
  const aligned = canonical.length === folded.length;
  const clauses = clausesOf(folded, lexicon);
  const { script } = lexicon;
  const reach = lexicon.reach;

  const postNegated = (from: number, clause: Clause): boolean => {
    if (!lexicon.postNegator) return false;
    const span = script === 'unspaced' ? 12 : 24;
    const after = folded.slice(from, Math.min(clause.end, from + span)).trimStart();
    return lexicon.postNegator.test(after);
  };
  // A negator reaches back from a cue to the start of its clause or the last "and" before it.
  const scopeStart = (from: number, index: number): number => {
    let start = from;
    lexicon.conjunction.lastIndex = 0;
    for (const m of folded.slice(from, index).matchAll(lexicon.conjunction))
      start = from + m.index + m[0].length;
    return start;
  };
  const negated = (index: number, length: number, clause: Clause): boolean => {
    const from = scopeStart(clause.start, index);
    if (lexicon.negator.test(windowBefore(folded, from, index, script, reach))) return true;
    return postNegated(index + length, clause);
  };
  // "the stitching is neat", "jahitannya rapi", "縫製も丁寧でした": the cue names an aspect that is praised.
  const praised = (start: number, end: number, clause: Clause): boolean => {
    // "เย็บไม่ดี", "doesn't look good": a cue that carries its own negation is not praised by what follows.
    if (lexicon.praise === NEVER || lexicon.negator.test(folded.slice(start, end))) return false;
    const span = script === 'unspaced' ? 12 : script === 'agglutinative' ? 2 : 4;
    const after = windowAfter(folded, end, clause.end, script, span);
    const m = lexicon.praise.exec(after);
    if (m) {
      const between = after.slice(0, m.index);
      const tail = after.slice(m.index + m[0].length).trimStart();
      if (!lexicon.negator.test(between) && !lexicon.postNegator?.test(tail)) return true;
    }
    // Adjectives come before nouns in spaced languages ("neat stitching"); not so in Chinese or Thai.
    if (script === 'unspaced') return false;
    const before = windowBefore(folded, clause.start, start, script, lexicon.praiseBefore ? 3 : 1);
    const b = lexicon.praise.exec(before);
    return !!b && !lexicon.negator.test(before.slice(0, b.index));
  };

  // A veto phrase in the clause ("haven't received the tracking number", "sorry for the late reply")
  // vetoes a cue unless it lies within the cue: "no tracking after 6 days" is what the cue is about.
  const vetoed = (unless: RegExp, clause: Clause, start: number, end: number): boolean => {
    if (unless === NEVER) return false;
    unless.lastIndex = 0;
    for (const u of folded.slice(clause.start, clause.end).matchAll(unless)) {
      const from = clause.start + u.index;
      if (from < start || from + u[0].length > end) return true;
    }
    return false;
  };

  const candidates: Candidate[] = [];
  let denied = 0;
  const consider = (category: DefectCategory, re: Dual, unless: RegExp, weak?: Candidate['weak']) => {
    let found = 0;
    for (const m of matchDual(re, folded, accented)) {
      const at = clauseAt(clauses, m.index);
      const clause = clauses[at]!;
      const end = m.index + m.length;
      if (negated(m.index, m.length, clause)) {
        denied++;
        continue;
      }
      if (vetoed(unless, clause, m.index, end)) continue;
      if (testDual(lexicon.hypothetical, folded, accented, clause.start, m.index)) continue;
      if (asksAbout(folded, clause, lexicon, end)) continue;
      if (praised(m.index, end, clause)) continue;
      candidates.push({ category, start: m.index, end, clause: at, weak });
      if (++found >= MAX_PER_CATEGORY) break;
    }
  };
  for (const { category, re, unless } of lexicon.categories) consider(category, re, unless);
  for (const { category, re, yieldTo, near } of lexicon.weak) {
    const unless = lexicon.categories.find((c) => c.category === category)!.unless;
    consider(category, re, unless, { yieldTo, near });
  }

  // A cue mostly inside a longer cue of another category is part of it ("soltou tinta" is dye, not
  // "soltou" a part coming off; "seam split" is the seam; "supposed to come with a pouch but there wasn't
  // one" is a missing part, not a late parcel); a weak cue yields to a nearby cue of a stronger reading.
  const covered = (c: Candidate) =>
    candidates.some(
      (d) =>
        d.category !== c.category &&
        d.end - d.start > c.end - c.start &&
        Math.min(c.end, d.end) - Math.max(c.start, d.start) > (c.end - c.start) / 2,
    );
  const kept = candidates.filter((c) => !covered(c));
  const defects: DefectCue[] = [];
  for (const category of DEFECT_CATEGORIES) {
    let first: Candidate | undefined;
    for (const c of kept) {
      if (c.category !== category) continue;
      if (
        c.weak &&
        kept.some(
          (d) =>
            c.weak!.yieldTo.has(d.category) &&
            !d.weak &&
            Math.max(c.start, d.start) - Math.min(c.end, d.end) <= c.weak!.near,
        )
      )
        continue;
      if (!first || c.start < first.start) first = c;
    }
    if (!first) continue;
    const keyword = (
      aligned ? canonical.slice(first.start, first.end) : folded.slice(first.start, first.end)
    ).trim();
    defects.push({ category, keyword, clause: first.clause, start: first.start });
  }

  const isQuestion = (clause: Clause) =>
    /[?？\u061f]/.test(folded.charAt(clause.end)) ||
    lexicon.questionTail.test(folded.slice(clause.start, clause.end));
  // Question words ask where words are spaced only at the start of a clause ("cuándo llega?", "where is my
  // order"), not inside a statement ("pensé que vendría…"); particles count wherever they are.
  const asks = (c: Clause) => {
    const text = folded.slice(c.start, c.end);
    return lexicon.question.test(
      lexicon.questionWordsLead ? text.trim().split(/\s+/).slice(0, 3).join(' ') : text,
    );
  };
  const question = /[?？\u061f]/.test(folded) || clauses.some((c) => isQuestion(c) || asks(c));

  // Greetings are neutral: hide them from the polar words ("buenas tardes", "สวัสดี").
  lexicon.greetings.lastIndex = 0;
  const polarText = folded.replace(lexicon.greetings, (g) => ' '.repeat(g.length));
  // Polar words overlapping a longer one are part of it ("not happy", "lovely" rather than "love…"): the
  // longest match wins, the first list (the milder word) on a tie.
  const spans: Array<{ weight: number; start: number; end: number }> = [];
  const polarAccented = accented?.replace(lexicon.greetings, (g) => ' '.repeat(g.length));
  for (const { weight, re } of lexicon.polar) {
    for (const m of matchDual(re, polarText, polarAccented)) {
      const start = m.index;
      const end = start + m.length;
      const clash = spans.findIndex((o) => o.start < end && start < o.end);
      if (clash < 0) spans.push({ weight, start, end });
      else if (end - start > spans[clash]!.end - spans[clash]!.start) spans[clash] = { weight, start, end };
    }
  }
  const polar: PolarCue[] = [];
  for (const { weight, start, end } of spans) {
    const at = clauseAt(clauses, start);
    const clause = clauses[at]!;
    let w = weight;
    // A polar word inside a question ("is the quality good?") asks, it does not judge; nor does a worry
    // next to a question ("is it thick? afraid it'll be hot").
    if (isQuestion(clause)) w *= 0.3;
    else if (question && testDual(lexicon.hypothetical, folded, accented, clause.start, end)) w *= 0.3;
    if (negated(start, end - start, clause)) w = -w * 0.6;
    else if (
      lexicon.intensifier.test(
        windowBefore(folded, clause.start, start, script, script === 'unspaced' ? 3 : 2),
      )
    )
      w *= 1.5;
    polar.push({ weight: w, clause: at });
  }

  // "no damage, no smell" is praise: each denied defect counts as a mild positive word (not in a question:
  // "does it fade?" denies nothing).
  if (!question)
    for (let i = 0; i < Math.min(denied, 3); i++) polar.push({ weight: 0.7, clause: clauses.length - 1 });

  let afterContrast = -1;
  for (let i = clauses.length - 1; i >= 0; i--) {
    if (clauses[i]!.contrast) {
      afterContrast = i;
      break;
    }
  }
  const fixed = lexicon.resolution.exec(folded);
  const resolution = fixed ? clauseAt(clauses, fixed.index) : -1;
  lexicon.polite.lastIndex = 0;
  const polite = [...folded.matchAll(lexicon.polite)].length;
  const notice = lexicon.notice.test(folded);
  return {
    defects,
    polar,
    afterContrast,
    resolution,
    resolutionAt: fixed ? fixed.index : -1,
    notice,
    polite,
    question,
    raw,
  };
}
