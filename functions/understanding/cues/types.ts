// The shape of one language's lexicon of reply cues and conversation-level requests.
//
// Two kinds of entries:
// - Words (`Word`): plain text, no regex syntax. yes/no forms, particles, ordinal words, language names.
// - Patterns (`Pattern`): regex sources (compiled with the `u` flag). No capturing groups except the
//   placeholders; escapes are kept as written (\p{L}), everything else is folded like text, so no
//   full-width punctuation (NFKC would turn "？" into a quantifier: write `\?`).
// - A word or pattern starting with "~" is matched with accents kept: Vietnamese "~đúng" (right) must
//   not fold into "dung", which is also "dừng" (stop).
//
// Both are written the way they look on a keyboard (accents, Traditional characters, hamza); they are
// folded at load exactly like messages (lower case, Latin accents dropped, Traditional Han → Simplified,
// Arabic letter variants unified), so "olvídalo" also matches "olvidalo".
//
// A pattern that starts with "^" is anchored to the start of the message's core (the message with its
// edge punctuation, emoji and politeness particles removed); one that also ends in "$" must be the whole
// core. Other patterns match anywhere, but never inside a Latin/Arabic word: boundaries are added for
// those scripts, and left off for Thai, kana, Han and Hangul, which do not separate words with spaces.
import type { Language } from '../../core/types';

export type Word = string;
export type Pattern = string;

/** Language names also name "Chinese" without saying which script: the message's script decides. */
export type LanguageNameKey = Language | 'zh';

/**
 * The concepts requests are made of. A request is read where two of them meet in a message, close
 * together, in either order, whatever particles stand between: "don't message me anymore" is STOP with
 * MESSAGES, "lo que tenéis de mí, borradlo" PERSONAL DATA with ERASE. Paraphrases then need no phrase of
 * their own. Patterns as above, matched anywhere; the guessed language's and English's are read together
 * (Taglish, Manglish and chat English mix them).
 */
export interface CueConcepts {
  /** Personal data as something held about the shopper: "my data", "the info you have on me", "個人情報". */
  personalData: readonly Pattern[];
  /** Seeing, knowing, getting a copy: "what/which", "see", "copy", "export", "Auskunft", "開示". */
  access: readonly Pattern[];
  /** Erasing: "delete", "wipe", "forget me", "borrar", "削除". */
  erase: readonly Pattern[];
  /** "everything", "all of it": what a bare follow-up ("and delete everything") erases. */
  everything: readonly Pattern[];
  /** What "my data" or an erasure is not about here: orders, items, addresses, mobile data, messages. */
  notData: readonly Pattern[];
  /** Stopping, no more, don't: "stop", "no more", "don't", "ya no", "もう", "别再". */
  stop: readonly Pattern[];
  /** Proactive messages: "messages", "updates", "notifications", "promos", "message me", "通知". */
  messages: readonly Pattern[];
  /** Back on: "again", "back on", "resume", "you can … again", "また", "继续", "다시". */
  resume: readonly Pattern[];
  /** Stopping these is no opt-out: an order, a delivery, a shipment. */
  notOptOut: readonly Pattern[];
  /**
   * Complaints about messages that stopped or never came ("why did you stop sending updates?", "not
   * getting notifications"): never an opt-out, whatever phrase they contain.
   */
  missing: readonly Pattern[];
  /** Not asking for messages again: "I got the notification again", "resend the link". */
  notOptIn?: readonly Pattern[];
  /** Words that, next to a language's name, ask for it: "speak", "answer", "switch to", "back to", "again". */
  switchTo: readonly Pattern[];
  /** Words that make a language's name no request: "size", "version", "manual", "I don't speak … well". */
  notLanguage: readonly Pattern[];
}

export interface CueLexicon {
  /** Whole-message yes answers, colloquial forms included ("dale", "ok lah", "ừ"). */
  yes: readonly Word[];
  /** Whole-message no answers, "not yet" and "of course not" included. */
  no: readonly Word[];
  /**
   * yes/no forms that still answer when more words follow after just a space ("yes please cancel it",
   * "nein danke, behalten"). The others need a comma or stop after them, or a `follow` word: "no idea
   * where my order is" and "não recebi" are not answers.
   */
  strong: readonly Word[];
  /**
   * yes/no forms that answer only as the whole message or before a `follow` word: "ok, cancel it" is a
   * yes, "ok where is my order" is not.
   */
  weak?: readonly Word[];
  /** Words that continue an answer rather than start a new question ("thanks", "cancel it", "keep it"). */
  follow: readonly Word[];
  /** yes/no forms that answer only as the whole message, never opening a longer one ("まだ" is "not yet"
   * alone, "still" in "まだキャンセルできますか"). */
  wholeOnly?: readonly Word[];
  /** Politeness particles and terms of address dropped from the end of a message: ค่ะ, ạ, po, kak, lah. */
  particles: readonly Word[];
  /** Discourse words dropped from the start ("dạ không" → "không"). */
  leading?: readonly Word[];
  /** No verdict at all, and no looking in other languages ("yes and no", "jein", Polish "no"). */
  undecided?: readonly Word[];
  /** yes/no forms trusted only when this language is the guess (too short, or a common word elsewhere). */
  localOnly?: readonly Word[];
  ordinal: {
    /** Ordinal words → 1-based position, -1 for the last ("second" → 2, "último" → -1). */
    words: readonly (readonly [number, readonly Word[]])[];
    /** Cardinal numerals the frames accept where `{n}` stands (digits always are). */
    numerals?: readonly (readonly [number, readonly Word[]])[];
    /** Patterns with exactly one `{ord}` or `{n}`: "the {ord} one", "option {n}", "{n}つ目". */
    frames: readonly Pattern[];
    /** Positions said only as the whole message ("最后": alone it picks the last, "最后还是…" is "in the end"). */
    wholeWords?: readonly (readonly [number, readonly Word[]])[];
  };
  other: readonly Pattern[];
  /** Matched at the end of the message only ("cancel both", not "both sleeves are torn"). */
  all: readonly Pattern[];
  abandon: readonly Pattern[];
  correction: readonly Pattern[];
  /** Stop proactive messages. Order cancellations ("stop my order") must not match. */
  optOut: readonly Pattern[];
  /** Proactive messages back on. */
  optIn: readonly Pattern[];
  /** Asks to erase personal data. */
  dataDeletion: readonly Pattern[];
  /** Asks what data is held, or for a copy. */
  dataAccess: readonly Pattern[];
  /** Erasure verbs: with a data-protection law named they make the request a deletion ("GDPR löschen"). */
  deleteWords: readonly Pattern[];
  /** Languages' names as this language writes them ("inglés", "auf Englisch" → "englisch"). */
  languageNames: Partial<Record<LanguageNameKey, readonly Word[]>>;
  /** Patterns with exactly one `{lang}`: asking to be answered in that language ("speak {lang}"). */
  languageAsk: readonly Pattern[];
  /** Patterns with one `{lang}` that ask only when they are (nearly) the whole message ("in {lang}"). */
  languageShort?: readonly Pattern[];
  /** Concepts whose meeting makes a request (opt-out/in, data protection, language). */
  concepts: CueConcepts;
}
