// The readers that work within one compiled lexicon (see lexicon.ts). index.ts decides the order lexicons
// are tried in and how the languages' verdicts combine.
import {
  CUE_EMOJI,
  exactMessage,
  foldMessage,
  leadVariants,
  type Mode,
  modes,
  squash,
  trimJunk,
  variants,
} from './compile';
import type { Answer, CompiledLexicon, Verdict } from './lexicon';
import { coreOf, type ParticleRegexes } from './particles';

const HAS_DIGIT = /\d/;

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
  return { verdict: leadAnswer(c, core.fold, local, views.asks), whole: false };
}

/** A yes/no that opens a longer message and is still the answer ("yes please cancel it", "no, keep it"). */
function leadAnswer(c: CompiledLexicon, core: string, local: boolean, asks: boolean): Verdict {
  for (const text of leadVariants(core)) {
    // The longest form first; when what follows it does not continue an answer, a shorter one closed
    // by punctuation may ("não, deixa assim": not "não, deixa" + "assim", but "não" + ", deixa assim").
    let head = text;
    for (let attempt = 0; attempt < 3; attempt++) {
      const m = (local ? c.lead : c.leadForeign).exec(head);
      if (!m) break;
      const form = m[0];
      if (c.isUndecided.test(form)) return 'undecided';
      // "bisa tolong cek pesanan saya?" asks ("can you please check…"); "ok, cancel it" answers.
      if (asks && c.isWeak.test(form)) break;
      const verdict = verdictAfter(c, form, text.slice(form.length), attempt > 0);
      if (verdict) return verdict;
      head = text.slice(0, form.length - 1);
    }
  }
  return undefined;
}

/** Whether what follows a leading yes/no form keeps it the answer. */
function verdictAfter(
  c: CompiledLexicon,
  form: string,
  rest: string,
  punctuated: boolean,
): Answer | undefined {
  const answer: Answer = c.isYes.test(form) ? 'yes' : 'no';
  let after = rest;
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
  if (punctuated && !/\S/u.test(separator)) return undefined;
  if (!after) return answer;
  if (separator && c.isStrong.test(form)) return answer;
  if (/\S/u.test(separator) && !c.isWeak.test(form)) return answer;
  if (c.follow[answer].test(after)) return answer;
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
  if (!HAS_DIGIT.test(core) && !c.ordinal.hints.some((h) => core.includes(h))) return undefined;
  const { re, kinds } = c.ordinal.frames;
  const m = re.exec(core);
  if (!m) return undefined;
  for (let i = 1; i < m.length; i++) {
    const captured = m[i];
    if (captured === undefined) continue;
    const key = squash(captured);
    const value =
      kinds[i - 1] === 'ord'
        ? c.ordinal.words.get(key)
        : /^\d+$/.test(key)
          ? Number(key)
          : c.ordinal.numerals.get(key);
    return value !== undefined && (value === -1 || (value >= 1 && value <= 20)) ? value : undefined;
  }
  return undefined;
}
