import type { TopicLexicon } from './types';

// German (Germany, Austria, Switzerland) as typed on chat: "krieg ich", "grad", "nochmal", compounds written
// together or apart ("Rücksendeetikett", "Retouren Label"), umlauts folded (ä→a, ß→ss) or typed as ae/oe/ue.
const PAST_STORY =
  '(?![^?.!]*\\b(?:ist|war|wurde|habe|hab|hatte) (?:\\w+ )?(?:angekommen|geliefert|erhalten|bekommen|zugestellt)\\b)';
// "wann ist die Tasche wieder lieferbar" asks for a restock.
const NOT_RESTOCK = '(?![^?.!]*\\b(?:wieder|lieferbar|verfugbar|verfuegbar|vorratig|auf lager)\\b)';
const NOT_REFUND =
  '(?<!(?:erstatt|geld|ruckzahl|rueckzahl|gutschrift)[^?.!]*)(?![^?.!]*(?:erstatt|geld|ruckzahl|rueckzahl|gutschrift))';
const NOT_HOME =
  '(?! (?:meine|mein|die packstation|packstation|\\d|tagen|wochen|der|dem|bestellung|zahlung|eingang)\\b)';
// Umlauts typed as two letters ("Rueckgabe", "Groesse") next to the folded single letter.
const RUCK = 'ru(?:e)?ck';
const GROSSE = 'gro(?:e)?(?:ss|s)e';

export const de: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `(?:wann|wan)${PAST_STORY}${NOT_RESTOCK}\\b[^?.!]{0,30}\\b(?:kommt|kommen|ankommt|ankommen|geliefert|liefer\\w*|zugestellt|zustell\\w*|da\\b|bekomm\\w*|krieg\\w*|erhalt\\w*|eintreff\\w*|trifft)`,
      '(?:liefertermin|lieferdatum|zustelltermin|zustelldatum|ankunftsdatum|voraussichtlich\\w* (?:lieferung|zustellung|ankunft|liefertermin))(?![^?.!]*\\b(?:vorbei|uberschritten|ueberschritten|verpasst|abgelaufen)\\b)',
      '(?:kommt|kommen) (?:es|das|die|der|mein|meine|sie|er|ihr)\\b[^?.!]{0,15}\\b(?:heute|morgen|diese woche|noch diese|bis|vor)\\b',
      '(?:wie lange|wie viele tage) (?:noch|dauert es noch|bis (?:es|das|mein|meine))',
      'wie lange (?:dauert|braucht) (?:es|das|der|die|mein|meine)\\b[^?.!]{0,15}\\bnoch\\b',
    ],
    location: [
      'wo\\b[^?.!]{0,25}\\b(?:gerade|grad|jetzt|momentan|aktuell|derzeit|genau|im moment|zurzeit)\\b',
      'wo (?:befindet sich|steckt)',
      '(?:aktuelle[rn]?|genaue[rn]?) (?:standort|position|aufenthaltsort)',
      'sendungsstandort|paketstandort|standort (?:des|meines|meiner|der|vom)',
    ],
    refund_timing: [
      `(?:wann|wie lange|wie viele tage|bis wann)\\b[^?.!]{0,30}\\b(?:geld|erstatt|${RUCK}erstatt|${RUCK}zahl|zuru(?:e)?ckgezahlt|gutschrift|gutgeschrieben|kohle|zuru(?:e)?ckuberwiesen|zuru(?:e)?ckbuch)`,
      `(?:erstattung|${RUCK}erstattung|${RUCK}zahlung|gutschrift)\\b[^?.!]{0,20}\\b(?:wann|wie lange|noch nicht|immer noch nicht|dauer)`,
      'geld\\b[^?.!]{0,20}\\bzuru(?:e)?ck\\b[^?.!]{0,15}\\b(?:wann|noch nicht|immer noch)',
      '(?:noch nicht|immer noch nicht|nie) (?:\\w+ )?(?:erstattet|zuru(?:e)?ckerstattet|zuru(?:e)?ckuberwiesen|zuru(?:e)?ckgezahlt|gutgeschrieben)',
    ],
    return_label: [
      `(?:${RUCK}sende|retouren|retoure|retour|${RUCK}versand|${RUCK}sendungs)[- ]?(?:etikett|schein|label|aufkleber|marke|code|adresse)`,
      '(?:etikett|label|retourenschein)\\w*\\b[^?.!]{0,15}\\b(?:verloren|nochmal|noch mal|erneut|schicken|senden|wo|fehlt|drucken|bekommen|weg)\\b',
      `(?:schick|send|brauch|verloren|druck|wo ist)\\w*[^?.!]{0,15}\\b(?:etikett|label|retourenschein|${RUCK}sendeschein)`,
      'wie (?:schicke|sende|bekomme|kriege) ich (?:es|das|sie|die \\w+|den \\w+|das \\w+) (?:zuru(?:e)?ck|retour)',
      `(?:qr|qr-code|code) (?:fur|fuer|zur) (?:die )?(?:${RUCK}sendung|retoure)`,
    ],
    tracking_number: [
      '(?:sendungs|tracking|paket|verfolgungs|track|trackings|versand)[- ]?(?:nummer|nr|link|code|id)\\b',
      'sendungsverfolgung(?![^?.!]*\\b(?:aktualisiert|bewegt|zeigt|steht|sagt|geandert)\\b)',
      '(?:schick|send|geb|gib|hab|brauch|wo ist)\\w*[^?.!]{0,12}\\b(?:tracking|sendungsnummer|trackingnummer)',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:liefert|liefern|versendet|versenden|verschickt|verschicken|schickt|schicken)\\b(?: ihr| sie| du)?(?: auch)? (?:nach|in die|ins|in den|ausserhalb|international|weltweit)\\b${NOT_HOME}`,
      `(?:versand|lieferung) (?:nach|ins|in die|in den|ausserhalb)\\b${NOT_HOME}`,
      'in welche (?:lander|laender|staaten)|welche (?:lander|laender)',
      '(?:internationaler|weltweiter) versand|auslandsversand|ins ausland',
    ],
    shipping_times: [
      'lieferzeit|versandzeit|versanddauer|lieferdauer|laufzeit|zustellzeit|bearbeitungszeit',
      `wie (?:lange|schnell|viele tage|viele werktage)${NOT_REFUND}(?![^?.!]*\\bnoch\\b)\\b[^?.!]{0,25}\\b(?:versand|lieferung|liefer\\w*|zustellung|dauert|braucht|unterwegs)`,
    ],
    duties_taxes: [
      'zoll(?:gebuhr|gebuehr|kosten|abgabe)\\w*|einfuhr(?:umsatzsteuer|abgabe|steuer|zoll)\\w*|zollabfertigung|verzollt|verzollung',
      '(?:zoll|steuern|mwst|mehrwertsteuer|ust)\\b[^?.!]{0,15}\\b(?:zahlen|bezahlen|inklusive|inkl|enthalten|dazu|extra|anfallen|fallig)',
      '(?:zahlen|bezahlen|kosten)\\b[^?.!]{0,15}\\bzoll\\b',
      '(?:inkl|inklusive|zzgl|zuzuglich|plus)\\.? (?:mwst|mehrwertsteuer|ust|steuer|zoll)',
    ],
    exchange_policy: [
      'umtausch\\w*|umzutauschen',
      'tausch(?:en)? (?:gegen|in)\\b',
      `(?:${GROSSE}|farbe)\\w* (?:tauschen|wechseln|umtauschen)`,
      `(?:tauschen|wechseln|umtauschen)\\b[^?.!]{0,10}\\b(?:${GROSSE}|farbe|nummer kleiner|nummer grosser)`,
    ],
    refund_policy: [
      `${RUCK}gabe(?:recht|bedingung|frist|richtlinie|politik|regel)\\w*|widerruf(?:srecht|sfrist|sbelehrung)?|erstattungsrichtlinie|retourenbedingungen|retourenrichtlinie`,
      '(?:kann|darf|konnen|koennen) (?:ich|man) (?:es |das |sie |die \\w+ )?zuru(?:e)?ck(?:geben|schicken|senden)\\b[^?.!]{0,25}\\b(?:wenn|falls|nach|innerhalb|bis)\\b',
      `(?:${RUCK}sendung|retoure|${RUCK}versand)\\w* (?:kostenlos|gratis|umsonst)`,
      `(?:kostenlose|kostenloser|gratis) (?:${RUCK}versand|${RUCK}sendung|retoure)`,
      `wie lange\\b[^?.!]{0,15}\\b(?:zuru(?:e)?ckgeben|zuru(?:e)?ckschicken|zuru(?:e)?cksenden|${RUCK}gabe)`,
    ],
    payment_methods: [
      '(?:auf|per|mit|kauf auf) rechnung|rechnungskauf|sofortuberweisung|sofort uberweisung|vorkasse|nachnahme|ratenzahlung|raten zahlen|in raten|lastschrift|giropay',
      'zahlungsart\\w*|zahlungsmethode\\w*|zahlungsmoglichkeit\\w*|zahlungsmoeglichkeit\\w*|bezahlmoglichkeit\\w*|bezahlmethode\\w*',
      '(?:zahlen|bezahlen) (?:mit|per|uber|ueber|via) (?:karte|kreditkarte|paypal|klarna|apple|google|rechnung|uberweisung|bar)\\b',
      // "Rechnung" alone is also "the invoice": as a payment only when it is the whole question.
      '^(?:auf |per )?rechnung ?\\??$|rechnung (?:moglich|moeglich|geht|ok|auch)',
      'kreditkarte|ec-karte|ec karte|barzahlung|bar bezahlen|klarna|paypal',
    ],
  },
};
