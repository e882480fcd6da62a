// What shoppers of each language type for the order intents beyond "where is it?". Our own phrasing, written
// for this end-to-end test (never training data): chatty, with the order number inline as people paste it.
import type { Language } from '../../functions/core/types';

type ForOrder = (id: string) => string;

export interface SizeAsk {
  /** The demo catalog's English product name, pasted as shoppers do. */
  product: string;
  heightCm: number;
  weightKg: number;
  text: string;
}

/** (a) a parcel that is late or stuck. */
export const DELAY: Record<Language, ForOrder> = {
  en: (id) => `my order ${id} still hasn't arrived, it's been stuck for ages. why is it so late?`,
  es: (id) => `mi pedido ${id} lleva muchísimo retraso, ya debería haber llegado. ¿qué pasa?`,
  'pt-BR': (id) => `meu pedido ${id} tá muito atrasado, era pra ter chegado já. o que aconteceu?`,
  id: (id) => `kak pesanan ${id} kok lama banget belum sampai? udah telat dari estimasi`,
  ms: (id) => `pesanan ${id} saya lambat sangat, sepatutnya dah sampai. kenapa lama sangat?`,
  th: (id) => `พัสดุคำสั่งซื้อ ${id} ล่าช้ามากเลยค่ะ ป่านนี้ยังไม่ถึงเลย เกิดอะไรขึ้นคะ`,
  vi: (id) => `đơn ${id} của mình bị trễ lâu quá rồi, sao mãi chưa giao vậy shop?`,
  ja: (id) => `注文${id}の荷物がずっと届きません。予定より大幅に遅れているのはなぜですか？`,
  'zh-Hans': (id) => `我的订单${id}怎么还没到？已经晚了好多天了，是卡在哪里了吗`,
  'zh-Hant': (id) => `我的訂單${id}怎麼還沒到？已經晚了好幾天了，是卡在哪裡嗎`,
  ko: (id) => `주문 ${id} 배송이 너무 늦어요. 왜 아직도 안 오나요?`,
  ar: (id) => `طلبي رقم ${id} متأخر كثير وما وصل لحد الحين، ليش التأخير؟`,
  fr: (id) =>
    `ma commande ${id} a beaucoup de retard, elle aurait dû arriver depuis longtemps. que se passe-t-il ?`,
  de: (id) =>
    `Meine Bestellung ${id} ist immer noch nicht da, das dauert viel zu lange. Warum die Verspätung?`,
  tr: (id) => `${id} numaralı siparişim çok gecikti, hâlâ gelmedi. neden bu kadar geç kaldı?`,
  fil: (id) => `bakit po ang tagal ng order ko ${id}? delayed na po siya, hanggang ngayon wala pa`,
  it: (id) => `il mio ordine ${id} è in ritardo enorme, doveva arrivare giorni fa. come mai?`,
  nl: (id) =>
    `mijn bestelling ${id} is nog steeds niet binnen, hij is al dagen te laat. wat is er aan de hand?`,
  pl: (id) => `moje zamówienie ${id} bardzo się spóźnia, powinno już dawno dotrzeć. dlaczego tak długo?`,
};

/** (b) a return of a delivered order. */
export const RETURN: Record<Language, ForOrder> = {
  en: (id) => `hi, I'd like to return order ${id}, it doesn't fit me`,
  es: (id) => `hola, quiero devolver el pedido ${id}, no me queda bien`,
  'pt-BR': (id) => `oi, quero devolver o pedido ${id}, não serviu em mim`,
  id: (id) => `kak, saya mau retur pesanan ${id} ya, ukurannya nggak pas`,
  ms: (id) => `hai, saya nak pulangkan barang pesanan ${id}, saiz tak muat`,
  th: (id) => `สวัสดีค่ะ อยากขอคืนสินค้าคำสั่งซื้อ ${id} ค่ะ ใส่ไม่พอดี`,
  vi: (id) => `shop ơi, mình muốn trả hàng đơn ${id}, mặc không vừa`,
  ja: (id) => `注文${id}の商品を返品したいです。サイズが合いませんでした。`,
  'zh-Hans': (id) => `你好，我想退货，订单${id}，尺码不合适`,
  'zh-Hant': (id) => `你好，我想退貨，訂單${id}，尺寸不合`,
  ko: (id) => `주문 ${id} 반품하고 싶어요. 사이즈가 안 맞아요`,
  ar: (id) => `السلام عليكم، أبي أرجع طلب رقم ${id}، المقاس ما ناسبني`,
  fr: (id) => `bonjour, je voudrais retourner la commande ${id}, la taille ne me va pas`,
  de: (id) => `Hallo, ich möchte die Bestellung ${id} zurückschicken, passt leider nicht`,
  tr: (id) => `merhaba, ${id} numaralı siparişi iade etmek istiyorum, bedeni olmadı`,
  fil: (id) => `hi po, gusto ko pong i-return yung order ${id}, hindi po kasya`,
  it: (id) => `ciao, vorrei restituire l'ordine ${id}, la taglia non va bene`,
  nl: (id) => `hoi, ik wil bestelling ${id} retourneren, het past niet`,
  pl: (id) => `dzień dobry, chcę zwrócić zamówienie ${id}, rozmiar nie pasuje`,
};

/** (c) cancelling an order that has not been packed yet. */
export const CANCEL: Record<Language, ForOrder> = {
  en: (id) => `please cancel my order ${id}, I ordered it by mistake`,
  es: (id) => `quiero cancelar mi pedido ${id}, me equivoqué al comprar`,
  'pt-BR': (id) => `quero cancelar meu pedido ${id}, comprei errado`,
  id: (id) => `kak tolong batalkan pesanan ${id} ya, saya salah pesan`,
  ms: (id) => `tolong batalkan pesanan ${id} saya, tersalah order`,
  th: (id) => `ขอยกเลิกคำสั่งซื้อ ${id} ค่ะ สั่งผิด`,
  vi: (id) => `shop hủy giúp mình đơn ${id} nhé, mình đặt nhầm`,
  ja: (id) => `注文${id}をキャンセルしたいです。間違えて注文してしまいました。`,
  'zh-Hans': (id) => `麻烦帮我取消订单${id}，我下错单了`,
  'zh-Hant': (id) => `麻煩幫我取消訂單${id}，我下錯單了`,
  ko: (id) => `주문 ${id} 취소해 주세요. 잘못 주문했어요`,
  ar: (id) => `لو سمحت الغي طلبي رقم ${id}، طلبته بالغلط`,
  fr: (id) => `bonjour, je voudrais annuler ma commande ${id}, je me suis trompé`,
  de: (id) => `Bitte stornieren Sie meine Bestellung ${id}, ich habe mich vertan`,
  tr: (id) => `${id} numaralı siparişimi iptal etmek istiyorum, yanlışlıkla verdim`,
  fil: (id) => `pa-cancel po ng order ko ${id}, nagkamali po ako ng order`,
  it: (id) => `vorrei annullare il mio ordine ${id}, ho sbagliato`,
  nl: (id) => `kunt u mijn bestelling ${id} annuleren? ik heb me vergist`,
  pl: (id) => `proszę anulować moje zamówienie ${id}, zamówiłem przez pomyłkę`,
};

/** (d) a new delivery address for an order not shipped yet (the address itself comes next). */
export const ADDRESS: Record<Language, ForOrder> = {
  en: (id) => `can I change the delivery address for order ${id}? I'm moving`,
  es: (id) => `¿puedo cambiar la dirección de entrega del pedido ${id}? me mudé`,
  'pt-BR': (id) => `consigo mudar o endereço de entrega do pedido ${id}? me mudei`,
  id: (id) => `kak, bisa ganti alamat pengiriman pesanan ${id}? saya pindah rumah`,
  ms: (id) => `boleh tukar alamat penghantaran untuk pesanan ${id}? saya dah pindah rumah`,
  th: (id) => `ขอเปลี่ยนที่อยู่จัดส่งของคำสั่งซื้อ ${id} ได้ไหมคะ ย้ายบ้านค่ะ`,
  vi: (id) => `mình muốn đổi địa chỉ giao hàng cho đơn ${id} được không shop?`,
  ja: (id) => `注文${id}のお届け先住所を変更できますか？引っ越しました。`,
  'zh-Hans': (id) => `订单${id}的收货地址可以改一下吗？我搬家了`,
  'zh-Hant': (id) => `訂單${id}的收件地址可以改嗎？我搬家了`,
  ko: (id) => `주문 ${id} 배송지 주소 변경할 수 있나요? 이사했어요`,
  ar: (id) => `ممكن أغير عنوان التوصيل لطلب رقم ${id}؟ انتقلت لبيت جديد`,
  fr: (id) => `est-ce que je peux changer l'adresse de livraison de la commande ${id} ? j'ai déménagé`,
  de: (id) => `Kann ich die Lieferadresse für Bestellung ${id} noch ändern? Ich bin umgezogen`,
  tr: (id) => `${id} numaralı siparişin teslimat adresini değiştirebilir miyim? taşındım`,
  fil: (id) => `pwede po bang palitan yung delivery address ng order ${id}? lumipat na po kasi ako`,
  it: (id) => `posso cambiare l'indirizzo di consegna dell'ordine ${id}? ho traslocato`,
  nl: (id) => `kan ik het bezorgadres van bestelling ${id} nog wijzigen? ik ben verhuisd`,
  pl: (id) => `czy mogę zmienić adres dostawy zamówienia ${id}? przeprowadziłem się`,
};

/** (e) size advice from height and weight, for a product whose chart has both. */
export const SIZE: Record<Language, SizeAsk> = {
  en: {
    product: 'Relaxed Linen Shirt',
    heightCm: 170,
    weightKg: 68,
    text: `what size should I get in the Relaxed Linen Shirt? I'm 5'7" and 150 lbs`,
  },
  es: {
    product: 'Organic Cotton Tee',
    heightCm: 170,
    weightKg: 65,
    text: '¿qué talla me recomiendas de la Organic Cotton Tee? mido 1,70 m y peso 65 kg',
  },
  'pt-BR': {
    product: 'Merino Knit Cardigan',
    heightCm: 165,
    weightKg: 58,
    text: 'qual tamanho do Merino Knit Cardigan eu devo pegar? tenho 1,65 m e 58 kg',
  },
  id: {
    product: 'Relaxed Linen Shirt',
    heightCm: 168,
    weightKg: 60,
    text: 'kak, Relaxed Linen Shirt cocoknya size apa ya? tinggi 168 cm berat 60 kg',
  },
  ms: {
    product: 'Organic Cotton Tee',
    heightCm: 172,
    weightKg: 70,
    text: 'saiz apa yang sesuai untuk Organic Cotton Tee? tinggi saya 172cm, berat 70kg',
  },
  th: {
    product: 'Relaxed Linen Shirt',
    heightCm: 160,
    weightKg: 50,
    text: 'Relaxed Linen Shirt ควรใส่ไซส์อะไรดีคะ สูง 160 ซม. หนัก 50 กก.',
  },
  vi: {
    product: 'Classic Trench Coat',
    heightCm: 163,
    weightKg: 55,
    text: 'Classic Trench Coat mình nên mặc size nào vậy shop? mình cao 1m63 nặng 55kg',
  },
  ja: {
    product: 'Merino Knit Cardigan',
    heightCm: 158,
    weightKg: 50,
    text: 'Merino Knit Cardiganは何サイズがいいですか？身長158cm、体重50kgです。',
  },
  'zh-Hans': {
    product: 'Organic Cotton Tee',
    heightCm: 175,
    weightKg: 78,
    text: 'Organic Cotton Tee我穿什么尺码合适？身高175cm，体重78kg',
  },
  'zh-Hant': {
    product: 'Relaxed Linen Shirt',
    heightCm: 162,
    weightKg: 52,
    text: 'Relaxed Linen Shirt要穿哪個尺寸？我身高162公分，體重52公斤',
  },
  ko: {
    product: 'Classic Trench Coat',
    heightCm: 178,
    weightKg: 80,
    text: 'Classic Trench Coat 사이즈 추천해 주세요. 키 178cm에 몸무게 80kg이에요',
  },
  ar: {
    product: 'Relaxed Linen Shirt',
    heightCm: 175,
    weightKg: 75,
    text: 'أي مقاس يناسبني من Relaxed Linen Shirt؟ طولي 175 سم ووزني 75 كيلو',
  },
  fr: {
    product: 'Merino Knit Cardigan',
    heightCm: 168,
    weightKg: 62,
    text: 'quelle taille me conseillez-vous pour le Merino Knit Cardigan ? je fais 1m68 et 62 kg',
  },
  de: {
    product: 'Classic Trench Coat',
    heightCm: 180,
    weightKg: 82,
    text: 'Welche Größe empfehlen Sie mir beim Classic Trench Coat? Ich bin 180 cm groß und wiege 82 kg.',
  },
  tr: {
    product: 'Organic Cotton Tee',
    heightCm: 170,
    weightKg: 66,
    text: 'Organic Cotton Tee için hangi bedeni almalıyım? boyum 170 cm, kilom 66',
  },
  fil: {
    product: 'Relaxed Linen Shirt',
    heightCm: 165,
    weightKg: 60,
    text: 'anong size po ang bagay sa akin sa Relaxed Linen Shirt? 165 cm po ako at 60 kg',
  },
  it: {
    product: 'Classic Trench Coat',
    heightCm: 172,
    weightKg: 68,
    text: 'che taglia mi consigliate per il Classic Trench Coat? sono alta 172 cm e peso 68 kg',
  },
  nl: {
    product: 'Organic Cotton Tee',
    heightCm: 185,
    weightKg: 88,
    text: 'welke maat raad je aan voor de Organic Cotton Tee? ik ben 185 cm en weeg 88 kg',
  },
  pl: {
    product: 'Merino Knit Cardigan',
    heightCm: 166,
    weightKg: 57,
    text: 'jaki rozmiar Merino Knit Cardigan mi polecacie? mam 166 cm wzrostu i ważę 57 kg',
  },
};
