// Indonesian, chat register ("iya kak", "gak jadi", "gpp", "yg kedua").
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const id: CueLexicon = {
  yes: [
    'haa', 'ho oh', 'iya deh', 'okee kak',
    'betul2', 'bener2', 'iya2', 'ya2', 'haah', 'ha ah', 'teruskan', 'on', 'gass', 'gaskan', 'sipp', 'mantap', 'okedeh', 'yoii', 'iyaaa', 'iya kak', 'oke kak',
    'ya', 'iya', 'iyaa', 'iyah', 'iye', 'iyo', 'yoi', 'yup', 'yes', 'ok', 'oke', 'okee', 'okey', 'okelah', 'sip',
    'siap', 'siapp', 'boleh', 'bisa', 'betul', 'benar', 'bener', 'setuju', 'mau', 'gas', 'gaskeun', 'lanjut',
    'lanjutkan', 'iya benar', 'iya betul', 'bener banget', 'tentu', 'tentu saja', 'pasti', 'jelas', 'yaudah',
    'ya udah', 'yaudah deh', 'ya sudah', 'boleh banget', 'mau dong', 'iya dong', 'iya mau', 'iya boleh',
    'ok deh', 'oke deh', 'sip deh', 'siap kak', 'tidak masalah', 'gak masalah', 'ga masalah', 'gpp lanjut',
    'iya tolong', 'tolong', 'jadi', 'iya jadi', 'yap', 'he eh', 'heeh', 'iyes', 'cus', 'hayuk', 'ayo',
  ],
  no: [
    'tidak jadi', 'nggak jadi', 'gak jadi', 'ga jadi', 'gajadi', 'enggak jadi', 'jangan dulu', 'ogah ah', 'gk jadi', 'ga deh kak',
    'tidak', 'tdk', 'gak', 'ga', 'gk', 'g', 'nggak', 'ngga', 'nggak kok', 'enggak', 'engga', 'ndak', 'nda',
    'kagak', 'kaga', 'ogah', 'jangan', 'jgn', 'belum', 'blm', 'belom', 'blom', 'belum kak', 'bukan', 'bkn',
    'gak usah', 'ga usah', 'gausah', 'nggak usah', 'ngga usah', 'g usah', 'gk usah', 'enggak usah', 'tidak usah', 'tdk usah', 'ngak', 'gak mau', 'ga mau', 'gamau',
    'nggak mau', 'tidak mau', 'tidak perlu', 'gak perlu', 'ga perlu', 'belum sampai', 'belum datang',
    'belum nyampe', 'tidak, terima kasih', 'nggak deh', 'gak deh', 'ga deh', 'enggak deh', 'no', 'nope',
    'tak', 'bukan itu', 'salah', 'ga bisa', 'gak bisa', 'tidak bisa',
  ],
  strong: [
    'iya', 'iyaa', 'iyah', 'iye', 'siap', 'sip', 'betul', 'benar', 'setuju', 'gaskeun', 'boleh banget',
    'belum', 'blm', 'belom', 'ogah', 'gak usah', 'ga usah', 'gausah', 'nggak usah', 'tidak usah', 'tentu',
    'ok deh', 'oke deh', 'yaudah', 'ya udah', 'ya sudah', 'gak mau', 'ga mau', 'nggak mau', 'tidak mau',
  ],
  weak: ['ya', 'boleh', 'bisa', 'mau', 'gas', 'lanjut', 'jadi', 'tolong', 'ayo', 'hayuk', 'cus', 'pasti', 'jelas',
    'salah', 'ga bisa', 'gak bisa', 'tidak bisa', 'bukan'],
  follow: [
    'batalin', 'batalkan', 'batal', 'cancel', 'dibatalin', 'dibatalkan', 'lanjut', 'lanjutkan', 'kirim',
    'kirimin', 'simpan', 'biarin', 'terima kasih', 'makasih', 'makasi', 'trims', 'thanks', 'tolong', 'dong',
    'deh', 'kok', 'sudah', 'udah', 'belum', 'masih', 'sampai', 'nyampe', 'datang', 'itu', 'yang itu',
    'betul', 'benar', 'refund', 'aja', 'saja', 'kak', 'gan', 'sis', 'min',
  ],
  particles: ['kak', 'ka', 'kakak', 'kk', 'gan', 'sis', 'sist', 'bro', 'bang', 'mas', 'mba', 'mbak', 'pak', 'bu',
    'min', 'admin', 'om', 'tante', 'deh', 'dong', 'sih', 'ya', 'yaa', 'yah', 'nih', 'kok', 'aja', 'saja', 'lah',
    'terima kasih', 'makasih', 'makasi', 'mksh', 'trims', 'thx', 'kakk'],
  undecided: ['mungkin', 'gak tau', 'ga tau', 'gatau', 'nggak tahu', 'tidak tahu', 'entah', 'entahlah',
    'ya dan tidak', 'iya dan tidak', 'kurang tahu', 'hmm', 'bingung'],
  localOnly: [
    'haa',
    'on', 'gas',
    'g', 'gk', 'ga', 'tak', 'no', 'ya', 'jadi', 'salah', 'ayo', 'cus'],
  ordinal: {
    words: [
      [1, ['pertama', 'ke-1', 'ke 1', 'ke1']],
      [2, ['kedua', 'ke-2', 'ke 2', 'ke2']],
      [3, ['ketiga', 'ke-3', 'ke 3', 'ke3']],
      [4, ['keempat', 'ke-4', 'ke 4']],
      [5, ['kelima', 'ke-5', 'ke 5']],
      [-1, ['terakhir', 'paling bawah', 'paling akhir']],
    ],
    numerals: [[1, ['satu']], [2, ['dua']], [3, ['tiga']], [4, ['empat']], [5, ['lima']]],
    frames: [
      '(?:yang|yg|yng) {ord}', '(?:pesanan|order|orderan|paket|barang|produk|pilihan|opsi|nomor) (?:yang |yg )?{ord}',
      '(?:nomor|nmr|no\\.?|pilihan|opsi|#) ?{n}(?! (?:pcs|buah|baju|hari|minggu))', '^(?:yang |yg )?{n}(?: aja| saja)?$',
    ],
  },
  other: [
    '(?:yang|yg) satu ?lagi', '(?:yang|yg) lain(?:nya)?', 'satunya lagi', 'bukan yang itu', 'bukan yg itu',
    '(?:yang|yg) sebelah', '(?:pesanan|order|paket) (?:yang |yg )?lain(?:nya)?', '^(?:yang|yg) satunya$',
  ],
  all: [
    'keduanya', 'dua-duanya', 'dua duanya', 'semua(?:nya)?', 'semua (?:pesanan|order|orderan|barang)(?:nya)?', 'dua-dua(?:nya)?'
  ],
  abandon: [
    'gak jadi', 'ga jadi', 'gajadi', 'nggak jadi', 'tidak jadi', 'enggak jadi', 'gk jadi', 'batal aja', '^gpp(?: kak)?$',
    '^gapapa(?: kak)?$', '^nggak papa$', '^ga papa$', '^udah(?: deh| gak usah)?$', 'lupakan saja', 'lupain aja',
    'lupakan aja', 'gak usah deh', 'ga usah deh', 'udahlah', 'sudahlah', 'biarin aja', 'abaikan aja', 'abaikan saja',
  ],
  correction: [
    '(?:eh|ehh|maaf|sorry|sori),? maksud(?:nya|ku| saya| aku| gue)?', '^maksud(?:nya|ku| saya| aku| gue)',
    'maksud saya', 'maksudku', 'maksud aku', '^(?:eh |maaf |sorry |sori |duh )?salah(?: ketik| tulis| sebut| kak)?$',
    '(?:eh|maaf|sorry|sori),? salah', 'salah ketik', 'typo', 'ralat', '^eh bukan', '^eh,? bukan', 'koreksi',
  ],
  optOut: [
    '^(?:stop|berhenti|berhenti aja|unsub|stop aja|stop kirim)$',
    'jangan (?:kirim|kirimin|kirimi|chat|sms|wa|spam)(?:in)?(?: saya| aku| gue| gw)?(?: (?:pesan|pesannya|chat|promo|notif|notifikasi|broadcast|sms|info))(?: lagi| terus| mulu)?',
    'jangan (?:kirim|chat|spam|sms|wa)(?:in|i)?(?: saya| aku| gue| gw)? (?:lagi|terus|mulu)$',
    'berhenti (?:kirim|mengirim|ngirim|ngechat)(?:in)?(?: saya| aku)? (?:pesan|promo|notif|notifikasi|chat|broadcast)',
    'stop (?:kirim|chat|spam|pesan|promo|broadcast|notif|ngirim)(?! (?:barang|paket|pesanan))',
    '(?:gak|ga|nggak|tidak) mau (?:terima|nerima|dapat|dapet|menerima) (?:pesan|promo|notif|notifikasi|chat|broadcast)(?: lagi)?',
    'berhenti (?:langganan|berlangganan)', 'hapus (?:saya|aku|nomor saya|nomorku) dari (?:daftar|broadcast|list)',
  ],
  optIn: [
    '^(?:start|mulai|mulai lagi|langganan|berlangganan)$', 'mulai lagi (?:kirim|pesan|notif)',
    '(?:kirim|kirimin|kirimi) (?:saya |aku )?(?:pesan|promo|notif|info|notifikasi)(?:nya)? lagi',
    '(?:mau|pengen|ingin) (?:terima|dapat|dapet|nerima|menerima) (?:pesan|promo|notif|info|notifikasi)(?:nya)? lagi',
    'langganan lagi', 'berlangganan (?:lagi|kembali)', 'aktifkan (?:lagi |kembali )?(?:notif|notifikasi|pesan)',
  ],
  dataDeletion: [
    '(?:hapus|hapusin|hapuskan|menghapus|dihapus)(?: semua)? data(?: pribadi| diri)? (?:saya|aku|ku|gue|gw)',
    '(?:hapus|hapusin|hapuskan) (?:semua )?data(?:ku)?(?: pribadi)?$', '(?:hapus|hapusin|tutup) akun (?:saya|aku|ku)',
    'penghapusan data', 'hak untuk dilupakan',
  ],
  dataAccess: [
    'salinan data (?:saya|aku|pribadi)', 'data (?:apa|apa saja|apa aja) (?:yang )?(?:kalian|anda|toko ini) (?:punya|simpan)',
    'akses (?:ke )?data (?:saya|aku|pribadi)', 'minta data (?:pribadi )?(?:saya|aku)',
  ],
  deleteWords: ['hapus\\p{L}*', 'menghapus', 'dihapus', 'penghapusan'],
  languageNames: {
    id: ['bahasa indonesia', 'b indo', 'bhs indo', 'bahasa indo', 'bhs indonesia'],
    en: ['bahasa inggris', 'inggris', 'bhs inggris', 'ingris', 'b inggris', 'b. inggris', 'bhs ingris'],
    ms: ['bahasa melayu'],
    ja: ['bahasa jepang', 'jepang'],
    'zh-Hans': ['bahasa mandarin'],
    ko: ['bahasa korea'],
    ar: ['bahasa arab'],
    th: ['bahasa thailand', 'bahasa thai'],
    es: ['bahasa spanyol'],
    'pt-BR': ['bahasa portugis', 'bahasa portugal'],
    vi: ['bahasa vietnam'],
    zh: ['bahasa cina', 'bahasa china', 'bahasa tionghoa'],
    'zh-Hant': ['bahasa kanton'],
    fr: ['bahasa prancis', 'bahasa perancis'],
    de: ['bahasa jerman'],
    tr: ['bahasa turki'],
    fil: ['bahasa tagalog', 'bahasa filipina'],
    it: ['bahasa italia'],
    nl: ['bahasa belanda'],
    pl: ['bahasa polandia'],
  },
  languageAsk: [
    '(?:pakai|pake|pakek|gunakan|gunain|pkai) (?:bahasa |bhs )?{lang}(?! (?:size|ukuran))',
    '(?:bisa|bs|bsa|boleh|bisakah) (?:pakai |pake |ngomong |bicara |berbahasa |ngobrol |chat )?(?:bahasa |bhs )?{lang}',
    '{lang} (?:aja|saja|dong|please|pls|ya kak)', '(?:ngomong|bicara|berbicara|balas|jawab|ngobrol|chat)(?: pake| pakai| dalam| dgn| dengan)? (?:bahasa |bhs )?{lang}',
  ],
  languageShort: ['^(?:bahasa |bhs )?{lang}(?: aja| saja| dong| ya| please)?\\??$'],
  concepts: {
    personalData: [
      'data(?: pribadi| diri| personal)? (?:saya|aku|ku|gue|gw|sy|ak)', 'dataku', 'data pribadi', 'data diri', 'informasi pribadi',
      'info(?:rmasi)? (?:pribadi|saya|aku)', '(?:data|info|informasi)(?: \\S+){0,5} (?:tentang|ttg|soal|mengenai) (?:saya|aku|gue|gw)',
    ],
    access: [
      'apa(?: aja| saja)?', 'lihat', 'liat', 'cek', 'tau', 'tahu', 'salinan', 'kopi(?:an)?', 'akses', 'minta', 'kirim(?:in|kan)?',
      'download', 'unduh', 'ekspor', 'export',
    ],
    erase: ['hapus\\p{L}*', 'dihapus', 'menghapus', 'penghapusan', 'buang', 'tutup akun', 'delete', 'didelete'],
    everything: ['semua(?:nya)?', 'semua data(?:nya)?'],
    notData: [
      'bener', 'benar', 'salah', 'butuh', 'dibutuhkan', 'perlu', 'ubah', 'ganti', 'update', 'pengiriman', 'retur', 'refund',
      'kuota(?: data)?', 'paket data', 'data seluler', 'data internet',
      '(?:pesanan|orderan|order|barang|produk|keranjang|alamat|chat|ulasan|review|foto|kartu|voucher|kupon|ukuran|resi)(?:nya)?',
    ],
    stop: [
      'stop', 'berhenti', 'jangan', 'jgn', '(?:gak|ga|nggak|ngga|tidak|tdk|gk|enggak) (?:usah|perlu|mau|mo|pengen)', 'gausah', 'gamau',
      'udah(?:an)? (?:gak|ga|jangan|cukup)', 'cukup', 'matiin', 'matikan', 'nonaktif\\p{L}*', 'unsub\\p{L}*', 'males (?:dapet|terima)',
    ],
    messages: [
      '(?:kirim(?:in|i)?|terima|dapet|dapat|nerima|ngirim|ngirimin) (?:\\S+ )?pesan', 'pesan-pesan', 'pesan promo', 'chat(?:nya)?',
      'ngechat', 'nge-?chat(?:in)?', 'notif(?:nya|ikasi|ikasinya)?', 'promo(?:nya)?', 'broadcast', 'bc', 'sms', 'wa', 'update(?:an)?',
      'spam', 'iklan', 'email', 'pemberitahuan', 'info promo',
    ],
    resume: [
      '(?<!(?:saya|aku|gue|gw|lg|sedang|masih|lagi) )lagi', 'kembali', 'aktif(?:in|kan)', 'nyala(?:in|kan)', 'hidupin', 'mulai (?:lagi|kirim)',
      'langganan', 'boleh (?:\\S+ )?(?:chat|kirim|hubungi)', 'udah boleh',
    ],
    notOptOut: ['(?:stop|jangan|berhenti|batal\\p{L}*|tahan)(?: \\S+){0,2} (?:barang|paket|pesanan|orderan|pengiriman|kiriman)(?:nya)?'],
    missing: ['belum (?:dapet|dapat|masuk|muncul|ada)', '(?:gak|ga|nggak|tidak|tdk|gk) (?:muncul|masuk|dapet|dapat|ada)', 'kok (?:gak|ga|nggak|belum)'],
    notOptIn: ['muncul lagi', 'masuk lagi', 'kenapa', 'kok', 'error', 'nunggu', '(?:gak|ga|nggak|ngga|tidak|tdk|gk|belum|blm) \\S+'],
    switchTo: [
      'pakai', 'pake', 'pakek', 'gunakan', 'ngomong', 'bicara', 'balas', 'bales', 'jawab', 'ngobrol', 'ganti (?:ke|jadi|pake)',
      'pindah ke', 'balik (?:ke|lagi)', 'lagi', 'aja', 'saja',
    ],
    notLanguage: [
      '(?:kurir|barang|produk|paket|ukuran|size|merk|merek|model|versi|orang|negara|buatan|asli|dari|kirim ke|makanan|masakan) \\u0001',
      'ukuran', 'size', 'versi', 'manual', 'buku', 'petunjuk', 'label', 'deskripsi', 'subtitle', 'keyboard', 'nama', 'terjemahan',
      'kursus', 'les', 'guru', 'orang', 'kirim ke', '(?:gak|ga|nggak|tidak|kurang) (?:bisa|ngerti|paham|lancar)',
    ],
  },
};
