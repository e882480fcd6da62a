// Malay (Malaysia): "boleh je", "tak nak", "ok lah", "x" for "tak". Note "tak" is no here, yes in Polish.
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const ms: CueLexicon = {
  yes: [
    'betul2', 'haa', 'on', 'ok on', 'jadi', 'gas', 'sip', 'boleh2', 'ye la', 'ok boleh', 'set', 'okeh', 'ok je', 'boleh la tu',
    'ya', 'ye', 'yaa', 'yer', 'yup', 'yes', 'boleh', 'boleh je', 'boleh sangat', 'ok lah', 'okay lah', 'okey',
    'betul', 'betul tu', 'betul la', 'setuju', 'nak', 'nak la', 'mahu', 'mau', 'baik', 'baiklah', 'baik lah',
    'haah', 'ha ah', "ha'ah", "a'ah", 'aah', 'aah betul', 'yelah', 'ye lah', 'iya', 'tentu', 'sudah tentu',
    'mestilah', 'memang', 'sure', 'sure boleh', 'takde hal', 'tak ada masalah', 'tiada masalah', 'takde masalah',
    'no hal', 'boleh la', 'jom', 'teruskan', 'confirm', 'kenfem', 'ok boss', 'ya betul', 'ye betul',
  ],
  no: [
    'tidak jadi', 'tak jadi', 'tak de', 'tak nak lah', 'tak mau la', 'tak payah la', 'tak perlu la', 'xpayah', 'xde',
    'tak', 'tidak', 'tak nak', 'taknak', 'tak mahu', 'tak mau', 'x nak', 'xnak', 'x', 'tak payah', 'x payah',
    'tak perlu', 'tak boleh', 'tak boleh la', 'bukan', 'bukan tu', 'belum', 'belum lagi', 'blm', 'tak lagi',
    'takde', 'tiada', 'jangan', 'jgn', 'tak sampai lagi', 'belum sampai', 'tak, terima kasih', 'tak apa lah',
    'no', 'tak la', 'tak lah', 'mana ada', 'tak betul', 'salah',
  ],
  strong: [
    'boleh je', 'ok lah', 'okay lah', 'betul', 'betul tu', 'setuju', 'baiklah', 'haah', 'ha ah', 'yelah',
    'tak nak', 'taknak', 'tak payah', 'tak mahu', 'belum', 'belum lagi', 'tak perlu', 'sudah tentu', 'mestilah',
  ],
  weak: ['ya', 'ye', 'boleh', 'nak', 'mahu', 'mau', 'baik', 'memang', 'tentu', 'jom', 'tak', 'tidak', 'bukan',
    'takde', 'tiada', 'salah', 'tak boleh', 'x'],
  follow: [
    'batal', 'batalkan', 'cancel', 'teruskan', 'hantar', 'simpan', 'terima kasih', 'tq', 'thanks', 'je', 'la',
    'lah', 'sampai', 'lagi', 'sudah', 'dah', 'belum', 'itu', 'tu', 'refund', 'boss', 'bos', 'cik', 'encik',
  ],
  particles: ['lah', 'la', 'je', 'jer', 'ye', 'kak', 'bang', 'cik', 'encik', 'puan', 'tuan', 'boss', 'bos', 'bro',
    'sis', 'kot', 'eh', 'weh', 'terima kasih', 'tq', 'ya', 'yea'],
  undecided: ['mungkin', 'tak tahu', 'tak tau', 'tatau', 'entah', 'tak pasti', 'tak sure', 'hmm', 'ya dan tidak'],
  localOnly: [
    'on', 'haa', 'jadi', 'set', 'gas', 'xde',
    'x', 'ye', 'yer', 'nak', 'tak', 'no', 'mau', 'memang', 'salah', 'jom', 'sure', 'aah'],
  ordinal: {
    words: [
      [1, ['pertama', 'ke-1', 'ke 1', 'first']],
      [2, ['kedua', 'ke-2', 'ke 2', 'ke2']],
      [3, ['ketiga', 'ke-3', 'ke 3']],
      [4, ['keempat', 'ke-4']],
      [5, ['kelima', 'ke-5']],
      [-1, ['terakhir', 'akhir sekali', 'paling akhir', 'paling bawah']],
    ],
    numerals: [[1, ['satu']], [2, ['dua']], [3, ['tiga']], [4, ['empat']], [5, ['lima']]],
    frames: [
      '(?:yang|yg) {ord}', '(?:pesanan|order|barang|produk|pilihan|nombor) (?:yang |yg )?{ord}',
      '(?:nombor|no\\.?|pilihan|#) ?{n}(?! (?:helai|pasang|hari|minggu))', '^(?:yang |yg )?{n}(?: je| sahaja)?$',
    ],
  },
  other: [
    '(?:yang|yg) satu ?lagi', '(?:yang|yg) lain', 'satu lagi tu', 'bukan yang tu', 'bukan yg tu', 'bukan yang ni',
    '(?:pesanan|order) (?:yang |yg )?lain',
  ],
  all: [
    'kedua-dua', 'kedua dua', 'dua-dua', 'dua dua', 'semua(?:nya)?', 'semua sekali', 'semua pesanan', 'dua-dua sekali'
  ],
  abandon: [
    'tak jadi', 'x jadi', '^(?:tak|x) payah(?: la| lah)?$', '^tak apa(?: lah| la)?$', '^takpe(?: lah| la)?$', '^takpa$',
    'lupakan je', 'lupakan saja', 'lupakan', 'biarlah', 'biar je', 'tak kisah la', 'abaikan', 'sudahlah',
  ],
  correction: [
    'maksud saya', 'maksud aku', 'maksudnya', '^(?:eh |sorry |maaf )?silap', '(?:eh|sorry|maaf),? silap', 'tersalah',
    'salah taip', 'typo', '^eh,? bukan', 'betulkan',
  ],
  optOut: [
    '^(?:stop|berhenti|henti)$',
    'jangan (?:hantar|send|kirim|mesej|whatsapp|spam)(?: saya)?(?: (?:mesej|msg|promosi|notifikasi|iklan))?(?: lagi)',
    'jangan (?:hantar|send) (?:mesej|msg|promosi|iklan)', 'berhenti (?:hantar|menghantar|send)(?: saya)? (?:mesej|msg|promosi|notifikasi)',
    '(?:tak nak|taknak|tidak mahu|tak mahu) (?:terima|dapat) (?:mesej|msg|promosi|notifikasi|iklan)(?: lagi)?',
    'nyahlanggan', 'berhenti langgan(?:an)?', 'keluarkan saya dari (?:senarai|list)',
  ],
  optIn: [
    '^(?:start|mula|mulakan)$', 'langgan semula', 'melanggan semula', 'hantar (?:mesej|notifikasi) semula',
    '(?:nak|mahu) (?:terima|dapat) (?:mesej|notifikasi|promosi)(?: lagi| semula)', 'aktifkan (?:semula )?(?:mesej|notifikasi)',
  ],
  dataDeletion: [
    '(?:padam|padamkan|hapus|hapuskan|buang)(?: semua)? data(?: peribadi)? (?:saya|aku)', 'padam akaun saya',
    '(?:padam|hapus)(?: semua)? maklumat peribadi(?: saya)?', 'pemadaman data',
  ],
  dataAccess: ['salinan data (?:peribadi )?saya', 'data (?:apa|peribadi) (?:yang )?(?:anda|korang) simpan', 'akses data (?:peribadi )?saya'],
  deleteWords: ['padam\\p{L}*', 'hapus\\p{L}*', 'pemadaman'],
  languageNames: {
    ms: ['bahasa melayu', 'melayu', 'bm', 'bahasa malaysia', 'b melayu'],
    en: ['bahasa inggeris', 'inggeris', 'b inggeris'],
    'zh-Hans': ['bahasa mandarin'],
    zh: ['bahasa cina'],
    ja: ['bahasa jepun'],
    ko: ['bahasa korea'],
    ar: ['bahasa arab'],
    th: ['bahasa siam'],
    fr: ['bahasa perancis'],
    de: ['bahasa jerman'],
    es: ['bahasa sepanyol'],
    id: ['bahasa indonesia', 'bahasa indon'],
  },
  languageAsk: [
    '(?:cakap|bercakap|guna|gunakan|pakai|balas|jawab|tulis|sembang)(?: dalam| dgn| dengan)? (?:bahasa |bhs )?{lang}',
    '{lang} (?:je|sahaja|please|pls)', 'boleh (?:cakap |guna |balas dalam )(?:bahasa )?{lang}',
  ],
  // Not "melayu boleh" anywhere: "baju melayu boleh tukar?" asks about a garment.
  languageShort: ['^(?:bahasa )?{lang}(?: je| sahaja| please| boleh| boleh tak| ok tak)?\\??$'],
  concepts: {
    personalData: [
      'data(?: peribadi)? (?:saya|aku|sy)', 'data peribadi', 'maklumat(?: peribadi)? (?:saya|aku)', 'maklumat peribadi',
      'info(?:rmasi)? (?:peribadi|saya)', '(?:data|maklumat|info)(?: \\S+){0,5} (?:tentang|pasal|mengenai) (?:saya|aku)',
    ],
    access: ['apa', 'tengok', 'lihat', 'semak', 'check', 'tahu', 'tau', 'salinan', 'akses', 'minta', 'bagi', 'hantar', 'muat turun'],
    erase: ['padam\\p{L}*', 'dipadam', 'pemadaman', 'hapus\\p{L}*', 'buang', 'tutup akaun', 'delete'],
    everything: ['semua(?:nya)?', 'semua sekali', 'semua data'],
    notData: [
      'betul', 'salah', 'perlu', 'tukar', 'ubah', 'kemas kini', 'penghantaran', 'pulang', 'refund',
      'data(?: saya| aku)? (?:dah |sudah )?habis', 'data internet', 'data mobile', 'pakej data',
      '(?:pesanan|order|barang|produk|troli|cart|alamat|mesej|ulasan|gambar|kad|baucar|saiz)',
    ],
    stop: [
      'stop', 'berhenti', 'henti(?:kan)?', 'jangan', 'jgn', '(?:tak|x|tidak) (?:nak|mahu|mau|payah|perlu|ingin)', 'taknak', 'xnak',
      'dah tak', 'cukup', 'tutup', 'matikan', 'off(?:kan)?', 'nyahlanggan',
    ],
    messages: [
      'mesej', 'msg', 'notifikasi', 'notif', 'promosi', 'promo', 'iklan', 'sms', 'update', 'berita', 'info', 'pemberitahuan',
      'whatsapp', 'wasap', 'spam', 'broadcast',
    ],
    resume: ['semula', 'balik', 'lagi', 'hidupkan', 'aktifkan', 'buka', 'on(?:kan)?', 'mula', 'langgan', 'boleh (?:\\S+ )?(?:hantar|mesej|whatsapp)'],
    notOptOut: ['(?:stop|jangan|berhenti|batal\\p{L}*|tahan)(?: \\S+){0,2} (?:barang|parcel|bungkusan|pesanan|order|penghantaran)'],
    missing: ['(?:tak|x|tidak|belum) (?:dapat|terima|sampai|masuk|keluar)', 'kenapa (?:tak|x)'],
    notOptIn: ['kenapa', 'delay', 'lambat', 'lewat', 'keluar lagi', '(?:tak|x|tidak|belum|takde) \\S+'],
    switchTo: [
      'cakap', 'bercakap', 'guna', 'gunakan', 'pakai', 'balas', 'jawab', 'tulis', 'sembang', 'tukar(?: ke| kepada)?', 'semula', 'balik',
      'je', 'sahaja', 'lagi',
    ],
    notLanguage: [
      '(?:kurier|barang|produk|parcel|saiz|size|jenama|model|versi|orang|negara|buatan|asli|dari|hantar ke|makanan|masakan|baju|kuih) \\u0001',
      'baju', 'saiz', 'size', 'versi', 'manual', 'buku', 'label', 'orang', 'kuih', 'makanan', 'masakan', 'hantar ke',
      '(?:tak|x|tidak|kurang) (?:pandai|faham|reti|fasih)',
    ],
  },
};
