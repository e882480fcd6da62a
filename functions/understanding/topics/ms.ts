import type { TopicLexicon } from './types';

// Malaysian Malay as typed on WhatsApp: "bila", "kat mana", "dah", "tak/x", "ke" as a question particle,
// "camne/mcm mana", English mixed in (Manglish: "parcel", "tracking", "refund"), and local payments (FPX,
// Touch 'n Go, Boost, GrabPay, Atome).
const WHEN = '(?:bila|bile|bla|bilakah|bila agak(?:nya)?|bilanya|bila la)';
const ARRIVE = '(?:sampai|sampei|smpai|sampe|smp|tiba|dapat|dpt|terima|diterima|dihantar|hantar|sampainya)';
const WHERE = '(?:kat ?mana|dekat mana|dkt mana|kt mana|di ?mana|dmn|kat ?ne|kat mane|mana|mane)';
const MONEY = '(?:duit|wang|refund|bayaran balik|pemulangan wang|dana)';
// "bila" is also the relative "when": "barang rosak bila sampai" tells of damage, it asks nothing.
const NOT_STORY =
  '(?<!(?:rosak|pecah|koyak|kemik|kemek|calar|basah|sumbing|tercabut|lubang|kotor)[^?.!]*)(?![^?.!]*(?:rosak|pecah|koyak|kemik|kemek|calar|basah|sumbing))';
const NOT_OTHER =
  '(?<!(?:refund|duit|wang|pulang|return|retur|tukar|lagi)[^?.!]*)(?![^?.!]*(?:refund|duit|wang|pulang|return|retur|tukar|lagi))';

export const ms: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${NOT_STORY}${WHEN}\\b[^?.!]{0,20}\\b${ARRIVE}\\b`,
      `(?:sampai|sampe|tiba|dapat) ${WHEN}\\b`,
      '(?<!(?:lepas|lewat|melepasi) (?:tarikh )?)(?:anggaran|jangkaan|estimate|eta|est)\\b[^?.!]{0,10}\\b(?:sampai|tiba|penghantaran|hantar)',
      `(?<!(?:kalau|kalo|klau|klu|jika|kalu) )(?:esok|hari ni|hari ini|minggu ni)\\b[^?.!]{0,10}\\b(?:sampai|tiba|dapat)\\b`,
      '(?:berapa|brp|brape) (?:hari|lama) lagi',
    ],
    location: [
      `(?:sekarang|skrg|skang|skrang|sekarng|now)\\b[^?.!]{0,20}\\b${WHERE}\\b`,
      `${WHERE}\\b[^?.!]{0,15}\\b(?:sekarang|skrg|skang|now)\\b`,
      '(?:dah|sudah|udah) (?:sampai|sampe|smpai) (?:mana|kat mana|mane)',
      '(?:sampai|sampe) (?:mana|mane) dah',
      'lokasi (?:parcel|barang|pesanan|bungkusan|sekarang|terkini)',
    ],
    refund_timing: [
      `${NOT_STORY}(?:${WHEN}|berapa lama|brp lama|berapa hari)\\b[^?.!,]{0,25}\\b${MONEY}`,
      `${MONEY}(?:nya)?\\b[^?.!]{0,20}\\b(?:bila|bile|berapa lama|masuk|belum|tak masuk|x masuk)\\b`,
      `(?:belum|blm|tak|x) (?:dapat|masuk|terima)\\b[^?.!]{0,10}\\b${MONEY}`,
    ],
    return_label: [
      'label\\w* (?:pemulangan|pulangan|return|retur|hantar balik|pos balik)',
      '(?:hantar|bagi|bg|kirim|send|minta|hilang|cetak|print|mana|mne)\\w* (?:semula |balik |lagi )?(?:\\w+ )?label\\b',
      'label (?:hilang|mana|lagi|tak ada|takde|x ada|x jumpa)',
      '(?:macam ?mana|mcm ?mana|cara|camne|camana|mcmmane|mcm mane)\\b[^?.!]{0,15}\\b(?:hantar|pos|kirim|pulang)\\w* (?:balik|semula)',
      'alamat (?:pemulangan|return|hantar balik)',
    ],
    tracking_number: [
      '(?:nombor|nomber|no|nmbr|kod)\\.? ?(?:tracking|traking|penjejakan|jejak|parcel|pengesanan|consignment|awb)',
      '(?:bagi|bg|hantar|send|minta|share|mana|mane|ada)\\w* (?:\\w+ )?(?:tracking|traking)\\w*\\b(?! (?:tak|x|belum|tk) (?:update|gerak))',
    ],
  },
  faq: {
    shipping_countries: [
      '(?:boleh|blh|bole|ada|buat|leh|bleh)\\b[^?.!]{0,10}\\b(?:hantar|pos|ship|penghantaran|kirim|post|courier|delivery|deliver)\\w* (?:ke|sampai ke|pergi|gi) (?!(?:alamat|rumah|office|pejabat|sini|tempat)\\b)',
      '(?:penghantaran|hantar|pos|ship|shipping)\\w* (?:ke )?(?:luar negara|antarabangsa|international|oversea|overseas)',
      'negara mana',
      '(?:ship|hantar|pos|post) (?:ke )?(?:semenanjung|sabah|sarawak|brunei|singapore|sg)\\b',
    ],
    shipping_times: [
      `(?:berapa|brp|brape|berape) (?:lama|hari|minggu)\\b${NOT_OTHER}`,
      '(?:tempoh|jangka masa|durasi|masa) (?:penghantaran|hantar|pos)',
      'biasa(?:nya)? (?:berapa|brp|ambil)',
      '(?:pos|hantar|penghantaran|ship)\\w* (?:ambil )?(?:berapa|brp) (?:lama|hari)',
    ],
    duties_taxes: [
      // "tersangkut di cukai", "bea cukai" (Indonesian: the customs office) name a place, not a charge.
      '(?<!\\b(?:di|ke|dari|bea) )cukai',
      '(?:duti|duty) (?:kastam|import)',
      'kastam\\b[^?.!]{0,15}\\b(?:bayar|caj|kena|duti)',
      '(?:caj|bayar|kena) (?:\\w+ )?(?:kastam|duti|tax|sst)\\b',
      'sst\\b',
      'termasuk (?:sst|gst|tax)',
    ],
    exchange_policy: [
      '(?<!alamat[^?.!]*)(?:tukar|tukor|tuka|menukar|penukaran|ditukar)\\w*\\b(?! (?:alamat|nombor|no telefon|no tel|fikiran))',
      '(?:ganti|tukar) (?:saiz|size|warna|color|colour|model)',
    ],
    refund_policy: [
      '(?:polisi|dasar|syarat|terma|peraturan|policy)\\b[^?.!]{0,5}\\b(?:pemulangan|pulangan|refund|return|bayaran balik|penukaran)',
      '(?:boleh|blh|bole|leh) (?:buat )?(?:return|refund|pulang|pulangkan|dipulangkan)\\b[^?.!]{0,20}\\b(?:tak|x|ke|tidak|kalau|klau|kalo|jika|\\?)',
      'jaminan (?:wang dikembalikan|pulangan wang)',
    ],
    payment_methods: [
      'cod\\b|bayar (?:masa|bila|time) (?:sampai|terima|barang sampai)|bayar tunai|cash on delivery',
      "online banking|fpx\\b|duitnow|touch ?'?n ?go|tng\\b|tngo|grabpay|grab pay|boost\\b|shopeepay|atome|ansuran|instalment|kad kredit|kad debit|spaylater",
      '(?:cara|kaedah|pilihan|method) (?:pembayaran|bayar)',
      '(?:bayar|pembayaran|byr)\\w* (?:guna|pakai|dengan|dgn|melalui|via|thru|through|cara) \\w+',
    ],
  },
};
