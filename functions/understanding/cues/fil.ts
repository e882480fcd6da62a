// Filipino / Taglish: "oo", "opo", "sige po", "cge", "hindi po", "wag na", "yung pangalawa".
// "na" is not a particle here: "tama na" is "stop it", "tama" alone is "right".
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const fil: CueLexicon = {
  yes: [
    'oo', 'ooo', 'oo po', 'opo', 'opo opo', 'oho', 'uu', 'uo', 'yes po', 'yup po', 'sige', 'cge', 'sge', 'sige po', 'cge po',
    'sige na', 'game', 'g', 'tama', 'tama po', 'tama yan', 'tama yun', 'oo naman', 'syempre', 'siyempre', 'sympre', 'oo nga',
    'totoo', 'pwede', 'puwede', 'pede', 'pwede po', 'pwede na', 'okay po', 'ok po', 'ok lang', 'okay lang po', 'gusto ko',
    'gusto ko po', 'sure po', 'confirm po', 'go', 'go po', 'tuloy', 'ituloy', 'ituloy mo', 'oo sige', 'oo tuloy', 'yes na yes',
    'korek', 'tumpak', 'sige lang', 'walang problema',
  ],
  no: [
    'wag na', 'huwag na', 'wag na po', 'huwag na po', 'ayaw ko po',
    'hindi', 'hindi po', 'di', 'hinde', 'hnd', 'hndi', 'indi', 'hindi na', 'hindi na po', 'ayoko', 'ayaw', 'ayoko po', 'ayaw ko',
    'wag', 'huwag', 'wag po', 'huwag po', 'hindi pa', 'hindi pa po', 'wala pa', 'wala pa po', 'di pa', 'wala', 'wala po',
    'hindi naman', 'hindi po salamat', 'hindi salamat', 'no po', 'nope po', 'mali', 'mali po', 'hindi tama', 'hindi yun',
    'hinde po', 'ndi', 'nde', 'di po', 'hindi ko gusto', 'di na',
  ],
  strong: ['oo', 'opo', 'oho', 'sige', 'cge', 'sige po', 'syempre', 'siyempre', 'oo naman', 'tama', 'ayoko', 'hindi pa', 'wala pa', 'hindi po salamat', 'huwag po', 'wag po'],
  weak: ['g', 'go', 'game', 'pwede', 'puwede', 'pede', 'tuloy', 'totoo', 'wala', 'ayaw', 'wag', 'huwag', 'di', 'mali', 'hindi'],
  follow: ['i-cancel', 'icancel', 'cancel', 'cancel na', 'cancel mo', 'ituloy', 'tuloy', 'itago', 'salamat', 'salamat po', 'thank you po', 'po', 'naman', 'nga', 'na po', 'pa po', 'dumating', 'natanggap', 'refund', 'pakisend'],
  particles: ['po', 'ho', 'poh', 'pow', 'nga', 'naman', 'sis', 'ate', 'kuya', 'sir', 'maam', "ma'am", 'mam', 'boss', 'bossing', 'mamsh', 'madam', 'salamat', 'salamat po', 'thank you po', 'lods', 'besh', 'te'],
  undecided: ['tama na', 'tama na po', 'ewan', 'ewan ko', 'siguro', 'baka', 'di ko alam', 'hindi ko alam', 'depende', 'pwede rin', 'oo at hindi', 'hmm'],
  localOnly: ['g', 'go', 'game', 'di', 'uu', 'uo', 'wala', 'totoo', 'tuloy', 'ndi', 'nde', 'indi', 'tama'],
  ordinal: {
    words: [
      [1, ['una', 'unang', 'ikauna', 'pang-una', 'pangunahin']],
      [2, ['pangalawa', 'pangalawang', 'ikalawa', 'ikalawang', 'pang-2', 'ika-2', 'pang 2', 'ika 2']],
      [3, ['pangatlo', 'pangatlong', 'ikatlo', 'ikatlong', 'pang-3', 'ika-3']],
      [4, ['pang-apat', 'pangapat', 'ikaapat', 'ika-4']],
      [5, ['panglima', 'ikalima', 'ika-5']],
      [-1, ['huli', 'huling', 'panghuli', 'pinakahuli', 'pinakahuling']],
    ],
    // Not "isa": "yung isa" is the other one.
    numerals: [[2, ['dalawa']], [3, ['tatlo']], [4, ['apat']], [5, ['lima']]],
    frames: [
      '(?:yung|yong|ung|ang|sa|yun|iyong|iyung) {ord}(?! (?:beses|araw|linggo|buwan))', '{ord} (?:order|item|option|na order|na item|po)',
      '(?:number|no\\.?|option|#|numero) ?{n}(?! (?:pcs|piraso|araw))', '^(?:yung |ung )?(?:number )?{n}(?: po)?$',
    ],
  },
  other: ['(?:yung|ung|yong) isa(?! pang| lang| pa po| pong)', '(?:yung|ung|yong) isa pa', '(?:yung|ung|yong) iba', '(?:yung|ung) kabila', 'hindi (?:yan|yun|iyan|iyon),? (?:yung|ung) isa', '^(?:yung|ung) isang order', '(?:yung|ung) isang order'],
  all: [
    '(?:pareho|parehas|parehong order|yung dalawa|ung dalawa|silang dalawa|lahat ng order|both)(?: po)?', '^(?:dalawa|lahat)(?: na)?', '(?:i-?cancel|icancel|cancel) (?:na )?(?:lahat|pareho|yung dalawa)'
  ],
  abandon: ['^(?:wag|huwag) na(?: lang| lng)?(?: po)?$', '(?:wag|huwag) na lang', 'nevermind(?: na lang| po)?', 'never mind po', 'hayaan mo na', 'hayaan na', 'kalimutan mo na', 'kalimutan na', '^di bale(?: na)?', '^hindi bale', 'okay lang,? wag na', 'cancel na lang yung tanong'],
  correction: ['^ay,? mali', 'ay mali', 'mali pala', 'mali po pala', 'ibig kong sabihin', 'ang ibig ko sabihin', 'i mean po', '^sorry,? mali', '^teka,? (?:mali|hindi)', 'hindi pala', 'typo po', 'mali ako', 'mali yung sinabi ko'],
  optOut: [
    '^(?:stop|itigil|tigil|tama na|tigil na|stop na|stop na po|tama na po)$',
    '(?:wag|huwag|wag na|huwag na) (?:na )?(?:po )?(?:mag-?message|mag-?text|magmessage|magtext|mag chat|mag-?send|magsend|mag-?pm|mag-?msg|i-?message|i-?text|padalhan)(?: ng message| ng messages)?(?: sa akin| sakin| ako)?',
    'itigil (?:na )?(?:ang )?(?:pag-?message|pag-?text|pagpapadala|messages?|pag send)', 'stop (?:na )?(?:ang |nyo |niyo )?(?:pag-?message|messages?|pag text|pagtext|pag-?send)',
    'ayoko na (?:ng|makatanggap ng|maka-receive ng) (?:messages?|text|notif|notification|promo)', 'unsubscribe',
  ],
  optIn: ['^(?:start|simula|magsimula)$', 'mag-?subscribe (?:ulit|muli)', 'subscribe ulit', '(?:i-?on|buksan) (?:ulit )?(?:ang )?(?:notif|notifications|messages)', 'padalhan (?:nyo |niyo )?(?:ulit )?(?:ako )?(?:ng )?(?:messages?|updates?)(?: ulit)?', 'gusto ko (?:ulit )?(?:makatanggap|ma-?receive) (?:ng )?(?:messages?|updates?)'],
  dataDeletion: ['(?:burahin|burahin nyo|burahin niyo|i-?delete|idelete|tanggalin) (?:nyo |niyo |po )?(?:ang |yung )?(?:lahat ng )?(?:data|impormasyon|personal na impormasyon|personal info|account)(?: ko| ko po)', '(?:i-?delete|burahin) (?:ang |yung )?data ko'],
  dataAccess: ['(?:anong|ano ang|anu-anong) (?:data|impormasyon) (?:ang )?(?:meron|mayroon|hawak) (?:kayo|kyo) (?:tungkol sa|sa) akin', 'kopya ng (?:data|impormasyon) ko'],
  deleteWords: ['burahin', 'i-?delete', 'idelete', 'tanggalin'],
  languageNames: {
    fil: ['tagalog', 'filipino', 'pilipino', 'wikang filipino'],
    en: ['english', 'ingles', 'inglis'],
  },
  languageAsk: [
    '{lang} (?:na lang|na lng|nalang|lang po|na po|po sana|please po|po please)', 'mag-?\\s?{lang}(?: ka| kayo| po| na lang| nalang)',
    '(?:pwede|puwede|pede|pwd)(?: po)?(?: ba)?(?: mag-?| mag )?(?:salita|usap|reply|sagot)?\\s*(?:ng |sa |in )?{lang}', 'marunong (?:ka(?:yo)? )?(?:mag-?)?\\s?{lang}', '(?:magsalita|magsalita ka|sumagot) (?:ng |sa )?{lang}',
  ],
  languageShort: ['^(?:sa )?{lang}(?: po| please)?\\??$'],
  concepts: {
    personalData: [
      '(?:data|info|impormasyon|personal info|personal na impormasyon|detalye|details)(?: \\S+){0,2} (?:ko|ko po)', 'personal (?:na )?(?:data|info|impormasyon|information)',
      '(?:data|info|impormasyon)(?: \\S+){0,5} (?:tungkol sa|sa) akin', 'aking (?:data|impormasyon)',
    ],
    access: ['ano(?:ng)?', 'anu-?ano', 'makita', 'tingnan', 'check', 'kopya', 'copy', 'pakisend', 'i-?send', 'send', 'ipadala', 'malaman', 'alamin', 'access', 'hingin', 'request', 'meron kayo', 'hawak'],
    erase: ['burahin', 'bura', 'i-?delete', 'idelete', 'paki-?delete', 'delete', 'tanggalin', 'alisin', 'i-?remove', 'remove'],
    everything: ['lahat', 'lahat-lahat'],
    notData: ['tama', 'mali', 'kailangan', 'palitan', 'i-?update', 'update', 'delivery', 'return', 'refund', 'ubos na (?:ang )?data', 'load', 'mobile data', '(?:order|item|cart|address|mensahe|message|review|picture|litrato|card|voucher|size)'],
    stop: ['stop', 'tigil', 'itigil', 'tama na', 'wag', 'huwag', 'ayoko', 'ayaw(?: ko)? na', 'hindi (?:ko )?na kailangan', 'i-?off', 'patayin', 'unsubscribe', 'unsub'],
    messages: [
      'messages?', 'mensahe', 'text', 'i-?text', 'mag-?text', 'pag-?text', 'i-?message', 'mag-?message', 'magmessage', 'pag-?message', 'mag-?send',
      'magsend', 'notifs?', 'notifications?', 'updates?', 'promos?', 'sms', 'pm', 'mag-?pm', 'mag-?chat', 'ads', 'email',
    ],
    resume: ['ulit', 'muli', 'balik', 'i-?on', 'buksan', 'simula', 'subscribe', 'ituloy'],
    notOptOut: ['(?:stop|itigil|i-?stop|wag|huwag|i-?cancel)(?: \\S+){0,3} (?:order|delivery|shipment|parcel|i-?ship|ipadala)'],
    missing: ['wala pa(?:ng)?', 'hindi (?:ko )?(?:natanggap|nakuha|dumating)', 'bakit (?:hindi|wala)', 'walang (?:notif|message|update)'],
    notOptIn: ['may (?:notif|message|update) ulit', 'daw', 'delayed'],
    switchTo: ['mag-', 'mag', 'marunong', 'na lang', 'na lng', 'nalang', 'na ulit', 'ulit', 'salita', 'magsalita', 'sumagot', 'usap', 'reply', 'sagot', 'pwede', 'puwede', 'gamitin', 'balik', 'bumalik'],
    notLanguage: ['name', 'manual', 'size', 'version', 'label', 'pangalan', 'salin', 'translation', 'taga', 'gawa sa', 'hindi (?:marunong|ko alam|ako marunong)'],
  },
};
