// One lexicon compiled for matching, and the readers that work within one lexicon. index.ts decides the
// order lexicons are tried in and how the languages' verdicts combine.
import {
  CUE_EMOJI,
  compileParticles,
  compilePatterns,
  coreOf,
  END,
  exactMessage,
  foldMessage,
  groupCount,
  isExact,
  leadVariants,
  type Mode,
  modes,
  type ParticleRegexes,
  squash,
  trimJunk,
  variants,
  wordKey,
  wordsSource,
} from './compile';
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
    re: RegExp;
    kinds: ('ord' | 'n')[];
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
  const ord = `(${wordsSource(ordWords.map(([w]) => w))})`;
  const num = `(${[DIGITS, wordsSource(numWords.map(([w]) => w))].filter(Boolean).join('|')})`;
  const frames = [...lex.ordinal.frames, '^{ord}$'];
  const kinds = frames.map((f) => (f.includes('{ord}') ? 'ord' : 'n') as 'ord' | 'n');
  const re = compilePatterns(frames, 'fold', { placeholders: { ord, n: num } })!;
  if (groupCount(re.source) !== frames.length)
    throw new Error(`ordinal frames need one placeholder each: ${frames}`);
  const squashed = (entries: (readonly [Word, number])[]) =>
    new Map(entries.map(([w, n]) => [squash(wordKey(w, 'fold')), n] as const));
  const wholeWords = (lex.ordinal.wholeWords ?? []).flatMap(([n, ws]) => ws.map((w) => [w, n] as const));
  return { re, kinds, words: squashed(ordWords), numerals: squashed(numWords), whole: squashed(wholeWords) };
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

export function compileLexicon(lex: CueLexicon): CompiledLexicon {
  const yes = [...lex.yes, ...UNIVERSAL.yes];
  const no = [...lex.no, ...UNIVERSAL.no];
  const particles = [...lex.particles, ...UNIVERSAL.particles];
  const tables = wordTables(lex);
  const local = tables.localOnly;
  const wholeOnly = new Set((lex.wholeOnly ?? []).map((w) => wordKey(w)));
  const leadWords = [...yes, ...no, ...(lex.undecided ?? [])].filter(
    (w) => !isExact(w) && !wholeOnly.has(wordKey(w)),
  );
  const foreignWords = leadWords.filter((w) => !local.has(wordKey(w)));
  const followOf = (same: readonly Word[]) => {
    const words = [...lex.follow, ...same, ...CUE_EMOJI].filter((w) => !isExact(w));
    return new RegExp(`^(?:${wordsSource(words)})${END}`, 'u');
  };
  return {
    particles: modes((mode) => compileParticles(particles, lex.leading ?? [], mode)),
    ...tables,
    lead: new RegExp(`^(?:${wordsSource(leadWords)})${END}`, 'u'),
    leadForeign: new RegExp(`^(?:${wordsSource(foreignWords)})${END}`, 'u'),
    isYes: anchored(wordsSource(yes)),
    // A form that starts with a strong one is strong: "ไม่ใช่ค่ะ" like "ไม่ใช่".
    isStrong: lex.strong.length ? new RegExp(`^(?:${wordsSource(lex.strong)})`, 'u') : never,
    isWeak: anchored(wordsSource([...(lex.weak ?? []), ...UNIVERSAL.weak])),
    isUndecided: anchored(wordsSource(lex.undecided ?? [])),
    follow: { yes: followOf(yes), no: followOf(no) },
    particleLead: new RegExp(`^(?:${wordsSource(particles)})${END}`, 'u'),
    ordinal: compileOrdinal(lex),
    other: compileModes(lex.other),
    // "cancel both", not "both sleeves are torn": a pick of all options closes the message.
    all: compileModes(lex.all, false, true),
    abandon: compileModes(lex.abandon),
    correction: compileModes(lex.correction),
  };
}

const MAX_CHARS = 500;

/** The views of one message a reader needs, cores computed once per particle set. */
export class MessageViews {
  readonly text: Record<Mode, string>;
  readonly asks: boolean;
  private readonly cores = new Map<ParticleRegexes, string>();

  private constructor(raw: string) {
    // Cues and requests are short; what a long message asks beyond its start is the intent model's job.
    const head = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
    this.text = { fold: foldMessage(head), exact: exactMessage(head) };
    this.asks = /[?؟]\s*$/u.test(this.text.fold);
  }

  private static last: { raw: string; views: MessageViews } | undefined;

  /** The views of a message; the engine reads cues and requests of the same message back to back. */
  static of(raw: string): MessageViews {
    if (MessageViews.last?.raw !== raw) MessageViews.last = { raw, views: new MessageViews(raw) };
    return MessageViews.last.views;
  }

  core(particles: Record<Mode, ParticleRegexes>): Record<Mode, string> {
    return { fold: this.coreIn(particles.fold, 'fold'), exact: this.coreIn(particles.exact, 'exact') };
  }

  /**
   * What phrase patterns are tried on: the core, and the trimmed text when particles were peeled off
   * (a pattern may end in one: "tak payah la", "해주세요").
   */
  forms(particles: Record<Mode, ParticleRegexes>): Record<Mode, readonly string[]> {
    const core = this.core(particles);
    return modes((mode) => {
      const text = trimJunk(this.text[mode]);
      return text === core[mode] ? [core[mode]] : [core[mode], text];
    });
  }

  private coreIn(particles: ParticleRegexes, mode: Mode): string {
    let core = this.cores.get(particles);
    if (core === undefined) {
      core = coreOf(this.text[mode], particles);
      this.cores.set(particles, core);
    }
    return core;
  }
}

/** No whole-message answer has this many words ("no, thank you very much" has five). */
const MAX_ANSWER_WORDS = 7;
const WORDS = / /g;

/** Candidates for a whole-message lookup: the core and the trimmed text, elongations undone. */
export function wholeCandidates(views: MessageViews, core: Record<Mode, string>, syllables: boolean) {
  return modes((mode) => {
    if ((core[mode].match(WORDS)?.length ?? 0) >= MAX_ANSWER_WORDS) return [];
    const text = trimJunk(views.text[mode]);
    const out = variants(core[mode], syllables);
    if (text !== core[mode]) out.push(...variants(text, syllables));
    return out;
  });
}

const SEPARATOR = new RegExp(`^(?:(?![${CUE_EMOJI}])[\\s\\p{P}\\p{S}\\u0e46])*`, 'u');

/** yes/no as this lexicon reads the message; `local`: the lexicon of the guessed language. */
export function answerIn(
  c: CompiledLexicon,
  views: MessageViews,
  local: boolean,
): { verdict: Verdict; whole: boolean } {
  const core = views.core(c.particles);
  const candidates = wholeCandidates(views, core, true);
  for (const mode of ['exact', 'fold'] as const) {
    if (candidates[mode].some((k) => c.undecided[mode].has(k))) return { verdict: 'undecided', whole: true };
  }
  for (const mode of ['exact', 'fold'] as const) {
    for (const key of candidates[mode]) {
      const answer = c.whole[mode].get(key);
      // "yes?" / "no?" asks back rather than answers.
      if (answer && (local || !c.localOnly.has(key)))
        return { verdict: views.asks ? 'undecided' : answer, whole: true };
    }
  }
  return { verdict: leadAnswer(c, core.fold, local), whole: false };
}

/** A yes/no that opens a longer message and is still the answer ("yes please cancel it", "no, keep it"). */
function leadAnswer(c: CompiledLexicon, core: string, local: boolean): Verdict {
  for (const text of leadVariants(core)) {
    const m = (local ? c.lead : c.leadForeign).exec(text);
    if (!m) continue;
    const form = m[0];
    if (c.isUndecided.test(form)) return 'undecided';
    const answer: Answer = c.isYes.test(form) ? 'yes' : 'no';
    let after = text.slice(form.length);
    let separator = '';
    for (let i = 0; i < 3; i++) {
      const sep = SEPARATOR.exec(after)?.[0] ?? '';
      separator += sep;
      after = after.slice(sep.length);
      const particle = c.particleLead.exec(after)?.[0];
      if (!particle) break;
      separator += ' ';
      after = after.slice(particle.length);
    }
    if (!after) return answer;
    if (separator && c.isStrong.test(form)) return answer;
    if (/\S/u.test(separator) && !c.isWeak.test(form)) return answer;
    if (c.follow[answer].test(after)) return answer;
    return undefined;
  }
  return undefined;
}

/** The position a message picks in this lexicon, if it names one. */
export function ordinalIn(c: CompiledLexicon, forms: readonly string[]): number | undefined {
  for (const form of forms) {
    const n = ordinalInForm(c, form);
    if (n !== undefined) return n;
  }
  return undefined;
}

function ordinalInForm(c: CompiledLexicon, core: string): number | undefined {
  const whole = c.ordinal.whole.get(squash(core));
  if (whole !== undefined) return whole;
  const m = c.ordinal.re.exec(core);
  if (!m) return undefined;
  for (let i = 1; i < m.length; i++) {
    const captured = m[i];
    if (captured === undefined) continue;
    const key = squash(captured);
    const value =
      c.ordinal.kinds[i - 1] === 'ord'
        ? c.ordinal.words.get(key)
        : /^\d+$/.test(key)
          ? Number(key)
          : c.ordinal.numerals.get(key);
    return value !== undefined && (value === -1 || (value >= 1 && value <= 20)) ? value : undefined;
  }
  return undefined;
}
