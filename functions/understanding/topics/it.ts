import type { TopicLexicon } from './types';

// Italian as typed on chat: "qnd", "x" for "per", "dov'è/dove è/dov e", dropped accents ("arriverà" →
// "arrivera"). A past story ("quando è arrivato era rotto") is not an arrival question.
const PAST_STORY = "(?![^?.!]*\\b(?:e|sono|era|ho|l'ho) (?:\\w+ )?(?:arrivat|ricevut|consegnat))";
const NOT_REFUND =
  '(?<!(?:rimbors|soldi|reso|resi|restitu)[^?.!]*)(?![^?.!]*(?:rimbors|soldi|reso|resi|restitu))';
const NOT_HOME = "(?! (?:casa|ufficio|\\d|tempo|mio|mia|un altro|un'altra|indirizzo)\\b)";

export const it: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `(?:quando|qnd|qdo|entro quando)${PAST_STORY}\\b[^?.!]{0,25}\\b(?:arriv|ricev|consegn|me lo port|recapit|lo avro|l'avro)`,
      '(?:(?:data|giorno) (?:di |prevista di |stimata di )?(?:consegna|arrivo)|(?:consegna|arrivo) previst[oa])(?![^?.!]*\\b(?:passat|superat|scadut)\\w*)',
      '(?<!\\bse (?:non )?)(?:arriva|arrivera|arrivano|consegnate|consegnano|me lo consegnate) (?:domani|oggi|questa settimana|entro|prima di|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)',
      '(?:arriva|arrivera|arrivano) quando\\b',
    ],
    location: [
      "(?:dove|dov'e|dov e|dove e)\\b[^?.!]{0,25}\\b(?:adesso|ora|ora come ora|attualmente|al momento|esattamente|in questo momento)\\b",
      'dove (?:si trova|sta)\\b',
      'posizione (?:attuale|esatta|del pacco|della spedizione|del mio pacco)',
    ],
    refund_timing: [
      '(?:quando|entro quando|quanto (?:tempo|ci vuole|ci mette|ci mettete)|quanti giorni)\\b[^?.!]{0,30}\\b(?:rimbors|soldi|riaccredit|accredit|restituite i soldi)',
      'rimbors\\w*\\b[^?.!]{0,15}\\b(?:quando|tempi|tempo|quanto|ancora)\\b',
      '(?:non ho ancora|ancora non|ancora nessun)\\b[^?.!]{0,20}\\b(?:rimbors|soldi)',
    ],
    return_label: [
      'etichetta (?:di |del |per (?:il |la )?)?(?:reso|restituzione|ritorno|rispedizione)',
      "(?:mandat|mand|invi|rimand|reinvi|pers|stampar|trovo|dov'e|dove)\\w*\\b[^?.!]{0,15}\\betichett",
      'etichett\\w*\\b[^?.!]{0,10}\\b(?:persa|di nuovo|ancora|non (?:la )?trovo|non arrivata)',
      'come (?:lo |la |li |le )?(?:rispedisco|rimando|restituisco|spedisco indietro|rimandarlo|rispedirlo|restituirlo|rispedirla|restituirla)\\b',
      'indirizzo (?:per il |del |di |x il )?reso',
      '(?:modulo|codice|qr) (?:di |per il |del )?reso',
    ],
    tracking_number: [
      '(?:numero|codice|link|n\\.?|num) (?:di |del |per il |per |x )?(?:tracking|traking|tracciamento|tracciabilita|spedizione|monitoraggio|tracciare)',
      "(?:mand|invi|dat|pass|dov'e|dove)\\w*\\b[^?.!]{0,12}\\b(?:il |un )?(?:tracking|traking)\\b",
    ],
  },
  faq: {
    shipping_countries: [
      `(?:spedite|consegnate|inviate|mandate|spedisci|spedisce|fate spedizioni|effettuate spedizioni|arrivate)\\b (?:anche )?(?:in|a|all'estero|nel|negli|nella|verso|fuori|all)\\b${NOT_HOME}`,
      "(?:spedizion|consegn)\\w* (?:internazional|all'estero|estere|in europa|fuori (?:italia|dall'italia))",
      '(?:in |verso )?quali paesi',
    ],
    shipping_times: [
      'tempi? (?:di |della |x la )?(?:spedizione|consegna|arrivo|evasione)',
      `(?:quanto|quanti giorni|quanto tempo)${NOT_REFUND} (?:ci (?:mette|mettete|vuole|vogliono)|impiega|impiegate|serve)`,
      `in quanti (?:giorni|tempo)${NOT_REFUND}`,
    ],
    duties_taxes: [
      'dazi\\w*|doganal\\w*|sdoganament\\w*',
      '(?:pagar|pago|pagare|spese|costi|tasse)\\w*\\b[^?.!]{0,12}\\bdogana',
      '(?:iva|tasse) (?:inclus|compres|esclus)\\w*',
      "tasse (?:di |d')?(?:importazione|dogana)",
    ],
    exchange_policy: [
      "cambi\\w* (?:di |la |il |con |per |x )?(?:un'|una |un )?(?:altra |altro )?(?:taglia|colore|numero|misura|modello)",
      '(?:fate|si possono fare|accettate|posso fare) (?:il |un |dei )?cambi',
      "(?:posso|si puo|e possibile) (?:cambiar|sostituir)\\w*\\b(?! (?:l' ?|l |il |la )?(?:indirizz|numero di telefono|nome|email|mail))",
      'sostituzion\\w*',
    ],
    refund_policy: [
      '(?:politica|politiche|condizioni|regole|termini) (?:di |dei |sui |sul |per i |del )?(?:reso|resi|rimborso|rimborsi|recesso|restituzione)',
      'recesso',
      '(?:reso|resi) (?:gratuit|gratis)',
      '(?:posso|si puo|e possibile) (?:fare (?:il |un )?reso|restituir|rendere|renderlo)\\w*',
      'entro quanti giorni\\b[^?.!]{0,20}\\b(?:reso|restitu|rendere)',
      '(?:accettate|fate) (?:i )?resi',
    ],
    payment_methods: [
      'satispay|scalapay|postepay|contrassegno|klarna|paypal|bonifico|carta di credito|carte di credito|bancomat',
      '(?:pagamento|pagare|pago) (?:alla consegna|in contanti|a rate|con |in \\d|tramite)',
      '(?:metodi|modalita|forme|opzioni) di pagamento',
      'in (?:tre|3|\\d) rate|a rate\\b',
    ],
  },
};
