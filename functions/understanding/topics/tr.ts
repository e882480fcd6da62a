import type { TopicLexicon } from './types';

// Turkish as typed on chat: "ne zmn", "nerde", "şuan", "kargom", suffixes glued on ("kargoya", "Almanya'ya"),
// Turkish letters folded (ş→s, ğ→g, ı→i, ö→o, ü→u, ç→c). Past forms ("ne zaman geldi") are not arrival
// questions.
// "ne zaman stoğa gelir" asks for a restock.
const NOT_RESTOCK = '(?![^?.!]*\\b(?:stok|stog|tekrar|yeniden)\\w*)';
const WHEN = '(?:ne zaman|ne zmn|nezaman|ne zamn|ne zman|hangi gun|ne vakit)';
const NOT_REFUND = '(?<!(?:para|iade|geri odeme)[^?.!]*)(?![^?.!]*(?:para|iade|geri odeme))';
const NOT_HOME = '(?<!(?:eve|adrese|adresime|ise|isyerime|bana|size|kapiya) )';

export const tr: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${WHEN}${NOT_RESTOCK}\\b[^?.!]{0,25}\\b(?:gel(?!di|mis|medi|memis)|ulas(?!ti|mis)|teslim (?:edil|ed|alir|alabil)|elime|eline|varir|varacak|alirim|alabilirim|alacagim|getir)`,
      '(?:teslimat|teslim|varis|gelis) (?:tarihi|zamani|gunu)\\b(?![^?.!]*\\b(?:gecti|gecmis|asildi)\\b)',
      'tahmini (?:teslim|teslimat|varis|gelis|ulasma)\\w*\\b(?![^?.!]*\\b(?:gecti|gecmis|asildi)\\b)',
      '(?:yarin|bugun|bu hafta|haftaya)\\b[^?.!]{0,10}\\b(?:gelir mi|gelecek mi|ulasir mi|teslim edilir mi|elimde olur mu)',
    ],
    location: [
      '(?:su an|suan|su anda|simdi|su sira|tam olarak)\\b[^?.!]{0,20}\\b(?:nerede|nerde|neresi|nereye|hangi)',
      '(?:nerede|nerde)\\b[^?.!]{0,10}\\b(?:su an|suan|simdi|su anda)\\b',
      'hangi (?:subede|sube|depoda|aktarmada|aktarma|sehirde|ilde|merkezde)',
      'konum(?:u|unu|u ne|da)?\\b',
    ],
    refund_timing: [
      `(?:para|param|parami|iade|iadem|ucret|tutar|geri odeme)\\w*\\b[^?.!]{0,25}\\b(?:${WHEN}|kac gun|kac gunde|yatmadi|yatar|yatacak|gecer|gecmedi|ne kadar surer)`,
      `(?:${WHEN}|kac gun(?:de)?|ne kadar surede)\\b[^?.!]{0,20}\\b(?:para|param|parami|iade|geri odeme|yatar|yatacak|hesabima)`,
    ],
    return_label: [
      'iade (?:etiketi|etiket|kodu|kargo kodu|barkodu|barkod|adresi|formu)',
      '(?:etiket|barkod)\\w*\\b[^?.!]{0,15}\\b(?:kaybettim|kayboldu|tekrar|yeniden|gonder|yok|nerede|nerde|gelmedi|bulamiyorum)',
      '(?:nasil|nereye)\\b[^?.!]{0,10}\\b(?:geri gonder|iade gonder|geri yolla|iade ederim|gonderecegim|gonderiyorum)',
    ],
    tracking_number: [
      '(?:takip|kargo takip|gonderi|kargo|gonderi takip)\\s?(?:numarasi|numara|no\\b|kodu|kod\\b|linki|link|nosu)',
    ],
  },
  faq: {
    shipping_countries: [
      `${NOT_HOME}[a-z]+'(?:ya|ye|a|e|na|ne) (?:da |de )?(?:gonder|kargo|teslim|yolla|ulastir|getir)`,
      '(?:yurt ?disi|yurtdisina|yurt disina|uluslararasi|ulke disina)',
      'hangi (?:ulkeler|ulkelere)',
      '(?:gonderim|kargo|teslimat|gonderi|sevkiyat)\\w* (?:yapiyor musunuz|yapar misiniz|var mi)\\b',
    ],
    shipping_times: [
      `kac (?:is )?(?:gunde|gun icinde|gune|haftada|gun surer|gun suruyor)${NOT_REFUND}`,
      `ne kadar (?:surede|surer|zamanda)${NOT_REFUND}`,
      '(?:teslimat|kargo|gonderim|kargolama|teslim|hazirlama|kargoya verilme) (?:suresi|zamani)',
      'kac is gunu',
    ],
    duties_taxes: [
      'gumruk (?:vergisi|ucreti|masrafi|bedeli|parasi|harci)',
      'gumruk\\w*\\b[^?.!]{0,15}\\b(?:oder|odeme|ucret|vergi|para|cikar mi|masraf)',
      // "vergi" with its Turkish endings only: German "vergiss" starts the same way.
      'vergi(?:si|ler|leri|yi|ye|siz|li|den)?\\b|kdv\\b|otv\\b',
    ],
    exchange_policy: ['(?<!(?:adres|telefon|isim|numara)\\w*\\b[^?.!]{0,30})degis(?:im|tir)\\w*'],
    refund_policy: [
      'iade (?:politikasi|politikaniz|sartlari|kosullari|suresi|hakki|kurallari|sureci|proseduru)',
      'cayma hakki',
      'iade (?:edebilir miyim|edebiliyor muyum|yapabilir miyim|kabul|var mi|mumkun mu|yapiyor musunuz|ediliyor mu)',
      '(?:ucretsiz|bedava) iade',
      'kac gun icinde iade',
    ],
    payment_methods: [
      'kapida (?:odeme|nakit|kart)|taksit\\w*|kredi karti|banka karti|havale|eft\\b|papara|ininal|paypal',
      'odeme (?:secenek|yontem|sekil|tipi)\\w*|nasil odeme|nasil odeyebilirim',
      '(?:ile|la|le) (?:odeme|odeyebilir)\\w*',
    ],
  },
};
