// German (Germany, Austria, Switzerland: "jap", "jo", "passt", "gell", "nö", "jein").
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const de: CueLexicon = {
  yes: [
    'passt scho', 'jo passt', 'joa passt', 'ja moin', 'jupp',
    'ja', 'jaa', 'jap', 'japp', 'jup', 'jep', 'jo', 'joa', 'jou', 'jawohl', 'ja klar', 'na klar', 'klar', 'klaro',
    'logo', 'genau', 'passt', 'passt so', 'passt schon', 'gerne', 'gern', 'ja gerne', 'ja bitte', 'bitte', 'sicher',
    'sicherlich', 'auf jeden fall', 'auf jeden', 'richtig', 'stimmt', 'korrekt', 'einverstanden', 'in ordnung', 'alles klar',
    'geht klar', 'machen wir', 'mach das', 'ja mach', 'natürlich', 'natuerlich', 'selbstverständlich', 'absolut', 'jawoll',
    'ja, danke', 'ja danke', 'bestätigt', 'ich bestätige', 'ja genau', 'ja ja', 'jaja', 'gut', 'sehr gut', 'super', 'perfekt',
    'kein problem', 'ok danke', 'okay danke', 'top', 'ja bitte stornieren', 'ja stimmt', 'doch', 'ja doch', 'doch doch',
  ],
  no: [
    'nein', 'nö', 'noe', 'nee', 'ne', 'nein danke', 'nee danke', 'nö danke', 'noch nicht', 'nee noch nicht', 'nein noch nicht',
    'immer noch nicht', 'auf keinen fall', 'keinesfalls', 'lieber nicht', 'nicht nötig', 'nicht noetig', 'nicht notig', 'gar nicht',
    'überhaupt nicht', 'niemals', 'nie', 'natürlich nicht', 'nein nein', 'bloß nicht', 'bloss nicht', 'falsch', 'stimmt nicht',
    'das stimmt nicht', 'nicht richtig', 'nein, behalten', 'nö, lass mal', 'negativ', 'nicht wirklich', 'noch nichts',
  ],
  strong: ['ja', 'jawohl', 'klar', 'na klar', 'genau', 'gerne', 'auf jeden fall', 'natürlich', 'nein', 'nein danke', 'nee', 'nö', 'noch nicht', 'auf keinen fall', 'lieber nicht', 'einverstanden', 'alles klar', 'richtig', 'stimmt'],
  weak: ['doch', 'jo', 'bitte', 'gut', 'super', 'top', 'sicher', 'logo', 'ne', 'nie', 'falsch', 'passt', 'gern', 'absolut', 'perfekt'],
  follow: [
    'mach', 'mach das', 'mach mal', 'weg damit', 'mach weg', 'los',
    'stornieren', 'storniere', 'stornier', 'storniert', 'stornieren sie', 'behalten', 'behalte', 'abbrechen', 'danke', 'vielen dank', 'bitte', 'bitte schön', 'gerne', 'schicken', 'senden', 'bestätigt', 'noch nicht', 'angekommen', 'erstattung', 'die erstattung', 'lass mal', 'lassen sie'],
  particles: ['bitte', 'danke', 'danke schön', 'dankeschön', 'danke sehr', 'vielen dank', 'bitteschön', 'gell', 'gelle', 'lg', 'mfg', 'grüße', 'gruss'],
  undecided: ['jein', 'vielleicht', 'weiß nicht', 'weiss nicht', 'keine ahnung', 'kommt drauf an', 'mal sehen', 'mal schauen', 'ähm', 'ahm', 'hmm', 'eventuell', 'eher nicht so', 'ja und nein', 'ich glaube schon', 'glaub schon'],
  localOnly: ['ne', 'jo', 'nie', 'gut', 'top', 'logo', 'bitte', 'ja ja'],
  ordinal: {
    words: [
      [1, ['erste', 'erster', 'ersten', 'erstes', 'erstere']],
      [2, ['zweite', 'zweiter', 'zweiten', 'zweites', 'zweitere']],
      [3, ['dritte', 'dritter', 'dritten', 'drittes']],
      [4, ['vierte', 'vierter', 'vierten', 'viertes']],
      [5, ['fünfte', 'fünfter', 'fünften', 'fünftes']],
      [-1, ['letzte', 'letzter', 'letzten', 'letztes', 'letztere']],
    ],
    numerals: [[1, ['eins', 'ein', 'eine']], [2, ['zwei']], [3, ['drei']], [4, ['vier']], [5, ['fünf']]],
    frames: [
      '(?:der|die|das|den|dem|des) {ord}(?! (?:mal|woche|monat|tag|jahr|zeit|paar))', '{ord} (?:bestellung|artikel|option|paket|produkt|eintrag|adresse|lieferung)',
      '(?:nummer|nr\\.?|option|auswahl|#) ?{n}(?! (?:stück|stuck|teile|tage|wochen))',
    ],
  },
  other: ['(?:das|die|der|den) andere(?:n)?(?! (?:mal|tag|woche))(?: (?:bestellung|paket|artikel|option|produkt))?', '^(?:nein,? )?die andere$', '^nicht (?:das|die|den|der)(?: da| hier)?,? (?:das|die|den|der) andere', 'anderes paket', 'andere bestellung'],
  all: [
    'beide(?: bestellungen| pakete| artikel| davon)?(?: stornieren| zurückschicken| behalten)?', 'beides', 'alle beide', 'alle zwei', '^alle',
    'alle (?:bestellungen|pakete|artikel|davon)(?: stornieren)?'
  ],
  abandon: ['vergiss es', 'vergessen sie es', 'vergiss das', '^schon gut', '^(?:ist |mir |ach |ist mir )?egal(?: jetzt)?$', 'macht nichts', '^(?:ach |ok |okay )?lass (?:es|mal|gut)(?: sein| bleiben)?(?:$|,)', 'lassen sie es', 'nicht so wichtig', 'hat sich erledigt', 'erledigt sich', 'ach vergiss es'],
  correction: ['ich meinte', 'ich meine(?! dass)', 'meinte ich', '^(?:sorry|sorri|entschuldigung|pardon|oh),? (?:ich meinte|falsch|vertippt|verschrieben)', 'korrektur', '^nein,? warte', '^warte,? nein', '^falsch', 'vertippt', 'verschrieben', '^eigentlich', '^äh,? nein', '^ah,? nein', 'ich hab mich vertan', 'ich habe mich vertan'],
  optOut: [
    '^(?:stop|stopp|abmelden|abbestellen|aufhören|aufhoren|hör auf|hor auf|hören sie auf|schluss)$',
    'keine (?:nachrichten|benachrichtigungen|werbung|sms|newsletter|mitteilungen|updates|nachricht) mehr', "(?:hör|hört|hören sie|hor|hort) auf(?:,)? (?:mir )?(?:zu schreiben|nachrichten zu (?:senden|schicken)|mich anzuschreiben|mir zu schreiben)",
    'abmelden(?! (?:vom|von) (?:konto|account))', 'abbestellen', 'schreib(?:t|en sie)? mir nicht mehr', 'nicht mehr (?:anschreiben|schreiben|kontaktieren|benachrichtigen)',
    '(?:schickt|schicken sie|sendet|senden sie|schick) mir keine (?:nachrichten|werbung|sms|benachrichtigungen)(?: mehr)?', 'vom newsletter abmelden', '(?:aus dem verteiler|aus der liste) (?:austragen|löschen|nehmen)', 'austragen', 'stopp (?:die )?nachrichten',
  ],
  optIn: ['^(?:start|abonnieren|wieder anmelden)$', '(?:wieder|erneut) (?:anmelden|abonnieren|eintragen)', '(?:nachrichten|benachrichtigungen|updates|newsletter) (?:wieder )?(?:aktivieren|einschalten|anschalten)', 'wieder (?:nachrichten|benachrichtigungen|updates) (?:erhalten|bekommen|senden|schicken)', 'schickt mir wieder', 'abonnieren'],
  dataDeletion: ['(?:lösch|losch|loesch|entfern)(?:en|t|e|en sie)? (?:sie )?(?:alle )?(?:meine|die) (?:daten|personenbezogenen daten|persönlichen daten|kundendaten|informationen)', 'löschung (?:meiner|der|aller) (?:daten|personenbezogenen daten)', 'loschung meiner daten', 'recht auf (?:vergessenwerden|vergessen werden|löschung|loschung)', '(?:mein|das) (?:konto|kundenkonto) löschen', 'daten löschen', 'datenlöschung', 'art\\.? ?17'],
  dataAccess: ['(?:welche|was für) daten (?:haben|speichern) sie (?:über|von) mir', 'auskunft (?:über|uber) (?:meine )?daten', 'dsgvo[ -]?auskunft', 'datenauskunft', 'kopie meiner daten', 'art\\.? ?15', 'auskunftsersuchen'],
  deleteWords: ['lösch\\p{L}*', 'losch\\p{L}*', 'entfern\\p{L}*'],
  languageNames: {
    de: ['deutsch'],
    en: ['englisch', 'englich', 'englsich'],
    es: ['spanisch'],
    'pt-BR': ['portugiesisch'],
    id: ['indonesisch'],
    ms: ['malaiisch'],
    th: ['thailändisch', 'thailandisch'],
    vi: ['vietnamesisch'],
    ja: ['japanisch'],
    zh: ['chinesisch'],
    'zh-Hant': ['traditionelles chinesisch', 'kantonesisch'],
    'zh-Hans': ['vereinfachtes chinesisch'],
    ko: ['koreanisch'],
    ar: ['arabisch'],
    fr: ['französisch', 'franzosisch'],
    tr: ['türkisch', 'turkisch'],
    it: ['italienisch'],
    nl: ['niederländisch', 'niederlandisch', 'holländisch', 'hollandisch'],
    pl: ['polnisch'],
  },
  languageAsk: [
    '(?:sprechen|sprichst|sprecht|schreiben|schreib|schreibt|antworten|antwortet|antworte|reden|redest|weiter)(?: sie| du| ihr)?(?: mit mir| mir)?(?: auf| in)? {lang}', '(?:auf|in) {lang} (?:bitte|weiter|umstellen|wechseln|please)',
    '{lang} (?:bitte|please|sprechen)', '(?:kann|können|koennen|konnen|kannst) (?:ich|wir|man|sie|du|ihr) (?:auch )?(?:auf )?{lang}', '(?:jemand|einen mitarbeiter),? (?:der|die) {lang} spricht',
  ],
  languageShort: ['^(?:auf )?{lang}\\??$'],
  concepts: {
    personalData: [
      '(?:meine|meiner|meinen) (?:pers[öo]nlichen |personenbezogenen )?(?:daten|informationen|infos|angaben)', 'personenbezogene(?:n)? daten',
      'pers[öo]nliche(?:n)? daten', 'kundendaten', '(?:daten|infos|informationen|alles|was)(?: \\S+){0,5} (?:über|ueber|von|zu) mir',
      '(?:über|ueber) mich',
    ],
    access: [
      'welche', 'was', 'einsehen', 'einsicht', 'sehen', 'anschauen', 'auskunft', 'kopie', 'export\\p{L}*', 'herunterladen', 'download',
      'schick\\p{L}*', 'send\\p{L}*', 'zusenden', 'wissen', 'wisst', 'erfahren', 'zugriff', 'anfordern', 'abrufen',
    ],
    erase: ['l[öo]sch\\p{L}*', 'loesch\\p{L}*', 'entfern\\p{L}*', 'vernicht\\p{L}*', 'vergess\\p{L}* mich', 'konto (?:schließen|schliessen|kündigen|auflösen)', 'weg damit'],
    everything: ['alles', 'alle', 'sämtliche', 'alles davon'],
    notData: [
      'stimm\\p{L}*', 'richtig', 'falsch', 'korrekt', 'brauch\\p{L}*', 'benötig\\p{L}*', 'änder\\p{L}*', 'aktualisier\\p{L}*', 'lieferung', 'versand', 'rücksendung', 'erstattung', 'prüf\\p{L}*',
      'datenvolumen', 'mobile daten', 'datenflat',
      '(?:die |der |das |den |meine |mein |meinen |diese |dieses )?(?:bestellung|bestellungen|artikel|produkt|warenkorb|adresse|nachricht|nachrichten|bewertung|kommentar|foto|bild|karte|gutschein|größe|groesse)',
    ],
    stop: [
      'stopp?', 'keine', 'nicht mehr', 'h[öo]r\\p{L}* auf', 'hoer\\p{L}* auf', 'aufh[öo]ren', 'schluss', 'genug', 'ausschalten', 'abschalten',
      'deaktivier\\p{L}*', 'abbestell\\p{L}*', 'abmelden', 'austragen', 'will (?:keine|nicht)', 'lass(?:t)? mich in ruhe', 'ohne',
    ],
    messages: [
      'nachrichten', 'nachricht', 'benachrichtigungen', 'benachrichtigung', 'mitteilungen', 'sms', 'mails?', 'e-?mails?', 'newsletter',
      'werbung', 'updates?', 'push', 'angebote', 'spam', 'whatsapps?', 'erinnerungen', 'zu schreiben', 'anschreiben', 'schreib\\p{L}* mir',
    ],
    resume: [
      'wieder', 'erneut', 'nochmal', 'noch mal', 'einschalten', 'anschalten', 'aktivier\\p{L}*', 'reaktivier\\p{L}*', 'anmelden',
      'abonnier\\p{L}*', 'ihr (?:könnt|koennt|dürft|duerft)', 'sie (?:können|dürfen)',
    ],
    notOptOut: [
      '(?:stopp\\p{L}*|stornier\\p{L}*|anhalt\\p{L}*)(?: \\S+){0,2} (?:bestellung|lieferung|paket|sendung|versand)',
      '(?:bestellung|lieferung|paket|sendung|versand)(?: \\S+){0,2} (?:stoppen|anhalten|stornieren|aufhalten)',
    ],
    missing: ['warum', 'wieso', '(?:kam|kamen|kommt|kommen) (?:keine|nicht|nichts)', 'nicht (?:bekommen|erhalten|angekommen)', 'bekomme (?:keine|nicht)', 'krieg\\p{L}* (?:keine|nicht)'],
    notOptIn: ['schon wieder', 'ha(?:b|be|t|tte) (?:\\S+ ){0,6}(?:bekommen|erhalten|gekriegt)'],
    switchTo: [
      'sprech\\p{L}*', 'sprich\\p{L}*', 'schreib\\p{L}*', 'antwort\\p{L}*', 'red\\p{L}*', 'wechsel\\p{L}*', 'umstellen', 'zurück', 'wieder',
      'lieber', 'nur', 'weiter', 'geht das', 'auf', 'bitte',
    ],
    notLanguage: [
      'gr[öo](?:ß|ss)e', 'version', 'ausgabe', 'anleitung', 'handbuch', 'etikett', 'beschreibung', 'untertitel', 'tastatur', 'namen?',
      'übersetzung', 'buch', 'kurs', 'unterricht', 'lehrer', 'ein bisschen', 'gut', 'fließend', 'komme aus', 'küche', 'steht', 'drauf',
      'beschriftet', 'spreche? (?:kein|nicht)',
    ],
  },
};
