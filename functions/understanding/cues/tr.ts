// Turkish: suffixes stick to words ("ikincisi", "diğerini", "Türkçe'yi"), so forms carry them;
// "ı/İ", "ş", "ğ", "ç", "ö", "ü" fold to plain letters ("tamamdır" = "tamamdir").
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const tr: CueLexicon = {
  yes: [
    'evet', 'evt', 'evet evet', 'eet', 'olur', 'olur tabi', 'tamam', 'tamamdır', 'tmm', 'tm', 'tamam tamam', 'he', 'hee', 'hı hı',
    'aynen', 'aynen öyle', 'aynen aynen', 'kesinlikle', 'tabii', 'tabi', 'tabiki', 'tabii ki', 'elbette', 'doğru', 'dogru',
    'evet doğru', 'evet lütfen', 'peki', 'ok', 'okey', 'olsun', 'olabilir', 'iyi olur', 'süper', 'harika', 'onaylıyorum',
    'onayla', 'evet onaylıyorum', 'istiyorum', 'evet istiyorum', 'sorun değil', 'sorun yok', 'problem yok', 'hay hay', 'baş üstüne',
    'tamamdır teşekkürler', 'evet abi', 'eyvallah',
  ],
  no: [
    'hayır', 'hayir', 'hyr', 'yok', 'yoo', 'yook', 'yok yok', 'hayır hayır', 'istemiyorum', 'istemem', 'olmaz', 'değil', 'degil',
    'hayır teşekkürler', 'yok teşekkürler', 'yok kalsın', 'kalsın', 'gerek yok', 'gerek yok teşekkürler', 'henüz değil', 'daha değil',
    'henüz gelmedi', 'daha gelmedi', 'gelmedi', 'hayır gelmedi', 'asla', 'kesinlikle hayır', 'tabii ki hayır', 'yanlış', 'hiç',
    'hiç de değil', 'hayır, kalsın', 'yok abi', 'yok ya', 'iptal etme', 'etme',
  ],
  strong: ['evet', 'hayır', 'hayir', 'kesinlikle', 'aynen', 'elbette', 'tabii ki', 'tamamdır', 'tamam', 'olur', 'gerek yok', 'istemiyorum', 'hayır teşekkürler', 'henüz değil', 'kesinlikle hayır', 'yok kalsın'],
  weak: ['peki', 'he', 'hee', 'tm', 'olsun', 'olabilir', 'süper', 'harika', 'yok', 'yoo', 'değil', 'degil', 'hiç', 'yanlış', 'etme', 'kalsın', 'gelmedi', 'istiyorum'],
  follow: ['iptal', 'iptal et', 'iptal edin', 'iptal edebilirsiniz', 'kalsın', 'gönder', 'gönderin', 'onaylıyorum', 'teşekkürler', 'teşekkür ederim', 'sağol', 'sağolun', 'lütfen', 'abi', 'abla', 'hocam', 'efendim', 'gelmedi', 'geldi', 'iade', 'istiyorum', 'istemiyorum'],
  particles: ['lütfen', 'lutfen', 'teşekkürler', 'teşekkür ederim', 'tşk', 'tesekkurler', 'sağol', 'sağolun', 'saol', 'abi', 'abla', 'hocam', 'efendim', 'kardeşim', 'ya', 'yaa', 'bey', 'hanım'],
  undecided: ['bilmiyorum', 'bilmem', 'emin değilim', 'belki', 'galiba', 'sanırım', 'herhalde', 'duruma göre', 'hem evet hem hayır', 'ne', 'nasıl yani', 'hmm', 'ııı'],
  localOnly: ['he', 'hee', 'tm', 'hiç', 'etme', 'ne', 'yok ya'],
  ordinal: {
    words: [
      [1, ['birinci', 'birincisi', 'birinciyi', 'birincisini', 'ilki', 'ilkini', 'ilk olan', 'ilk', '1.si', "1.'si", '1.yi']],
      [2, ['ikinci', 'ikincisi', 'ikinciyi', 'ikincisini', 'ikinci olan', '2.si', "2.'si", '2.yi', '2. olan']],
      [3, ['üçüncü', 'üçüncüsü', 'üçüncüyü', 'üçüncüsünü', '3.sü', "3.'sü"]],
      [4, ['dördüncü', 'dördüncüsü', 'dördüncüyü']],
      [5, ['beşinci', 'beşincisi', 'beşinciyi']],
      [-1, ['sonuncu', 'sonuncusu', 'sonuncuyu', 'sonuncusunu', 'son olan', 'en sondaki', 'sondaki']],
    ],
    numerals: [[1, ['bir']], [2, ['iki']], [3, ['üç']], [4, ['dört']], [5, ['beş']]],
    frames: [
      '{ord}(?! (?:kez|kere|defa|gün|hafta|ay|yıl|sefer))(?: (?:sipariş|siparişi|ürün|ürünü|seçenek|paket|paketi|olan|lütfen))?',
      '(?:numara|seçenek|no\\.?|#) ?{n}(?! (?:tane|adet|gün))', '^{n}(?:\\.| numara| numaralı)(?: olan| sipariş)?$',
    ],
  },
  other: ['diğeri', 'diğerini', 'diğer(?:i)? sipariş', 'öbürü', 'öbürünü', 'öteki', 'ötekini', 'o değil,? diğeri', 'bu değil', 'o değil', 'diğer olan', 'öbür sipariş'],
  all: [
    '(?:ikisi de|ikisini de|ikisi birden|her ikisi(?:ni)?(?: de)?|hepsi(?:ni)?|tümü(?:nü)?|bütün siparişler(?:i)?|iki siparişi de)(?: (?:iptal|iade) (?:et|edin|edebilir misiniz|etmek istiyorum)| istiyorum| alayım| olsun)?'
  ],
  abandon: ['boşver', 'boş ver', 'boşverin', 'vazgeçtim', 'vazgectim', 'unut gitsin', '^unut(?:un)?$', 'önemli değil', 'farketmez', 'fark etmez', 'neyse', 'gerek kalmadı', 'kalsın boşver'],
  correction: ['^yani,?', 'demek istediğim', 'kastettiğim', 'pardon,? (?:yanlış|demek|şunu)', 'yanlış yazdım', 'yanlis yazdim', 'düzeltme', '^hayır,? dur', '^dur,? hayır', '^aslında', 'yanlış oldu', 'özür dilerim,? yanlış', '^pardon'],
  optOut: [
    '^(?:stop|durdur|abonelikten çık|abonelikten cik|mesaj atmayın|mesaj atmayin)$',
    '(?:bana )?(?:mesaj|bildirim|sms|reklam|kampanya)(?:lar)? (?:atmayın|atmayin|göndermeyin|gondermeyin|yollamayın|yollamayin|gönderme|atma|yollama)',
    'mesaj(?:ları|lari)? (?:durdur|kes|kesin|istemiyorum)', 'abonelikten çık', 'abonelikten cik', 'aboneliği(?:mi)? (?:iptal|sonlandır|sonlandir)',
    'bildirim(?:leri)? (?:kapat|durdur|istemiyorum)', 'artık mesaj (?:atmayın|göndermeyin|istemiyorum)', 'rahatsız etmeyin', 'rahatsiz etmeyin',
  ],
  optIn: ['^(?:start|başla|basla|başlat|abone ol)$', '(?:yeniden|tekrar) abone', 'bildirim(?:leri)? (?:aç|ac|aktif et|yeniden aç|tekrar aç)', 'mesaj(?:ları)? (?:tekrar|yeniden) (?:gönderin|alabilirim|almak istiyorum)', 'tekrar mesaj (?:almak|gönderin)'],
  dataDeletion: ['(?:verilerimi|kişisel verilerimi|bilgilerimi|kişisel bilgilerimi|hesabımı|hesabimi) (?:silin|sil|siler misiniz|silebilir misiniz|silmenizi)', '(?:verilerimin|bilgilerimin|kişisel verilerimin) silinmesi', 'verileri silin', 'verileri sil'],
  dataAccess: ['hakkımda (?:hangi|ne) (?:veriler|bilgiler)', 'verilerimin (?:bir )?kopyası', 'kişisel verilerime erişim', 'hangi verilerimi'],
  deleteWords: ['sil\\p{L}*', 'silme\\p{L}*'],
  languageNames: {
    tr: ['türkçe', 'turkce'],
    en: ['ingilizce', 'ingilizse', 'ingilizice', 'inglizce'],
    de: ['almanca'],
    fr: ['fransızca'],
    es: ['ispanyolca'],
    'pt-BR': ['portekizce'],
    id: ['endonezce'],
    ms: ['malayca'],
    th: ['tayca'],
    vi: ['vietnamca'],
    ja: ['japonca'],
    zh: ['çince'],
    ko: ['korece'],
    ar: ['arapça'],
    fil: ['tagalogca', 'filipince'],
    it: ['italyanca'],
    nl: ['felemenkçe', 'hollandaca'],
    pl: ['lehçe'],
  },
  languageAsk: [
    "{lang}(?:'?(?:y?i|y?ı|de|da|den))? (?:konuş\\p{L}*|yaz\\p{L}*|cevap\\p{L}*|yanıt\\p{L}*|destek|bil\\p{L}*|anla\\p{L}*|lütfen|olur mu|olsun|devam\\p{L}*|mümkün)",
    "(?:biraz|lütfen) {lang}",
  ],
  languageShort: ["^{lang}(?:'?(?:y?i|y?ı))?(?: lütfen| olsun| olur mu| pls)?\\??$"],
  concepts: {
    personalData: [
      'kişisel (?:veri|bilgi)\\p{L}*', 'verilerim\\p{L}*', 'bilgilerim\\p{L}*', 'hakkımda(?:ki)?', 'benimle ilgili', 'bana ait (?:veri|bilgi)\\p{L}*',
      'hesap bilgilerim\\p{L}*',
    ],
    access: ['hangi', 'neler', 'gör\\p{L}*', 'bak\\p{L}*', 'öğren\\p{L}*', 'kopya\\p{L}*', 'eriş\\p{L}*', 'indir\\p{L}*', 'gönderin', 'gönderir', 'talep', 'tutuyor\\p{L}*', 'saklıyor\\p{L}*'],
    erase: ['sil\\p{L}*', 'imha', 'kaldır\\p{L}*', 'unut\\p{L}*', 'hesabımı kapat\\p{L}*'],
    everything: ['hepsi\\p{L}*', 'tümü\\p{L}*', 'tüm', 'her şey\\p{L}*', 'herşey\\p{L}*'],
    notData: ['doğru', 'yanlış', 'gerek\\p{L}*', 'lazım', 'değiştir\\p{L}*', 'güncelle\\p{L}*', 'düzelt\\p{L}*', 'kargo\\p{L}*', 'iade', 'kontrol', 'internet paket\\p{L}*', 'paketim', 'mobil veri', '(?:sipariş|ürün|sepet|adres|mesaj|yorum|fotoğraf|kart|kupon|beden)\\p{L}*'],
    stop: [
      'durdur\\p{L}*', 'istemiyorum', 'istemem', 'gelmesin', 'atmay\\p{L}*', 'atma', 'gönderme(?:yin|yiniz|yi|sin)', 'yollama(?:yin|yın|yi|yı)?',
      'bırak\\p{L}*', 'kapat\\p{L}*', 'yeter', 'artık', 'rahatsız etme\\p{L}*', 'abonelikten çık\\p{L}*',
    ],
    messages: ['mesaj\\p{L}*', 'bildirim\\p{L}*', 'sms\\p{L}*', 'e-?posta\\p{L}*', 'mail\\p{L}*', 'reklam\\p{L}*', 'kampanya\\p{L}*', 'bülten\\p{L}*', 'duyuru\\p{L}*', 'spam'],
    resume: ['tekrar', 'yeniden', 'yine', 'gene', 'açın', 'açabilir\\p{L}*', 'aktif et\\p{L}*', 'abone ol\\p{L}*', 'gönderebilir\\p{L}*', 'atabilir\\p{L}*', 'almak istiyorum'],
    notOptOut: ['(?:sipariş|kargo|gönderi|paket|teslimat)\\p{L}* (?:durdur|iptal|beklet)\\p{L}*'],
    missing: ['gelmedi', 'gelmiyor', 'almadım', 'alamıyorum', 'neden', 'niye'],
    notOptIn: ['geldi', 'aldım'],
    switchTo: ['konuş\\p{L}*', 'yaz\\p{L}*', 'cevap\\p{L}*', 'yanıt\\p{L}*', 'devam\\p{L}*', 'geç\\p{L}*', 'dön\\p{L}*', 'olsun', 'tekrar', 'lütfen'],
    notLanguage: ['beden', 'kılavuz\\p{L}*', 'kullanım', 'versiyon', 'sürüm', 'etiket\\p{L}*', 'açıklama', 'altyazı', 'klavye', 'isim', 'çeviri', 'kurs', 'ders', 'öğretmen', 'malı', 'yapımı', 'bilmiyorum', 'anlamıyorum'],
  },
};
