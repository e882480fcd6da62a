// Short answers ("sí", "ok lah", "2つ目", "👍") and conversation-level requests ("STOP", "delete my data",
// "en español por favor", "/start") in the 19 languages.
//
// Order of reading: the guessed language's lexicon first (everything it knows), then English (the
// lingua franca of chat: "ok", "the second one", "stop"), then — for a message that is nothing but the
// cue — every other lexicon, since the guess is weakest exactly for one-word messages ("si", "ja", "tak").
// A form that means yes in one language and no in another ("tak": Polish yes, Malay no; "k": English ok,
// Vietnamese không) decides nothing in that last step.
//
// Nothing is compiled at load: a language's regexes the first time a message needs them (registry.ts),
// every language's whole-message tables filed by first character (whole-table.ts). A cold start reads its
// first message in ~20 ms rather than compiling 19 languages for ~800 ms.
import type { Language, ReplyCues } from '../../core/types';
import { CUE_KINDS, type CueKind } from './all-languages';
import { squash } from './compile';
import { type Answer, type CompiledLexicon, testModes } from './lexicon';
import { answerIn, MessageViews, ordinalIn, wholeCandidates } from './matcher';
import { any, compiledFor, withEnglish } from './registry';

export { cueLexicons } from './registry';
export { readRequests } from './requests';
export type { CueLexicon } from './types';

/** The guessed language's lexicon, then English's. */
const lexiconsFor = (language: Language): CompiledLexicon[] => withEnglish(language).map(compiledFor);

/** A bare option number: "2", "#2", "2.", "(2)", "2️⃣" — one digit, so never an order number or a size. */
const BARE_NUMBER = /^([1-9])$/u;

/**
 * The reply cues of a short answer to the bot's last question.
 * @example
 * readReplyCues('sí, cancélalo', 'es'); // { yesNo: 'yes' }
 * readReplyCues('2つ目', 'ja');         // { ordinal: 2 }
 * readReplyCues('tak', 'pl');          // { yesNo: 'yes' } — and 'no' for 'ms'
 */
export function readReplyCues(text: string, language: Language): ReplyCues {
  const views = MessageViews.of(text);
  const order = lexiconsFor(language);
  const anyForms = views.forms(any.particles('all'));
  const cues: ReplyCues = {};

  const flags = {} as Record<CueKind, boolean>;
  for (const kind of CUE_KINDS) {
    flags[kind] =
      order.some((c) => testModes(c[kind], views.forms(c.particles))) || any.whole(kind).test(anyForms);
  }

  const { answer, whole } = readAnswer(views, order);
  // "no, I meant the blue one" corrects rather than answers; a bare "不对" does both.
  if (answer && !(flags.correction && !whole)) cues.yesNo = answer;

  // Every language's ordinal words only for a message no lexicon read as a whole yes/no.
  const ordinal =
    firstOf(order, (c) => ordinalIn(c, views.forms(c.particles).fold)) ??
    bareNumber(views.core(order[0]!.particles).fold) ??
    (answer && whole ? undefined : any.ordinals('all').get(squash(views.core(any.particles('all')).fold))) ??
    undefined;
  if (ordinal !== undefined) cues.ordinal = ordinal;

  for (const kind of CUE_KINDS) if (flags[kind]) cues[kind] = true;
  return cues;
}

/** yes/no: the lexicons in order; then, if none knows the message, every language's whole forms. */
function readAnswer(views: MessageViews, order: CompiledLexicon[]): { answer?: Answer; whole: boolean } {
  for (const [i, c] of order.entries()) {
    const { verdict, whole } = answerIn(c, views, i === 0);
    if (verdict === 'undecided') return { whole };
    if (verdict) return { answer: verdict, whole };
  }
  if (views.asks) return { whole: false };
  const candidates = wholeCandidates(views, views.core(any.particles('all')), false);
  const answers = any.answers('all');
  for (const mode of ['exact', 'fold'] as const) {
    const found = candidates[mode].map((k) => answers[mode].get(k)).find((a) => a !== undefined);
    if (found !== undefined) return { ...(found ? { answer: found } : {}), whole: true };
  }
  return { whole: false };
}

/** The first defined result, computing no more than needed (a lexicon's frames compile on first use). */
function firstOf<T, R>(items: readonly T[], read: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const result = read(item);
    if (result !== undefined) return result;
  }
  return undefined;
}

function bareNumber(core: string): number | undefined {
  const m = BARE_NUMBER.exec(core);
  return m ? Number(m[1]) : undefined;
}
