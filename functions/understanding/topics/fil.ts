import type { TopicLexicon } from './types';

// Filipino as typed on chat is mostly Taglish: "kelan po darating", "nasan na yung parcel ko", "pa-send",
// "po/ba/na/yung/nyo", English verbs with Tagalog affixes ("nagdedeliver", "ma-refund", "i-return"). The
// English lexicon covers the English half ("tracking number po").
const WHEN = '(?:kailan|kelan|kilan|kaylan|kalian|kln)';
const NOT_REFUND =
  '(?<!(?:refund|pera|bayad|ibalik|ibabalik|isauli)[^?.!]*)(?![^?.!]*(?:refund|pera|bayad|ibalik|ibabalik|isauli))';
const NOT_HOME = '(?!(?:bahay|address|adres|amin|akin|inyo|work|office|ibang|me|us|my|you|akin|\\d)\\b)';
const AFFIX = '(?:ba |po |din |rin |na |naman )*';

export const fil: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${WHEN}\\b[^?.!]{0,20}\\b(?:dating|darating|dadating|rating|matatanggap|matanggap|makukuha|makuha|ma-?deliver|idedeliver|ide-?deliver|ma-?receive|mareceive|dadalhin|maihahatid)\\b`,
      '(?<!(?:lampas|lumampas|lagpas|lumagpas|na-?move)[^?.!]*)(?:anong|ano ang|anong araw) (?:araw|petsa|date)\\b[^?.!]{0,10}\\b(?:darating|dating|deliver)',
      `(?:darating|dadating|dating|ma-?deliver|idedeliver)\\w* ${AFFIX}(?:bukas|ngayon|ngayong araw|this week|next week|mamaya)`,
      'eta po',
      'ilang (?:araw|days) pa\\b',
    ],
    location: [
      '(?:nasaan|nasan|asan|nsan|nsaan|san) na\\b',
      '(?:nasaan|nasan|asan|saan)\\b[^?.!]{0,15}\\b(?:ngayon|ngyon|exactly|banda|talaga)\\b',
      'nasa saan na',
      '(?:saan|asan) na banda',
    ],
    refund_timing: [
      `(?:${WHEN}|gaano katagal|ilang araw)\\b[^?.!]{0,25}\\b(?:refund|ma-?refund|(?:pera|bayad)\\w* (?:ko )?(?:ibabalik|maibabalik|babalik|ibalik)|(?:ibabalik|maibabalik|babalik|ibalik)\\w* (?:\\w+ )?(?:pera|bayad))`,
      'refund\\w*\\b[^?.!]{0,15}\\b(?:kailan|kelan|wala pa|di pa|hindi pa|ilang araw|gaano)',
      '(?:wala pa|di pa|hindi pa)\\b[^?.!]{0,15}\\b(?:refund|pera ko)',
    ],
    return_label: [
      '(?:return|pabalik|pang ?return|pang-?return|pang-?balik) label',
      '(?:pa ?send|pakisend|send|padala|ipadala|pakipadala|nawala|wala|hanap|print|bigay|bigyan|pahingi)\\w*\\b[^?.!]{0,12}\\blabel',
      'label\\b[^?.!]{0,10}\\b(?:ulit|nawala|wala|san|saan|asan)\\b',
      '(?:paano|pano|saan|san)\\b[^?.!]{0,12}\\b(?:ipapadala|ibabalik|ipadala|isend|i-send|padala)\\b[^?.!]{0,10}\\b(?:pabalik|balik|back)',
      '(?:paano|pano|saan) (?:ko |po )*(?:ibabalik|ibalik|isosoli|isauli|isasauli)',
    ],
    tracking_number: [
      '(?<!(?:update|nag-?uupdate|nag-?update|walang update|gumagalaw)[^?.!]*)(?:pahingi|pa ?send|pakisend|bigay|bigyan|send|ano(?:ng)?|ano po|asan|nasaan|san|yung|yun)\\w*\\b[^?.!]{0,10}\\b(?:tracking|traking|trackin|waybill)\\b(?! (?:update|status|sabi|shows|walang|hindi))',
      '(?:tracking|traking) (?:number|no|num|code|po|nga|pls)\\b',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:nag ?de ?deliver|nagdedeliver|nagdeliver|nagshi ?ship|nagshiship|nagsiship|nagpapadala|nagpadala|nag-?ship)\\w* ${AFFIX}(?:kayo |kau |niyo |nyo )?${AFFIX}(?:sa|to|abroad|overseas|outside|international)\\b ?${NOT_HOME}`,
      // Plain English verbs only with a Tagalog particle: "deliver ba kayo sa Cebu", not "deliver to me".
      `(?:deliver|ship|padala)\\w* (?:ba |po )+(?:kayo |kau )?(?:ba |po )*(?:sa|to|abroad|overseas)\\b ?${NOT_HOME}`,
      '(?:aabot|umaabot) (?:ba|po)',
      `(?:pwede|puwede|pede|pwd)\\b[^?.!]{0,10}\\b(?:ipadala|ipa ?ship|i-?ship|ideliver|i-?deliver|magpadala|padala) (?:sa|to)\\b ${NOT_HOME}`,
      'may (?:shipping|delivery) (?:ba )?(?:po )?(?:sa|to)\\b',
    ],
    shipping_times: [
      `(?:ilang|ilan) (?:araw|days|linggo|weeks|business days)\\b(?! (?:pa|na)\\b)${NOT_REFUND}`,
      `gaano (?:ka)?tagal${NOT_REFUND}`,
    ],
    duties_taxes: [
      'buwis',
      'customs\\b[^?.!]{0,15}\\b(?:bayad|babayaran|fee|tax|singil|charge)',
      '(?:bayad|babayaran|magbabayad|singil|magbayad)\\w*\\b[^?.!]{0,15}\\bcustoms',
      '(?:may|kasama|included|inclusive)\\w*\\b[^?.!]{0,12}\\b(?:tax|vat|duties|buwis)\\b',
    ],
    exchange_policy: [
      '(?<!(?:address|adres)[^?.!]*)(?:papalitan|palitan|pinalitan|magpalit|mapalitan|pagpalit|ipapalit|ipagpalit|palit|papalit)\\w*\\b(?![^?.!]*(?:address|adres|number|numero|pangalan))',
    ],
    refund_policy: [
      '(?:policy|patakaran|rules)\\b[^?.!]{0,12}\\b(?:return|refund|balik|pagbabalik)',
      '(?:pwede|puwede|pede|pwd)\\b[^?.!]{0,12}\\b(?:i-?return|ibalik|isauli|ma-?refund|mag ?refund|irefund|i-?refund)\\b[^?.!]{0,20}\\b(?:kung|if|pag|kapag|ba|po|\\?)',
      '(?:may|merong|meron) (?:ba )?(?:kayong |kayo )?(?:refund|return)',
      '(?:ilang|ilan) (?:araw|days)\\b[^?.!]{0,15}\\b(?:ibalik|i-?return|return|isauli)',
    ],
    payment_methods: [
      'gcash|g-cash|paymaya|maya\\b|grabpay|coins\\.ph|seabank|shopeepay|palawan pay|7-?eleven|cliqq|installment|hulugan|hulog\\b',
      'paano (?:po )?(?:magbayad|mag-?bayad|magbabayad|bayaran|mag pay)',
      '(?:mode|paraan|way) (?:of |ng )?(?:payment|pagbabayad|pagbayad)',
      '(?:bayad|magbayad|pay)\\w* (?:sa|via|thru|through|gamit|using|ng) (?:gcash|maya|card|bank|cod|cash)',
    ],
  },
};
