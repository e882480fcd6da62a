// Compiles a language's lexicon to regular expressions (once per language, on first use) and finds its
// cues in a message: defect cues that survive negation and hypotheticals, and polar words with their
// negation, intensity and clause, for the sentiment.
import type { Language } from '../../core/types';
import { canonicalText, foldPattern, foldText } from '../../understanding/normalize';
import { simplifyMore } from './han';
import { LEXICONS } from './index';
import { DEFECT_CATEGORIES, type DefectCategory, type LanguageLexicon, type Script } from './types';

export interface CompiledLexicon {
  language: Language;
  script: Script;
  reach: number;
  categories: ReadonlyArray<{ category: DefectCategory; re: RegExp; unless: RegExp }>;
  negator: RegExp;
  postNegator: RegExp | undefined;
  hypothetical: RegExp;
  contrast: RegExp;
  intensifier: RegExp;
  polar: ReadonlyArray<{ weight: number; re: RegExp }>;
  polite: RegExp;
  question: RegExp;
  why: RegExp;
  greetings: RegExp;
}

export interface DefectCue {
  category: DefectCategory;
  keyword: string;
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
  /** Thanks / greetings found (count). */
  polite: number;
  /** A question mark or question particle. */
  question: boolean;
  /** The raw message (emoji, "!!!" and capitals are read from it). */
  raw: string;
}

const CLAUSE_PUNCT = '[.,;:!?¿¡…\\n。，、！？；：\u061f\u060c]+';
const NEVER = /(?!)/u;
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

/** Chinese needs a few more Traditional → Simplified mappings than the shared fold has. */
let foldMore: (text: string) => string = (text) => text;

function alternation(sources: readonly string[]): string {
  return sources.map((source) => `(?:${foldMore(foldPattern(source))})`).join('|');
}

function isChinese(language: Language): boolean {
  return language === 'zh-Hans' || language === 'zh-Hant';
}

/** Whole-word matching for spaced scripts, substring matching for the others. */
function cueRegex(sources: readonly string[], script: Script, flags = 'gu'): RegExp {
  if (sources.length === 0) return NEVER;
  const alt = alternation(sources);
  if (script === 'spaced') return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
  if (script === 'agglutinative') return new RegExp(`(?:${alt})`, flags);
  return new RegExp(`(?:${alt})`, flags);
}

/** Negators and intensifiers are whole words wherever words are spaced. */
function wordRegex(sources: readonly string[], script: Script): RegExp {
  if (sources.length === 0) return NEVER;
  const alt = alternation(sources);
  if (script === 'unspaced') return new RegExp(`(?:${alt})`, 'u');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'u');
}

function compile(language: Language, lexicon: LanguageLexicon): CompiledLexicon {
  foldMore = isChinese(language) ? simplifyMore : (text) => text;
  const { script } = lexicon;
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
      re: cueRegex(lexicon.defects[category], script),
      unless: wordRegex(lexicon.unless?.[category] ?? [], script),
    })),
    negator: wordRegex(lexicon.negators, script),
    postNegator: lexicon.postNegators?.length
      ? new RegExp(`^(?:${alternation(lexicon.postNegators)})`, 'u')
      : undefined,
    hypothetical: wordRegex(lexicon.hypothetical, script),
    contrast,
    intensifier: wordRegex(lexicon.intensifiers, script),
    polar: [
      { weight: 1, re: cueRegex(lexicon.positive, script) },
      { weight: 2, re: cueRegex(lexicon.strongPositive, script) },
      { weight: -1, re: cueRegex(lexicon.negative, script) },
      { weight: -2, re: cueRegex(lexicon.strongNegative, script) },
    ],
    polite: cueRegex(lexicon.polite, script),
    question: lexicon.question.length ? cueRegex(lexicon.question, script, 'u') : NEVER,
    why: wordRegex(lexicon.why ?? [], script),
    greetings: cueRegex(lexicon.greetings ?? [], script),
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

/**
 * A clause that ends in a single "?" asks about a defect ("will it fade?", "se lavar, desbota?") rather than
 * reporting it, unless it asks why ("why is it torn?"); "??" and "?!" are indignation, not questions.
 */
function asksAbout(folded: string, clause: Clause, lexicon: CompiledLexicon): boolean {
  if (!/[?？\u061f]/.test(folded.charAt(clause.end))) return false;
  if (/[?？\u061f!！]/.test(folded.charAt(clause.end + 1))) return false;
  return !lexicon.why.test(folded.slice(clause.start, clause.end));
}

/**
 * Finds the defect cues and polar words of a message.
 * @example
 * findCues('no llegó roto', compiledLexicon('es')).defects; // []
 */
export function findCues(raw: string, lexicon: CompiledLexicon): Cues {
  const canonical = canonicalText(raw);
  const folded = isChinese(lexicon.language) ? simplifyMore(foldText(raw)) : foldText(raw);
  const aligned = canonical.length === folded.length;
  const clauses = clausesOf(folded, lexicon);
  const { script } = lexicon;
  const reach = lexicon.reach;

  const negated = (index: number, length: number, clause: Clause): boolean => {
    if (lexicon.negator.test(windowBefore(folded, clause.start, index, script, reach))) return true;
    if (lexicon.postNegator) {
      const after = folded.slice(index + length, Math.min(clause.end, index + length + 12)).trimStart();
      if (lexicon.postNegator.test(after)) return true;
    }
    return false;
  };

  const defects: DefectCue[] = [];
  let denied = 0;
  for (const { category, re, unless } of lexicon.categories) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const clause = clauses[clauseAt(clauses, m.index)]!;
      if (negated(m.index, m[0].length, clause)) {
        denied++;
        continue;
      }
      if (unless.test(folded.slice(clause.start, clause.end))) continue;
      if (lexicon.hypothetical.test(folded.slice(clause.start, m.index))) continue;
      if (asksAbout(folded, clause, lexicon)) continue;
      const keyword = (aligned ? canonical.slice(m.index, m.index + m[0].length) : m[0]).trim();
      defects.push({ category, keyword });
      break;
    }
  }

  // Greetings are neutral: hide them from the polar words ("buenas tardes", "สวัสดี").
  lexicon.greetings.lastIndex = 0;
  const polarText = folded.replace(lexicon.greetings, (g) => ' '.repeat(g.length));
  const polar: PolarCue[] = [];
  for (const { weight, re } of lexicon.polar) {
    re.lastIndex = 0;
    for (const m of polarText.matchAll(re)) {
      const at = clauseAt(clauses, m.index);
      const clause = clauses[at]!;
      let w = weight;
      // A polar word inside a question ("is the quality good?") asks, it does not judge.
      if (/[?？\u061f]/.test(folded.charAt(clause.end))) w *= 0.3;
      if (negated(m.index, m[0].length, clause)) w = -w * 0.6;
      else if (
        lexicon.intensifier.test(
          windowBefore(folded, clause.start, m.index, script, script === 'unspaced' ? 3 : 2),
        )
      )
        w *= 1.5;
      polar.push({ weight: w, clause: at });
    }
  }

  const question = /[?？\u061f]/.test(folded) || lexicon.question.test(folded);
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
  lexicon.polite.lastIndex = 0;
  const polite = [...folded.matchAll(lexicon.polite)].length;
  return { defects, polar, afterContrast, polite, question, raw };
}
