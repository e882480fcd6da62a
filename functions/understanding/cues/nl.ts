// Dutch (Netherlands and Flanders: "ja hoor", "prima", "is goed", "nee joh", "allebei", "laat maar").
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const nl: CueLexicon = {
  yes: [
    'ja', 'jaa', 'ja hoor', 'jawel', 'jazeker', 'ja zeker', 'zeker', 'zeker weten', 'jep', 'jup', 'yes', 'prima', 'is goed',
    'oké', 'goed', 'goed zo', 'klopt', 'dat klopt', 'klopt helemaal', 'graag', 'ja graag', 'natuurlijk', 'tuurlijk', 'uiteraard',
    'top', 'akkoord', 'in orde', 'doe maar', 'ga je gang', 'ja doe maar', 'prima zo', 'helemaal goed', 'absoluut', 'precies',
    'ja, dank je', 'ja dankjewel', 'geen probleem', 'ja graag annuleren', 'ja hoor prima', 'jazeker weten', 'ja ja', 'zeker wel',
  ],
  no: [
    'nee', 'neen', 'nee hoor', 'nee joh', 'nope', 'nee dank je', 'nee dankjewel', 'nee bedankt', 'liever niet', 'nog niet',
    'nee nog niet', 'zeker niet', 'helemaal niet', 'absoluut niet', 'nooit', 'niet', 'niet nodig', 'hoeft niet', 'nee hoeft niet',
    'klopt niet', 'dat klopt niet', 'nee nee', 'nee, laat maar', 'natuurlijk niet', 'echt niet', 'geen sprake van', 'fout',
    'nog steeds niet', 'nog niks', 'nog niets', 'niet echt',
  ],
  strong: ['ja', 'ja hoor', 'jazeker', 'zeker', 'natuurlijk', 'tuurlijk', 'akkoord', 'precies', 'graag', 'nee', 'nee hoor', 'nee dank je', 'nee bedankt', 'liever niet', 'nog niet', 'zeker niet', 'helemaal niet', 'absoluut niet', 'klopt'],
  weak: ['goed', 'prima', 'top', 'niet', 'nooit', 'fout', 'is goed', 'doe maar'],
  follow: ['annuleren', 'annuleer', 'annuleer maar', 'houden', 'hou maar', 'behouden', 'versturen', 'verstuur', 'bevestig', 'dank je', 'dankjewel', 'dank u', 'bedankt', 'alsjeblieft', 'graag', 'nog niet', 'aangekomen', 'binnen', 'terugbetaling', 'laat maar', 'doe maar'],
  particles: ['hoor', 'joh', 'dank je', 'dankjewel', 'dank je wel', 'dank u', 'dank u wel', 'bedankt', 'alsjeblieft', 'alstublieft', 'aub', 'a.u.b', 'graag', 'hè', 'he'],
  undecided: ['misschien', 'weet ik niet', 'weet niet', 'geen idee', 'hangt ervan af', 'ja en nee', 'twijfel', 'uh', 'ehm', 'mwah', 'denk het wel', 'denk het niet', 'zou kunnen'],
  localOnly: ['niet', 'goed', 'top', 'fout', 'he'],
  ordinal: {
    words: [
      [1, ['eerste', '1e', '1ste']],
      [2, ['tweede', '2e', '2de']],
      [3, ['derde', '3e', '3de']],
      [4, ['vierde', '4e', '4de']],
      [5, ['vijfde', '5e', '5de']],
      [-1, ['laatste']],
    ],
    numerals: [[1, ['een', 'één']], [2, ['twee']], [3, ['drie']], [4, ['vier']], [5, ['vijf']]],
    frames: [
      '(?:de|het|die|dat) {ord}(?! (?:keer|week|maand|dag|jaar|tijd|paar))', '{ord} (?:bestelling|artikel|optie|pakket|product|item|adres|levering)',
      '(?:nummer|nr\\.?|optie|keuze|#) ?{n}(?! (?:stuks|dagen|weken))',
    ],
  },
  other: ['(?:de|het|die) andere(?! (?:dag|keer|week))(?: bestelling| pakket| artikel| optie)?', '^andere$', '^niet (?:die|deze|dat|dit)(?: daar)?,? (?:de|het) andere', 'die andere', 'het andere pakket', 'de andere bestelling'],
  all: [
    '(?:allebei|beide|beiden|allemaal|alle twee|alle 2|alle bestellingen|ze allebei)(?: annuleren| houden| terugsturen)?', '^alles?'
  ],
  abandon: ['laat maar(?: zitten)?', 'laat (?:het|maar) zo', 'maakt niet uit', 'maakt niets uit', 'vergeet (?:het|dat) maar', '^vergeet het', 'doet er niet toe', 'niet belangrijk', 'hoeft niet meer', 'laat ook maar', 'zoek ik zelf wel uit'],
  correction: ['ik bedoel', 'ik bedoelde', 'bedoelde ik', '^(?:sorry|sorrie|oeps|pardon),? (?:ik bedoel|verkeerd|fout|typfout)', '^nee,? wacht', '^wacht,? nee', 'foutje', '^verkeerd', 'typfout', 'tikfout', '^eigenlijk', '^correctie', 'ik vergiste me', 'ik vergis me'],
  optOut: [
    '^(?:stop|stoppen|afmelden|uitschrijven|stop ermee)$', 'afmelden(?! (?:van|voor) (?:het|mijn) account)', 'uitschrijven', 'geen (?:berichten|meldingen|sms|smsjes|reclame|nieuwsbrief|appjes|updates) meer',
    'stop met (?:berichten|sturen|appen|mailen|spammen|me te appen|mij te appen)', '(?:stuur|app|mail) (?:me|mij) (?:geen berichten|niks|niets)? ?meer', 'niet meer (?:appen|sturen|berichten|mailen)',
    'stop (?:de |alle )?berichten', 'haal (?:me|mij) van de lijst', 'ik wil geen berichten meer',
  ],
  optIn: ['^(?:start|inschrijven|aanmelden voor berichten)$', '(?:weer|opnieuw) (?:aanmelden|inschrijven|abonneren)', '(?:berichten|meldingen|updates) (?:weer )?aan(?:zetten)?', 'stuur (?:me |mij )?(?:weer|opnieuw) berichten', 'ik wil (?:weer|opnieuw) berichten (?:ontvangen|krijgen)'],
  dataDeletion: ['verwijder(?:en|t)? (?:al )?(?:mijn|de) (?:gegevens|persoonsgegevens|data|persoonlijke gegevens|account)', '(?:mijn )?gegevens (?:laten )?verwijderen', 'recht op (?:vergetelheid|verwijdering|gegevenswissing)', 'wis (?:al )?mijn gegevens', 'verwijdering van (?:mijn )?gegevens'],
  dataAccess: ['welke (?:gegevens|data) (?:hebben jullie|heeft u|bewaren jullie) (?:van|over) (?:mij|me)', 'inzage in (?:mijn )?(?:gegevens|persoonsgegevens)', 'kopie van mijn gegevens', 'inzageverzoek'],
  deleteWords: ['verwijder\\p{L}*', 'wis', 'wissen', 'verwijdering'],
  languageNames: {
    nl: ['nederlands', 'hollands', 'vlaams'],
    en: ['engels'],
    es: ['spaans'],
    'pt-BR': ['portugees', 'braziliaans'],
    id: ['indonesisch'],
    ms: ['maleis'],
    th: ['thais'],
    vi: ['vietnamees'],
    ja: ['japans'],
    zh: ['chinees'],
    'zh-Hant': ['traditioneel chinees', 'kantonees'],
    'zh-Hans': ['vereenvoudigd chinees'],
    ko: ['koreaans'],
    ar: ['arabisch'],
    fr: ['frans'],
    de: ['duits'],
    tr: ['turks'],
    fil: ['filipijns'],
    it: ['italiaans'],
    pl: ['pools'],
  },
  languageAsk: [
    '(?:spreken|spreek|spreekt|praten|praat|schrijven|schrijf|antwoorden|antwoord|verder)(?: je| jij| u| jullie)?(?: met mij| met me)?(?: in het| in| het)? {lang}',
    '(?:kan|kunnen|mag) (?:het|dat|je|u|jullie|ik|we) (?:ook )?(?:in het )?{lang}', '{lang} (?:graag|alsjeblieft|alstublieft|aub|please|pls)', 'in het {lang} (?:graag|alsjeblieft|aub|please)',
  ],
  languageShort: ['^(?:in het |in )?{lang}\\??$'],
  concepts: {
    personalData: [
      'mijn (?:persoons)?gegevens', 'persoonsgegevens', 'persoonlijke (?:gegevens|informatie|data)', 'mijn (?:data|info|informatie)',
      '(?:gegevens|informatie|data|alles|wat)(?: \\S+){0,5} (?:over|van) (?:mij|me)',
    ],
    access: ['welke', 'wat', 'inzien', 'inzage', 'bekijken', 'zien', 'kopie', 'export\\p{L}*', 'download\\p{L}*', 'stuur', 'sturen', 'opvra\\p{L}*', 'weten', 'toegang'],
    erase: ['verwijder\\p{L}*', 'wis', 'wissen', 'gewist', 'vernietig\\p{L}*', 'vergeet (?:mij|me)', 'account (?:opzeggen|sluiten)', 'weghalen'],
    everything: ['alles', 'alle', 'allemaal'],
    notData: [
      'klopp\\p{L}*', 'klopt', 'juist', 'goed', 'fout', 'nodig', 'wijzig\\p{L}*', 'aanpass\\p{L}*', 'bijwerk\\p{L}*', 'levering', 'verzending', 'retour', 'terugbetaling',
      'databundel', 'mobiele data', 'bundel',
      '(?:de |het |mijn |die |dat |deze )?(?:bestelling|bestellingen|artikel|product|winkelmandje|winkelwagen|mandje|adres|bericht|berichten|review|recensie|foto|kaart|kortingscode|maat)',
    ],
    stop: [
      'stop', 'stoppen', 'geen', 'niet meer', 'ho(?:u|ud) (?:eens )?op', 'ophouden', 'uitzetten', 'zet (?:\\S+ )?uit', 'uitschakelen', 'afmelden',
      'uitschrijven', 'genoeg', 'laat me met rust', 'wil (?:geen|niet)', 'zonder',
    ],
    messages: [
      'berichten', 'bericht', 'berichtjes', 'meldingen', 'melding', 'notificaties?', 'sms(?:jes)?', 'appjes', 'appen', 'mails', 'e-?mails',
      'mailtjes', 'nieuwsbrie(?:f|ven)', 'reclame', 'updates?', 'aanbiedingen', 'spam', 'whatsappjes',
    ],
    resume: ['weer', 'opnieuw', 'nog een keer', 'aanzetten', 'zet (?:\\S+ )?(?:weer )?aan', 'inschakelen', 'activeren', 'aanmelden', 'inschrijven', 'abonneren', '(?:jullie|je|u) (?:mogen|mag|kunnen|kan)'],
    notOptOut: [
      '(?:stop|stoppen|annuleer\\p{L}*|tegenhouden|ho(?:u|ud) tegen)(?: \\S+){0,2} (?:bestelling|levering|pakket|zending)',
      '(?:bestelling|levering|pakket|zending)(?: \\S+){0,2} (?:stoppen|tegenhouden|annuleren)',
    ],
    missing: ['geen (?:\\S+ )?(?:ontvangen|gekregen|gehad)', 'niet ontvangen', 'nooit', 'waarom', 'hoezo', 'krijg (?:ik )?geen', 'komen (?:er )?geen'],
    notOptIn: ['kreeg', 'gekregen', 'alweer'],
    switchTo: ['spre\\p{L}*', 'praat\\p{L}*', 'schrijf\\p{L}*', 'schrijven', 'antwoord\\p{L}*', 'verder', 'terug', 'weer', 'liever', 'alleen', 'kan het', 'kan dat', 'graag', 'overschakelen', 'over op', 'wissel\\p{L}*'],
    notLanguage: [
      'maat', 'maten', 'versie', 'editie', 'handleiding', 'instructies', 'etiket', 'label', 'beschrijving', 'ondertiteling', 'toetsenbord',
      'naam', 'vertaling', 'boek', 'cursus', 'les', 'leraar', 'beetje', 'goed', 'vloeiend', 'kom uit', 'keuken', 'is de', 'staat', 'spreek (?:geen|niet)',
    ],
  },
};
