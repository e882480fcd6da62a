import type { TopicLexicon } from './types';

// Indonesian chat: "kpn", "nyampe", "sampe", "udah", "gak/ga/nggak", "kak/min/gan", "-nya" glued on, and
// the local payment names (COD, GoPay, OVO, DANA, QRIS). "Dana" is also the word for funds ("dana
// dikembalikan"), so the wallet only counts after a paying verb.
const WHEN = '(?:kapan|kpn|kapn|kapam|kapankah)';
const ARRIVE =
  '(?:sampai|sampe|smpe|smp|nyampe|nyampai|nyampek|tiba|datang|dtg|dateng|diterima|terima|sampainya|nyampenya|tibanya|datengnya|datangnya)';
const MONEY_BACK =
  '(?:dana|refund|refun|pengembalian dana|uang(?:nya)? (?:balik|kembali)|duit(?:nya)? (?:balik|kembali)|dikembalikan|dikembaliin|dibalikin|cair)';
const NOT_OTHER =
  '(?<!(?:refund|refun|dana|uang|duit|retur|tukar|kembali|lagi)[^?.!]*)(?![^?.!]*(?:refund|refun|dana|uang|duit|retur|tukar|kembali|lagi))';

export const id: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${WHEN}\\b[^?.!]{0,20}\\b${ARRIVE}\\b`,
      // "sampai kapan" is also "until when" ("cancel sampai kapan?"): only the arrival forms count.
      '(?:nyampe|nyampai|tiba|datang|dateng|sampainya|sampenya|nyampenya|tibanya|datangnya|datengnya|diterima) (?:kapan|kpn)\\b',
      '(?:estimasi|perkiraan|est|eta)\\b[^?.!]{0,10}\\b(?:sampai|sampe|nyampe|tiba|pengiriman|kedatangan|diterima)',
      `(?<!(?:kalau|kalo|klo|jika|kl) )(?:besok|hari ini|minggu ini|lusa)\\b[^?.!]{0,10}\\b${ARRIVE}\\b`,
      `${ARRIVE} (?:besok|hari ini|minggu ini|lusa)\\b`,
      '(?:berapa|brp|brapa) (?:lama|hari) lagi',
    ],
    location: [
      '(?:sekarang|skrg|skrang|skr|sekarng|skg)\\b[^?.!]{0,20}\\b(?:di ?mana|dmn|dimn|posisi|sampai mana|sampe mana|nyampe mana)',
      '(?:di ?mana|dmn)\\b[^?.!]{0,15}\\b(?:sekarang|skrg|skrang|skg)\\b',
      'posisi(?:nya)? (?:paket|barang|pesanan|di ?mana|dmn|sekarang|skrg|udah|sudah|dimana|dmna)',
      '(?:udah|sudah|udh|sdh|dah) (?:sampai|sampe|nyampe|smp) (?:mana|dmn)',
      '(?:sampai|sampe|nyampe) mana\\b',
      'lokasi (?:paket|barang|pesanan|terakhir|sekarang)',
    ],
    refund_timing: [
      `(?:${WHEN}|berapa lama|brp lama|berapa hari|brp hari)\\b[^?.!]{0,25}\\b${MONEY_BACK}`,
      '(?:dana|refund|refun|pengembalian)(?:nya)?\\b[^?.!]{0,20}\\b(?:kapan|kpn|berapa lama|brp lama|masuk|cair|balik)\\b',
      '(?:uang|duit)(?:nya| saya| aku| gw| gue| ku)? (?:kapan|kpn)(?: bisa)? (?:balik|kembali|dikembalikan|dikembaliin|cair)',
      '(?:belum|blm|blum)\\b[^?.!]{0,10}\\b(?:terima|masuk|cair|balik)\\b[^?.!]{0,10}\\b(?:dana|uang|duit|refund)',
      '(?:dana|refund|uang|duit)(?:nya)? (?:belum|blm) (?:masuk|cair|balik|diterima|kembali)',
    ],
    return_label: [
      'label\\w* (?:retur|return|pengembalian|pengiriman balik)',
      '(?:kirim|kirimin|kirimkan|minta|hilang|mana|ilang|cetak|print)\\w* (?:ulang |lagi )?(?:\\w+ )?label',
      'label(?:nya)? (?:hilang|ilang|mana|lagi|dong|ga ada|gak ada|belum)',
      'resi (?:retur|return|pengembalian)',
      'alamat (?:retur|return|pengembalian)',
      '(?:cara|gimana|gmn|bagaimana)\\b[^?.!]{0,15}\\b(?:kirim|ngirim|balikin|mengirim) (?:balik|kembali)',
    ],
    tracking_number: [
      '(?:nomor|nmr|no|kode|nomer|nmor)\\.? (?:resi|tracking|traking|pelacakan|lacak|awb)',
      '(?:minta|mana|kirim|kirimin|no|nomor|nomer|cek|kasih|blm ada|belum ada|share|bagi)\\b (?:\\w+ )?resi(?:nya)?\\b(?! (?:retur|return|pengembalian))',
      'resi(?:nya)? (?:mana|dong|ya|berapa|apa|kak|min|gan|nya)\\b',
      '(?:minta|kirim|kirimin|kasih|mana|share|bagi) (?:\\w+ )?(?:tracking|traking)\\w*',
    ],
  },
  faq: {
    shipping_countries: [
      '(?:bisa|bs|bsa|ada|apakah|apa|melayani|terima|bisakah)\\b[^?.!]{0,10}\\b(?:kirim|dikirim|ngirim|pengiriman|kirimin|ship|delivery|antar|diantar)\\w* (?:ke|sampai ke|sampe ke) (?!(?:alamat|rumah|kantor|sini|sana|tempat)\\b)',
      '(?:pengiriman|kirim|ngirim|ship|dikirim)\\w* (?:ke )?(?:luar negeri|internasional|international|mancanegara)',
      'negara (?:mana|apa) (?:aja|saja)',
      'ke negara mana',
    ],
    shipping_times: [
      `(?:berapa|brp|brapa) (?:lama|hari|minggu)\\b${NOT_OTHER}`,
      '(?:pengiriman|kirim|ngirim|sampai|sampe|nyampe|nyampenya|pengirimannya)\\w* (?:berapa|brp) (?:lama|hari)',
      '(?:estimasi|lama|durasi|waktu) (?:pengiriman|kirim|ngirim)',
      'biasanya (?:berapa|brp)',
    ],
    duties_taxes: [
      // "tertahan di bea cukai" is a parcel held at customs, not a question about duties.
      '(?<!(?:di|ke|dari) )(?:bea (?:cukai|masuk)|beacukai)',
      'pajak\\w*',
      '(?:kena|bayar|biaya|ada) (?:\\w+ )?(?:cukai|bea|tax)\\b',
      'ppn\\b|pph\\b',
      'termasuk (?:pajak|ppn|bea)',
    ],
    exchange_policy: [
      '(?<!alamat[^?.!]*)(?:tukar|tuker|nuker|menukar|penukaran|ditukar|tukarkan|tuka)\\w*\\b(?! (?:alamat|nomor|no hp|pikiran|fikiran))',
      '(?:ganti|gnti|diganti|ngganti|gantiin)\\w* (?:ukuran|size|warna|model|yg lain|yang lain|sz)',
    ],
    refund_policy: [
      '(?:kebijakan|syarat|ketentuan|aturan|prosedur|policy|sk)\\b[^?.!]{0,5}\\b(?:pengembalian|retur|return|refund|refun|penukaran)',
      '(?:bisa|bs|boleh|apakah bisa|menerima|terima) (?:di)?(?:retur|return|refund|dikembalikan|dibalikin)\\b[^?.!]{0,20}\\b(?:gak|ga|nggak|tidak|ngga|enggak|kalau|kalo|jika|klo|ya|\\?)',
      'garansi (?:uang kembali|pengembalian|refund)',
      '(?:batas|maksimal|maks) (?:waktu )?(?:retur|return|pengembalian|refund)',
      '(?:berapa|brp) (?:hari|lama)\\b[^?.!]{0,10}\\b(?:bisa |boleh )?(?:retur|return|pengembalian)',
    ],
    payment_methods: [
      'cod\\b|bayar di ?tempat|bayar pas (?:barang )?(?:sampai|datang|nyampe)',
      'transfer (?:bank|bca|mandiri|bri|bni)',
      '(?:bayar|pembayaran|byr)\\w* (?:pakai|pake|pk|pakek|via|lewat|dengan|dgn|melalui|bisa) \\w+',
      '(?:metode|cara|opsi|pilihan) (?:pembayaran|bayar)',
      '(?:ovo|gopay|shopeepay|linkaja|qris|paylater|kredivo|akulaku|virtual account|indomaret|alfamart|cicilan|kartu kredit)\\b',
      '(?:pakai|pake|via|lewat|pk|dgn|dengan) dana\\b',
    ],
  },
};
