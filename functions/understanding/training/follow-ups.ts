// Short follow-ups that lean on the order already in the conversation ("and when will it arrive?"): found
// missing in a walkthrough of the local stack, where they read as product questions. Paired with restock
// questions, which stay product_question, so the model learns the difference (arrival of MY parcel vs
// availability of an item).
import type { Intent, Language } from '../../core/types';

type FollowUps = Record<Language, Partial<Record<Intent, readonly string[]>>>;

export const FOLLOW_UPS: FollowUps = {
  en: {
    track_order: [
      'and when will it arrive?',
      'so when does it get here',
      'ok and when do i get it',
      'when will it be delivered then?',
      'how many more days?',
      'any idea when it arrives',
    ],
    product_question: ['when will the black one be back in stock?', 'when do you restock size M?'],
  },
  es: {
    track_order: [
      '¿y cuándo llega?',
      'y para cuándo me llega entonces',
      'ok, ¿cuándo lo entregan?',
      'cuántos días más faltan?',
      '¿y cuándo lo recibo?',
    ],
    product_question: ['¿cuándo vuelve a haber stock del negro?', 'cuándo reponen la talla M?'],
  },
  'pt-BR': {
    track_order: [
      'e quando vai chegar?',
      'e quando chega?',
      'ta, e quando eu recebo?',
      'quantos dias ainda faltam?',
      'e a entrega é quando?',
    ],
    product_question: ['quando volta o preto no estoque?', 'vai ter reposição do tamanho M?'],
  },
  id: {
    track_order: [
      'terus kapan sampainya kak?',
      'kira2 kapan nyampe ya',
      'oke, estimasi tiba kapan?',
      'masih berapa hari lagi?',
    ],
    product_question: ['yang hitam kapan restock kak?', 'ukuran M kapan ready lagi?'],
  },
  ms: {
    track_order: [
      'jadi bila sampai?',
      'agak-agak bila barang sampai ye',
      'ok, berapa hari lagi?',
      'bila boleh terima?',
    ],
    product_question: ['bila stok warna hitam masuk semula?', 'saiz M bila ada balik?'],
  },
  th: {
    track_order: ['แล้วจะได้ของเมื่อไหร่คะ', 'แล้วของจะมาถึงวันไหน', 'อีกกี่วันถึงคะ', 'ประมาณไหนจะได้รับของ'],
    product_question: ['สีดำจะมีของเข้าอีกเมื่อไหร่คะ', 'ไซส์ M จะรีสต็อกไหม'],
  },
  vi: {
    track_order: [
      'vậy khi nào hàng tới?',
      'thế bao giờ mình nhận được ạ',
      'còn mấy ngày nữa thì tới?',
      'dự kiến khi nào giao vậy shop',
    ],
    product_question: ['màu đen khi nào về hàng lại shop?', 'size M bao giờ có lại?'],
  },
  ja: {
    track_order: [
      'で、いつ届きますか？',
      'あと何日くらいで着きますか',
      'じゃあ到着はいつ頃になりますか',
      'いつ受け取れますか？',
    ],
    product_question: ['黒はいつ再入荷しますか？', 'Mサイズの再入荷予定はありますか'],
  },
  'zh-Hans': {
    track_order: ['那什么时候能到？', '大概还要几天到', '那我什么时候能收到', '预计哪天送到？'],
    product_question: ['黑色什么时候补货？', 'M码还会再到货吗'],
  },
  'zh-Hant': {
    track_order: ['那什麼時候會到？', '大概還要幾天才會收到', '所以哪天會送到呢', '預計什麼時候可以拿到？'],
    product_question: ['黑色什麼時候會補貨？', 'M號還會再進貨嗎'],
  },
  ko: {
    track_order: [
      '그럼 언제 도착해요?',
      '며칠 더 걸려요?',
      '언제쯤 받을 수 있을까요',
      '도착 예정일이 언제예요?',
    ],
    product_question: ['검정색 재입고 언제 되나요?', 'M 사이즈 다시 들어오나요?'],
  },
  ar: {
    track_order: [
      'طيب ومتى يوصل؟',
      'كم يوم باقي عشان يوصلني',
      'متى أستلم الطلب؟',
      'إيش موعد التوصيل المتوقع؟',
    ],
    product_question: ['متى يرجع اللون الأسود في المخزون؟', 'هل بيتوفر مقاس M مرة ثانية؟'],
  },
  fr: {
    track_order: [
      'et ça arrive quand ?',
      'du coup je le reçois quand',
      'encore combien de jours ?',
      'livraison prévue pour quand ?',
    ],
    product_question: ['le noir revient en stock quand ?', 'la taille M sera réassortie ?'],
  },
  de: {
    track_order: [
      'und wann kommt es an?',
      'wann krieg ich das dann',
      'wie viele Tage noch?',
      'und wann ist die Zustellung?',
    ],
    product_question: ['wann ist die schwarze wieder auf Lager?', 'kommt Größe M wieder rein?'],
  },
  tr: {
    track_order: [
      'peki ne zaman gelir?',
      'kaç gün daha sürer',
      'ne zaman elime ulaşır?',
      'tahmini teslim tarihi ne?',
    ],
    product_question: ['siyah ne zaman tekrar stoğa girer?', 'M beden tekrar gelecek mi?'],
  },
  fil: {
    track_order: [
      'e kailan po darating?',
      'ilang araw pa po bago dumating',
      'kailan ko po makukuha',
      'kelan po ang delivery?',
    ],
    product_question: ['kailan po ulit magkaka-stock ng black?', 'magre-restock po ba ng size M?'],
  },
  it: {
    track_order: [
      'e quando arriva?',
      'quindi quando lo ricevo',
      'quanti giorni mancano ancora?',
      'consegna prevista per quando?',
    ],
    product_question: ['quando torna disponibile il nero?', 'la taglia M tornerà in stock?'],
  },
  nl: {
    track_order: [
      'en wanneer komt het aan?',
      'dus wanneer krijg ik het',
      'hoeveel dagen nog?',
      'wanneer wordt het bezorgd?',
    ],
    product_question: ['wanneer is de zwarte weer op voorraad?', 'komt maat M nog terug?'],
  },
  pl: {
    track_order: ['a kiedy dotrze?', 'to kiedy to dostanę', 'ile jeszcze dni?', 'kiedy będzie dostawa?'],
    product_question: ['kiedy czarny wróci na stan?', 'czy rozmiar M będzie jeszcze dostępny?'],
  },
};
