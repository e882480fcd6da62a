// Italian ("certo", "va bene", "sisi", "vabbè", "macché"). "secondo me" is an opinion, not an ordinal.
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const it: CueLexicon = {
  yes: [
    'sì', 'si', 'sisi', 'si si', 'sì sì', 'sii', 'certo', 'certamente', 'certo che sì', 'certo che si', 'va bene', 'vabbene',
    'vabbè', 'vabbe', 'ok va bene', 'esatto', 'esattamente', 'giusto', 'perfetto', "d'accordo", 'daccordo', 'volentieri',
    'assolutamente sì', 'assolutamente si', 'assolutamente', 'ovvio', 'ovviamente', 'sicuro', 'sicuramente', 'sì grazie',
    'si grazie', 'sì per favore', 'sì, procedi', 'procedi', 'confermo', 'confermato', 'senz\'altro', 'nessun problema', 'dai',
    'vai', 'ok grazie', 'benissimo', 'come no', 'proprio così', 'proprio cosi', 'è giusto', 'e giusto', 'sì è così',
  ],
  no: [
    'no', 'nono', 'no no', 'noo', 'no grazie', 'no, grazie', 'assolutamente no', 'per niente', 'non ancora', 'ancora no', 'mai',
    'neanche per sogno', 'macché', 'macche', 'nemmeno', 'neanche', 'manco per idea', 'certo che no', 'no non ancora',
    'non serve', 'non è necessario', 'non e necessario', 'non voglio', 'meglio di no', 'direi di no', 'sbagliato', 'non è così',
    'non e cosi', 'no, lascia', 'no, non è arrivato', 'non è arrivato', 'non ancora arrivato',
  ],
  strong: ['certo', 'certamente', 'certo che sì', 'certo che si', 'va bene', 'esatto', 'perfetto', "d'accordo", 'assolutamente sì', 'sì grazie', 'si grazie', 'no grazie', 'assolutamente no', 'per niente', 'non ancora', 'certo che no', 'meglio di no', 'macché', 'nono', 'sisi'],
  weak: ['dai', 'vai', 'giusto', 'ovvio', 'sicuro', 'mai', 'nemmeno', 'neanche', 'sbagliato', 'vabbè', 'vabbe', 'procedi'],
  follow: ['annulla', 'annullalo', 'annullala', 'annullare', 'tienilo', 'tienila', 'lascia', 'lascialo', 'procedi', 'conferma', 'confermo', 'grazie', 'grazie mille', 'per favore', 'perfavore', 'spedisci', 'non ancora', 'arrivato', 'rimborso', 'il rimborso'],
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
};
