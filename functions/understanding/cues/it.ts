// Italian ("certo", "va bene", "sisi", "vabbè", "macché"). "secondo me" is an opinion, not an ordinal.
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const it: CueLexicon = {
  yes: [
    'vai pure', 'sì vai', 'si vai', 'ok procedi',
    'sì', 'si', 'sisi', 'si si', 'sì sì', 'sii', 'certo', 'certamente', 'certo che sì', 'certo che si', 'va bene', 'vabbene',
    'vabbè', 'vabbe', 'ok va bene', 'esatto', 'esattamente', 'giusto', 'perfetto', "d'accordo", 'daccordo', 'volentieri',
    'assolutamente sì', 'assolutamente si', 'assolutamente', 'ovvio', 'ovviamente', 'sicuro', 'sicuramente', 'sì grazie',
    'si grazie', 'sì per favore', 'sì, procedi', 'procedi', 'confermo', 'confermato', 'senz\'altro', 'nessun problema', 'dai',
    'vai', 'ok grazie', 'benissimo', 'come no', 'proprio così', 'proprio cosi', 'è giusto', 'e giusto', 'sì è così',
  ],
  no: [
    'ma no', 'ma va', 'ma figurati, no', 'nah',
    'no', 'nono', 'no no', 'noo', 'no grazie', 'no, grazie', 'assolutamente no', 'per niente', 'non ancora', 'ancora no', 'mai',
    'neanche per sogno', 'macché', 'macche', 'nemmeno', 'neanche', 'manco per idea', 'certo che no', 'no non ancora',
    'non serve', 'non è necessario', 'non e necessario', 'non voglio', 'meglio di no', 'direi di no', 'sbagliato', 'non è così',
    'non e cosi', 'no, lascia', 'no, non è arrivato', 'non è arrivato', 'non ancora arrivato',
  ],
  strong: ['certo', 'certamente', 'certo che sì', 'certo che si', 'va bene', 'esatto', 'perfetto', "d'accordo", 'assolutamente sì', 'sì grazie', 'si grazie', 'no grazie', 'assolutamente no', 'per niente', 'non ancora', 'certo che no', 'meglio di no', 'macché', 'nono', 'sisi'],
  weak: ['dai', 'vai', 'giusto', 'ovvio', 'sicuro', 'mai', 'nemmeno', 'neanche', 'sbagliato', 'vabbè', 'vabbe', 'procedi'],
  follow: [
    'pure', 'vai',
    'annulla', 'annullalo', 'annullala', 'annullare', 'tienilo', 'tienila', 'lascia', 'lascialo', 'procedi', 'conferma', 'confermo', 'grazie', 'grazie mille', 'per favore', 'perfavore', 'spedisci', 'non ancora', 'arrivato', 'rimborso', 'il rimborso'],
  particles: ['grazie', 'grazie mille', 'per favore', 'perfavore', 'per piacere', 'pls', 'signore', 'signora', 'allora', 'dai'],
  undecided: ['sì e no', 'si e no', 'forse', 'non so', 'boh', 'mah', 'dipende', 'più o meno', 'piu o meno', 'credo di sì', 'credo di si', 'non sono sicuro', 'non sono sicura', 'ehm', 'insomma'],
  localOnly: ['dai', 'vai', 'mai', 'sicuro', 'giusto', 'e giusto'],
  ordinal: {
    words: [
      [1, ['primo', 'prima', '1°', '1º']],
      [2, ['secondo', 'seconda', '2°', '2º']],
      [3, ['terzo', 'terza', '3°']],
      [4, ['quarto', 'quarta', '4°']],
      [5, ['quinto', 'quinta', '5°']],
      [-1, ['ultimo', 'ultima']],
    ],
    numerals: [[1, ['uno', 'una']], [2, ['due']], [3, ['tre']], [4, ['quattro']], [5, ['cinque']]],
    frames: [
      "(?:il|la|lo|l'|i|le|del|della) ?{ord}(?! (?:volta|settimana|mese|giorno|anno|me|te|lui|noi|voi|loro|momento))",
      '{ord} (?:ordine|articolo|opzione|prodotto|pacco|indirizzo|acquisto)', '(?:numero|opzione|scelta|n\\.?|num|#) ?{n}(?! (?:pezzi|paia|giorni))',
    ],
  },
  other: ["l'altro(?: ordine| articolo| pacco| prodotto)?(?! (?:giorno|ieri))", "l'altra(?: opzione| spedizione)?(?! (?:settimana|volta|sera))", "quell'altro", "quell'altra", 'non quello', 'non quella', "^(?:no,? )?l'altr[oa]$", 'gli altri'],
  all: [
    'entrambi(?: gli ordini)?', 'entrambe', 'tutt[ie] e (?:due|2)', '^tutt[ie]', 'tutti gli ordini', 'tutte le opzioni', "sia l'uno che l'altro", 'tutti quanti'
  ],
  abandon: ['lascia stare', 'lascia perdere', 'lasciate perdere', 'lasci stare', 'lasci perdere', 'non importa', '^fa niente', 'non fa niente', '^niente(?:,? grazie)?$', 'dimentica(?:lo)?$', 'dimenticalo', 'lascia correre', 'non fa nulla', 'pazienza', 'non serve più', 'non serve piu'],
  correction: ['^cioè', '(?:,| ) cioè', 'volevo dire', 'intendevo', 'intendo dire', '^scusa,? (?:ho sbagliato|intendevo|volevo)', 'ho sbagliato a scrivere', '^anzi', '^no,? aspetta', '^aspetta,? no', '^correggo', '^in realtà', '^in realta', 'mi sono sbagliat[oa]', 'errore mio'],
  optOut: [
    '^(?:stop|disiscrivimi|basta messaggi|cancellami)$', 'basta (?:con i |coi )?(?:messaggi|notifiche|sms|promozioni)', 'non (?:mi )?(?:mandate|inviate|scrivete|mandare|inviare|scrivere|mandatemi|inviatemi|scrivetemi|mandarmi|inviarmi|scrivermi) più(?: messaggi| notifiche| niente| nulla)?',
    'non (?:mi )?(?:mandate|inviate|scrivete|mandare|inviare|scrivere|mandatemi|inviatemi|scrivetemi|mandarmi|inviarmi|scrivermi) piu(?: messaggi| notifiche| niente| nulla)?', 'smett(?:ete|etela|ila|i|a) di (?:scrivermi|mandarmi|inviarmi|contattarmi)',
    'disiscriv(?:imi|ermi|ere|etemi)', 'cancellami dalla lista', 'annulla(?:re)? (?:l\'?)?iscrizione', 'niente più messaggi', 'niente piu messaggi', 'non voglio più (?:ricevere )?(?:messaggi|notifiche)', 'non voglio piu (?:ricevere )?(?:messaggi|notifiche)',
  ],
  optIn: ['^(?:start|inizia|riprendi|iscrivimi|reiscrivimi)$', '(?<!dis)(?:iscrivimi|reiscrivimi)(?: di nuovo)?', 'voglio (?:di nuovo |nuovamente )?ricevere (?:i )?(?:messaggi|notifiche|aggiornamenti)', 'riattiva(?:re)? (?:i )?(?:messaggi|notifiche)', 'riprendere (?:i )?messaggi', 're-?iscrivermi', 'iscrivermi di nuovo'],
  dataDeletion: ['(?:cancell|elimin|rimuov|canceller)(?:ate|are|a|i|ete)(?: tutti)? (?:i miei|i|tutti i miei) dati(?: personali)?', '(?:cancell|elimin)(?:ate|are|a) (?:il mio )?account', 'diritto all\'oblio', 'diritto alla cancellazione', 'cancellazione dei (?:miei )?dati'],
  dataAccess: ['(?:quali|che) dati (?:avete|conservate|tenete) su di me', 'copia dei miei dati', 'accesso ai miei dati', 'diritto di accesso'],
  deleteWords: ['cancell\\p{L}*', 'elimin\\p{L}*'],
  languageNames: {
    it: ['italiano'],
    en: ['inglese'],
    es: ['spagnolo'],
    'pt-BR': ['portoghese', 'brasiliano'],
    id: ['indonesiano'],
    ms: ['malese'],
    th: ['tailandese'],
    vi: ['vietnamita'],
    ja: ['giapponese'],
    zh: ['cinese'],
    'zh-Hant': ['cinese tradizionale'],
    'zh-Hans': ['cinese semplificato'],
    ko: ['coreano'],
    ar: ['arabo'],
    fr: ['francese'],
    de: ['tedesco'],
    tr: ['turco'],
    fil: ['filippino'],
    nl: ['olandese', 'neerlandese'],
    pl: ['polacco'],
  },
  languageAsk: [
    '(?:parlare|parli|parla|parlate|parliamo|scrivere|scrivi|scrivetemi|scrivimi|rispondere|rispondi|rispondetemi|rispondimi|continuare|continuiamo)(?: mi)?(?: in)? {lang}',
    'in {lang} (?:per favore|perfavore|per piacere|grazie|pls|please)', '(?:preferisco|posso) (?:parlare |scrivere )?(?:in )?{lang}', 'qualcuno che parl[ai] {lang}',
  ],
  languageShort: ['^(?:in )?{lang}(?: per favore| per piacere| grazie| pls)?\\??$'],
  concepts: {
    personalData: [
      '(?:i )?miei dati(?: personali)?', 'dati personali', 'le mie (?:informazioni|info)(?: personali)?', 'informazioni personali',
      '(?:dati|informazioni|info|tutto|quello che|ci[oò] che)(?: \\S+){0,5} (?:su di me|di me|riguardo a me)', 'su di me', 'che mi riguard\\p{L}*',
    ],
    access: [
      'quali', 'che dati', 'vedere', 'visualizz\\p{L}*', 'consult\\p{L}*', 'acced\\p{L}*', 'accesso', 'copia', 'esport\\p{L}*', 'scaric\\p{L}*',
      'mand\\p{L}*mi', 'invia\\p{L}*mi', 'sapere', 'conoscere', 'richied\\p{L}*', 'ottenere',
    ],
    erase: ['cancell\\p{L}*', 'elimin\\p{L}*', 'rimuov\\p{L}*', 'togli\\p{L}*', 'distrugg\\p{L}*', 'dimentic\\p{L}* (?:di )?me', 'chiud\\p{L}* (?:il )?(?:mio )?account'],
    everything: ['tutto', 'tutti', 'tutto quanto', 'ogni cosa'],
    notData: [
      'giust\\p{L}*', 'corrett\\p{L}*', 'sbagliat\\p{L}*', 'serv\\p{L}*', 'bisogno', 'modific\\p{L}*', 'cambi\\p{L}*', 'aggiorn\\p{L}*', 'consegna', 'reso', 'rimborso', 'controll\\p{L}*',
      'giga', 'traffico dati', 'dati mobili', 'offerta dati',
      "(?:l'|il |lo |la |i |gli |le |mio |mia |miei |mie |quest'|questo |questa )?(?:ordine|ordini|articolo|articoli|prodotto|carrello|indirizzo|messaggio|messaggi|recensione|commento|foto|carta|coupon|codice sconto|taglia|spedizione|iscrizione)",
    ],
    stop: [
      'basta', 'smett\\p{L}*', 'non \\S+ pi[uù]', 'non (?:mandate|inviate|scrivete|mandatemi|inviatemi|scrivetemi|voglio)', 'niente pi[uù]',
      'pi[uù] (?:messaggi|notifiche)', 'disattiv\\p{L}*', 'spegn\\p{L}*', 'disiscriv\\p{L}*', 'stop', 'senza',
    ],
    messages: [
      'messaggi', 'messaggio', 'msg', 'notifiche', 'notifica', 'sms', 'e-?mail', 'mail', 'newsletter', 'pubblicit[àa]', 'promozioni', 'promo',
      'offerte', 'aggiornamenti', 'aggiornamento', 'avvisi', 'spam', 'scriv(?:ermi|etemi|imi)', 'whatsapp',
    ],
    resume: [
      'di nuovo', 'nuovamente', 'riattiv\\p{L}*', 'rimand\\p{L}*', 'rimett\\p{L}*', 'riaccend\\p{L}*', 'riprend\\p{L}*', 'attiv\\p{L}*',
      'accend\\p{L}*', 'potete (?:\\S+ )?(?:scrivermi|mandarmi|inviarmi|contattarmi)', 'reiscriv\\p{L}*', 'iscriv\\p{L}*',
    ],
    notOptOut: ["(?:ferm\\p{L}*|blocc\\p{L}*|annull\\p{L}*|stop)(?: \\S+){0,2} (?:l')?(?:ordine|spedizione|consegna|pacco|pagamento)"],
    missing: ['non mi arriv\\p{L}*', 'non (?:ricevo|ho ricevuto)', 'nessuna? (?:messaggio|notifica)', 'come mai', 'perch[eé]'],
    notOptIn: ['arrivat\\p{L}*', 'ricevut\\p{L}*'],
    switchTo: ['parl\\p{L}*', 'scriv\\p{L}*', 'rispond\\p{L}*', 'continu\\p{L}*', 'torn\\p{L}*', 'passiamo', 'passare', 'cambi\\p{L}*', 'preferisco', 'meglio', 'usa\\p{L}*'],
    notLanguage: [
      '(?:il|lo|la|i|gli|le|un|uno|una|del|dello|della|dei|degli|delle|mio|mia|suo|sua|questo|questa|quel|quella) (?!lingua)\\S+ \\u0001', "l'\\S+ \\u0001",
      'taglia', 'taglie', 'versione', 'edizione', 'manuale', 'istruzioni', 'etichetta', 'descrizione', 'sottotitoli', 'tastiera', 'nome',
      'traduzione', 'libro', 'corso', 'lezion\\p{L}*', 'insegnante', 'un po', 'bene', 'madrelingua', 'sono', 'cucina', '~è in', 'non (?:parlo|capisco)',
    ],
  },
};
