import type { TopicLexicon } from './types';

// Dutch and Flemish as typed on chat: "wnr", "ff", "m'n", "word/wordt" mixed up, "track & trace" / "T&T",
// Dutch payments (iDEAL, Tikkie, Bancontact, achteraf betalen). "iDEAL" is also the English word "ideal",
// so it only counts next to paying words.
const PAST_STORY =
  '(?![^?.!]*\\b(?:is|was|werd|heb|hebben) (?:\\w+ )?(?:bezorgd|geleverd|aangekomen|ontvangen)\\b)';
// "wanneer is de tas weer leverbaar" asks for a restock.
const NOT_RESTOCK = '(?![^?.!]*\\b(?:weer|leverbaar|op voorraad|beschikbaar)\\b)';
const NOT_REFUND =
  '(?<!(?:terugbeta|geld terug|terugstort|refund|retour)[^?.!]*)(?![^?.!]*(?:terugbeta|geld terug|terugstort|refund|retour))';
const NOT_HOME = "(?! (?:mijn|m'n|het adres|een ander|huis|\\d|huisnummer|werk|kantoor|de buren)\\b)";

export const nl: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `(?:wanneer|wnr|wanner|wneer|hoe laat|hoelaat)${PAST_STORY}${NOT_RESTOCK}\\b[^?.!]{0,25}\\b(?:kom|komt|bezorg\\w*|lever\\w*|krijg|ontvang\\w*|binnen|er\\b|aan\\b|arriveer\\w*)`,
      '(?:(?:verwachte|geschatte) (?:bezorg|lever|aankomst)\\w*|bezorgdatum|leverdatum|bezorgmoment|bezorgtijdvak)(?![^?.!]*\\b(?:voorbij|verstreken|verlopen|gemist)\\b)',
      'hoe lang (?:duurt|gaat) (?:het|dit|dat|mijn \\w+)\\b[^?.!]{0,10}\\bnog\\b',
      "(?:komt|wordt|word) (?:het|die|ie|mijn|m'n|de|t)\\b[^?.!]{0,15}\\b(?:morgen|vandaag|deze week|nog|zaterdag|maandag|vrijdag)\\b",
    ],
    location: [
      'waar\\b[^?.!]{0,25}\\b(?:nu|momenteel|op dit moment|precies|nou|ergens)\\b',
      'waar (?:zit|hangt)\\b',
      '(?:huidige|exacte) (?:locatie|positie)',
    ],
    refund_timing: [
      "(?:wanneer|wnr|hoe lang|hoelang|binnen hoeveel dagen)\\b[^?.!]{0,30}\\b(?:geld|terugbeta|terugstort|terug ?gestort|refund|terug op (?:mijn|m'n|de) rekening|vergoed|creditering)",
      '(?:terugbetaling|refund|terugstorting)\\b[^?.!]{0,20}\\b(?:wanneer|hoe lang|nog niet|nog steeds niet)\\b',
      'geld\\b[^?.!]{0,15}\\bterug\\b[^?.!]{0,15}\\b(?:wanneer|nog niet|nog steeds)\\b',
      'nog (?:steeds )?(?:geen|niet)\\b[^?.!]{0,15}\\b(?:terugbetaling|terugbetaald|terug ?gestort|geld terug|refund)',
    ],
    return_label: [
      'retour ?(?:label|sticker|bon|formulier|adres|code|etiket|zegel)',
      '(?:label|verzendlabel|etiket)\\w*\\b[^?.!]{0,15}\\b(?:kwijt|opnieuw|nogmaals|nog een keer|sturen|mailen|waar|printen|niet ontvangen)\\b',
      '(?:stuur|mail|stuurt|print|kwijt|waar is)\\w*\\b[^?.!]{0,12}\\b(?:label|retourlabel)\\b',
      'hoe (?:stuur|zend|krijg) ik (?:het|dit|ze|deze|die|de \\w+|het \\w+) (?:terug|retour)',
    ],
    tracking_number: [
      "(?:track ?(?:&|en|and|n|'n) ?trace|t ?& ?t\\b)(?![^?.!]*\\b(?:bijgewerkt|geupdate|veranderd|beweegt)\\b)",
      'trackingnummer|tracking ?(?:code|nummer|link)|(?:verzend|zending|pakket|volg)(?:code|nummer|link)',
      "barcode (?:van|voor) (?:het|mijn|m'n) pakket",
    ],
  },
  faq: {
    shipping_countries: [
      `(?:verzend|verzenden|lever|leveren|stuur|sturen|bezorg|bezorgen|versturen|verstuur)\\w*(?: jullie| u| je| ze| jij)?(?: ook)? (?:naar|in|buiten|op|internationaal)\\b${NOT_HOME}`,
      '(?:internationale|buitenlandse) (?:verzending|levering|bezorging)|naar het buitenland|(?:naar |in )?welke landen',
    ],
    shipping_times: [
      'levertijd|verzendtijd|bezorgtijd|leveringstermijn|levertermijn|doorlooptijd',
      `hoe (?:lang|snel|veel dagen)${NOT_REFUND}(?![^?.!]*\\bnog\\b)\\b[^?.!]{0,25}\\b(?:duurt|verzend\\w*|lever\\w*|bezorg\\w*|onderweg|doen jullie)`,
      `hoeveel (?:dagen|werkdagen|tijd)${NOT_REFUND}\\b[^?.!]{0,20}\\b(?:duurt|verzend\\w*|lever\\w*|bezorg\\w*|onderweg)`,
      `binnen hoeveel dagen${NOT_REFUND}`,
    ],
    duties_taxes: [
      'invoerrecht\\w*|invoerheffing\\w*|douanekost\\w*|douane ?(?:kosten|heffing|rechten)|inklaring\\w*',
      '(?:btw|belasting)\\b[^?.!]{0,12}\\b(?:inclusief|inbegrepen|incl|exclusief|excl|betalen)',
      '(?:incl|inclusief|excl|exclusief)\\.? btw',
      '(?:betalen|betaal|kosten)\\b[^?.!]{0,12}\\bdouane',
    ],
    exchange_policy: [
      '(?:om)?ruil\\w*',
      '(?:maat|kleur) (?:om)?wissel\\w*',
      '(?:om)?wissel\\w* (?:voor|naar|tegen) (?:een )?(?:andere|grotere|kleinere) (?:maat|kleur)',
    ],
    refund_policy: [
      'retour ?(?:beleid|voorwaarden|termijn|regeling|recht|policy)|terugbetalingsbeleid|bedenktijd|herroepingsrecht',
      '(?:gratis|kosteloos) (?:retour|retourneren|terugsturen)',
      '(?:kan|mag) (?:ik|je) (?:het |dit |ze )?(?:retourneren|terugsturen)\\b[^?.!]{0,25}\\b(?:als|indien|na|binnen)\\b',
      'hoeveel dagen\\b[^?.!]{0,15}\\b(?:retour|terugsturen|retourneren)',
    ],
    payment_methods: [
      '^ideal ?\\??$|(?:met|via|per) ideal\\b|ideal (?:betal\\w*|mogelijk)|ideal ?\\?|bancontact|tikkie|riverty|afterpay|achteraf betalen|in termijnen',
      '(?:betaal|betalings)(?:methode|mogelijkhe|opties|wijze)\\w*',
      'betalen (?:met|via|per) \\w+',
      'creditcard|paypal|klarna',
    ],
  },
};
