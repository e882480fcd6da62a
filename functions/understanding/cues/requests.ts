// Conversation-level requests: opt-out/in, data-protection requests, a language, bot commands.
//
// Each is read two ways. Phrases (CueLexicon.optOut, dataDeletion, languageAsk…) name the request
// outright. Concepts (CueLexicon.concepts) catch the paraphrases: a request is two concepts meeting
// in one message — STOP with MESSAGES, PERSONAL DATA (or a law's name) with ERASE or ACCESS, a
// language's name with SWITCH — unless a veto concept says what else the message is about ("stop my
// order", "my data plan", "Spanish size").
import type { Language, ShopperRequests } from '../../core/types';
import { countHanScripts } from '../han-variants';
import { canonicalText } from '../normalize';
import { NAME_TOKEN, nameToken, type RequestKind, TARGETS } from './all-languages';
import { compilePatterns, modes, trimJunk } from './compile';
import { ConceptReader, distance, type Span } from './concepts';
import { testModes } from './lexicon';
import { MessageViews } from './matcher';
import { any, compiledFor, withEnglish } from './registry';

const COMMAND = /^\/([a-z][a-z0-9_]{0,31})(?:@[a-z0-9_]+)?(?=\s|$)/iu;

/**
 * Data-protection laws by name: GDPR and its translations, LGPD, PDPA, KVKK, PIPL, APPI, PDP…
 * Folded like lexicon entries (個人情報保護法 is matched in either script).
 */
// biome-ignore format: a list of names
const LAWS = [
  'gdpr', 'dsgvo', 'rgpd', 'lgpd', 'pdpa', 'kvkk', 'ccpa', 'cpra', 'pipl', 'appi', 'pdpl', 'uu ?pdp', 'pdp law',
  'data privacy act', 'ley de protecci[oó]n de datos', 'lopdgdd', 'lopd', 'datenschutz-?grundverordnung',
  'datenschutzgesetz', 'avg-?wet', 'wet bescherming persoonsgegevens', 'lei geral de prote[cç][aã]o de dados',
  '個人情報保護法', '个人信息保护法', '個資法', '个资法', '개인정보\\s?보호법', 'พ\\.?ร\\.?บ\\.?\\s?คุ้มครองข้อมูล(?:ส่วนบุคคล)?',
  'pdpd', 'nghị định 13', 'قانون حماية البيانات(?: الشخصية)?', 'kişisel verilerin korunması kanunu',
];
let lawRegex: RegExp | undefined;
const law = () => {
  lawRegex ??= compilePatterns(LAWS, 'fold')!;
  return lawRegex;
};
// Law names that are also words ("avg" time, Portuguese "rodo", "pipa"): in capitals, or lower case in
// the law's own language.
const CAPITAL_LAWS: readonly (readonly [RegExp, RegExp, Language])[] = [
  [/(?<![A-Za-z0-9])AVG(?![A-Za-z])/u, /(?<![a-z0-9])avg(?![a-z])/u, 'nl'],
  [/(?<![A-Za-z0-9])RODO(?![A-Za-z])/u, /(?<![a-z0-9])rodo(?![a-z])/u, 'pl'],
  [/(?<![A-Za-z0-9])PIPA(?![A-Za-z])/u, /(?<![a-z0-9])pipa(?![a-z])/u, 'ko'],
];

/** At most this many words: a bare "and delete everything" follow-up, not a story that mentions deleting. */
const SHORT_WORDS = 8;
/** How close a language's name and a word asking for it must be ("can we go back to Spanish"). */
const NAME_NEAR = 16;
/** How close a veto must stand to a framed name to undo the frame ("english name", "说明书英文版"). */
const VETO_NEAR = 8;

/**
 * The conversation-level requests in a message: opt-out/in, data-protection requests, language, commands.
 * @example
 * readRequests('STOP', 'en');                      // { optOut: true }
 * readRequests("don't message me anymore", 'en');  // { optOut: true }
 * readRequests('stop my order', 'en');             // {} — a cancellation, not an opt-out
 * readRequests('lo que tenéis de mí, borradlo', 'es'); // { dataRequest: 'deletion' }
 * readRequests('en español por favor', 'en');      // { language: 'es' }
 * readRequests('/help@LumenLoomBot', 'en');        // { command: 'help' }
 */
export function readRequests(text: string, language: Language): ShopperRequests {
  const command = COMMAND.exec(canonicalText(text).trim());
  if (command) return { command: command[1]!.toLowerCase() };

  const views = MessageViews.of(text);
  const languages = withEnglish(language);
  const forms = views.forms(compiledFor(language).particles);
  const anyForms = views.forms(any.particles('all'));
  // The guessed language's and English patterns anywhere, every language's as the whole message
  // ("Stopp", "para", "退订" under a wrong guess).
  const phrase = (kind: RequestKind): boolean =>
    languages.some((l) => testModes(any.requests(l)[kind], forms)) || any.whole(kind).test(anyForms);
  const trimmed = modes((mode) => trimJunk(views.text[mode]));
  const concepts = new ConceptReader(trimmed, languages.map(any.concepts));
  const requests: ShopperRequests = {};

  // Stopping wins over starting: a wrong opt-out is undone with "start", a wrong opt-in is spam.
  if ((phrase('optOut') || optsOut(concepts)) && !concepts.has('missing')) requests.optOut = true;
  else if (phrase('optIn') || optsIn(concepts)) requests.optIn = true;

  const data = dataRequest(text, trimmed.fold, language, phrase, concepts);
  if (data) requests.dataRequest = data;

  const asked = askedLanguage(forms.fold, text, language);
  if (asked) requests.language = asked;
  return requests;
}

/** STOP meets MESSAGES ("no more updates pls", "đừng nhắn tin nữa"), and no order or delivery is stopped. */
function optsOut(c: ConceptReader): boolean {
  return c.has('messages') && c.near('stop', 'messages') && !c.has('notOptOut');
}

/** RESUME meets MESSAGES ("you can message me again"), with nothing stopped. */
function optsIn(c: ConceptReader): boolean {
  return (
    c.has('messages') &&
    c.near('resume', 'messages') &&
    !c.has('stop') &&
    !c.has('notOptIn') &&
    !c.has('notOptOut')
  );
}

function dataRequest(
  raw: string,
  fold: string,
  language: Language,
  phrase: (kind: RequestKind) => boolean,
  c: ConceptReader,
): ShopperRequests['dataRequest'] {
  const named =
    law().test(fold) ||
    CAPITAL_LAWS.some(([capital, lower, own]) => capital.test(raw) || (language === own && lower.test(fold)));
  // "my data" that is a data plan, and erasing an order or an address, are not about personal data.
  // (Read in this order so that a message about neither compiles only PERSONAL DATA and ERASE.)
  const personal = c.has('personalData') ? c.without('personalData', 'notData') : [];
  const erase = c.has('erase') ? c.without('erase', 'notData') : [];
  const deletion =
    phrase('dataDeletion') ||
    (named && (phrase('deleteWords') || erase.length > 0)) ||
    c.near(personal, 'erase') ||
    (erase.length > 0 && isShort(fold) && c.near(erase, 'everything') && !c.has('notData'));
  if (deletion) return 'deletion';
  // Seeing "my details" is as often checking a delivery ("are my details right for the delivery?"): asking
  // what is held needs no order, address or correction in sight.
  if (named || phrase('dataAccess') || (c.near(personal, 'access') && !c.has('notData'))) return 'access';
  return undefined;
}

const isShort = (fold: string): boolean => (fold.match(/ /g)?.length ?? 0) < SHORT_WORDS && fold.length <= 60;

/** The language a message asks to be answered in: a frame around a name, or a name next to SWITCH. */
function askedLanguage(forms: readonly string[], raw: string, language: Language): Language | undefined {
  for (const form of forms) {
    const names = any.names('all').find(form);
    if (names.length === 0) continue;
    const targets = any.nameTargets('all');
    const speakers = new Set<Language>(withEnglish(language));
    let tokens = '';
    let last = 0;
    for (const name of names) {
      for (const l of any.nameLanguages('all').get(name.key) ?? []) speakers.add(l);
      tokens += form.slice(last, name.start) + nameToken(targets.get(name.key) ?? 0);
      last = name.end;
    }
    tokens += form.slice(last);
    const c = new ConceptReader({ fold: tokens, exact: tokens }, [...speakers].map(any.concepts));
    const index = framed(tokens, [...speakers], c) ?? switched(tokens, c);
    if (index !== undefined) return resolveChinese(TARGETS[index]!, raw, language);
  }
  return undefined;
}

/**
 * A frame of the guessed language, English, or a language that writes the name so ("en {lang} por
 * favor"), unless a veto stands right by the name ("tiếng anh được không" asks, "tên tiếng anh được
 * không" asks about an English name).
 */
function framed(tokens: string, languages: readonly Language[], c: ConceptReader): number | undefined {
  const short = tokens.split(' ').length <= 5;
  for (const l of languages) {
    const frames = any.frames(l);
    const m = frames.ask.exec(tokens) ?? (short ? frames.short.exec(tokens) : null);
    const index = m?.slice(1).find((g) => g !== undefined);
    if (m === null || m === undefined || index === undefined) continue;
    const start = m.index + m[0].indexOf(nameToken(Number(index)));
    const name: Span = { start, end: start + nameToken(Number(index)).length };
    if (c.spans('notLanguage').some((v) => distance(v, name) <= VETO_NEAR)) continue;
    return Number(index);
  }
  return undefined;
}

/** A name next to a SWITCH word ("can we go back to spanish", "tagalog na ulit"), and nothing vetoing it. */
function switched(tokens: string, c: ConceptReader): number | undefined {
  if (c.has('notLanguage')) return undefined;
  const asks = c.spans('switchTo');
  if (asks.length === 0) return undefined;
  let best: { index: number; gap: number } | undefined;
  for (const m of tokens.matchAll(NAME_TOKEN)) {
    const name: Span = { start: m.index, end: m.index + m[0].length };
    const gap = Math.min(...asks.map((s) => distance(s, name)));
    if (gap <= NAME_NEAR && (!best || gap < best.gap)) best = { index: Number(m[1]), gap };
  }
  return best?.index;
}

function resolveChinese(target: (typeof TARGETS)[number], raw: string, language: Language): Language {
  if (target !== 'zh') return target;
  // "中文" in a Traditional-script message, or from a Traditional-script conversation, is zh-Hant.
  const { traditional, simplified } = countHanScripts(canonicalText(raw));
  if (traditional !== simplified) return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
  return language === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}
