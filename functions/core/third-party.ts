// "It's my husband's order, his e-mail is …": the shopper says, in the very message that proves an order,
// that the order is someone else's. Proving someone else's order with their e-mail is exactly what an
// impostor does, so that message never verifies (the owner is asked to write themselves). Only ownership
// counts: "I ordered it for my wife" is the shopper's own order, a gift, and is not matched here.
//
// One pattern list per language, chat-style (no diacritics where shoppers drop them); lower-cased text.

const KIN_EN =
  'husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|son|daughter|sister|brother|friend|colleague|boss|neighbou?r|cousin|aunt|uncle';
const KIN_ES =
  'esposo|esposa|marido|mujer|novio|novia|madre|mama|mamá|padre|papa|papá|hijo|hija|hermano|hermana|amigo|amiga|jefe|jefa|suegra|suegro';
const KIN_PT =
  'marido|esposa|esposo|mulher|namorado|namorada|mae|mãe|pai|filho|filha|irmao|irmão|irma|irmã|amigo|amiga|chefe|sogra|sogro';
const KIN_DE =
  'mann|mannes|frau|freund|freundes|freundin|mutter|vater|vaters|sohn|sohnes|tochter|schwester|bruder|bruders|chef|chefin|nachbarn?|nachbarin';
const KIN_FR =
  'mari|femme|copain|copine|mere|mère|pere|père|fils|fille|frere|frère|soeur|sœur|ami|amie|patron|patronne|voisin|voisine';
const KIN_IT =
  'marito|moglie|fidanzato|fidanzata|madre|mamma|padre|papà|papa|figlio|figlia|fratello|sorella|amico|amica|capo|vicino|vicina';
const KIN_NL = 'man|vrouw|vriend|vriendin|moeder|vader|zoon|dochter|zus|broer|baas|buurman|buurvrouw';
const KIN_PL =
  'męża|meza|żony|zony|chłopaka|chlopaka|dziewczyny|mamy|matki|taty|ojca|syna|córki|corki|siostry|brata|przyjaciela|przyjaciółki|przyjaciolki|szefa';
const KIN_TR =
  'eşimin|esimin|kocamın|kocamin|karımın|karimin|annemin|babamın|babamin|oğlumun|oglumun|kızımın|kizimin|ablamın|ablamin|abimin|kardeşimin|kardesimin|arkadaşımın|arkadasimin|sevgilimin|patronumun';
const KIN_ID = 'suami|istri|isteri|pacar|ibu|mama|bapak|papa|ayah|anak|adik|kakak|abang|teman|kawan|bos';
const KIN_FIL = 'asawa|nanay|tatay|mama|papa|anak|kapatid|ate|kuya|kaibigan|boyfriend|girlfriend|amo|boss';
const KIN_VI = 'chồng|chong|vợ|vo|mẹ|me|bố|bo|ba|con|anh|chị|chi|em|bạn|ban|sếp|sep';
const KIN_TH = 'แฟน|สามี|ภรรยา|เมีย|ผัว|แม่|พ่อ|ลูก|พี่|น้อง|เพื่อน|หัวหน้า|เจ้านาย';
const KIN_JA = '夫|主人|旦那|妻|嫁|母|父|母親|父親|息子|娘|兄|姉|弟|妹|友達|友人|彼氏|彼女|上司';
const KIN_KO =
  '남편|아내|와이프|엄마|어머니|아빠|아버지|아들|딸|언니|오빠|형|누나|동생|친구|남친|여친|남자친구|여자친구|상사';
const KIN_ZH =
  '老公|丈夫|老婆|妻子|太太|妈妈|媽媽|母亲|母親|爸爸|父亲|父親|儿子|兒子|女儿|女兒|姐姐|哥哥|妹妹|弟弟|朋友|男朋友|女朋友|同事|老板|老闆';
const KIN_AR = 'زوجي|زوجتي|امي|أمي|ابي|أبي|ابني|بنتي|ابنتي|اخي|أخي|اختي|أختي|صديقي|صديقتي|مديري';

const ORDER_EN = 'order|parcel|package';
const W = '(?<![\\p{L}])';

/** Whole-word patterns (Latin scripts) and substring patterns (scripts without spaces). */
const CLAIMS: readonly RegExp[] = [
  // en: "my husband's order", "it's my wife's", "order belongs to my friend", "not my order", "someone else's order"
  new RegExp(`${W}(?:my|our)\\s+(?:${KIN_EN})['’]?s\\s+(?:${ORDER_EN}|one)\\b`, 'u'),
  new RegExp(`${W}(?:it'?s|its|it is|this is)\\s+(?:my|our)\\s+(?:${KIN_EN})['’]?s\\b`, 'u'),
  new RegExp(`${W}(?:${ORDER_EN})\\s+(?:is\\s+)?(?:belongs|belonging)\\s+to\\s+(?:my|a)\\b`, 'u'),
  new RegExp(`${W}(?:${ORDER_EN})(?:\\s+#?\\d+)?\\s+is\\s+(?:my|our)\\s+(?:${KIN_EN})['’]?s\\b`, 'u'),
  new RegExp(`${W}(?:not my (?:${ORDER_EN})|someone else'?s (?:${ORDER_EN})|on behalf of)\\b`, 'u'),
  // es
  new RegExp(`${W}(?:pedido|paquete|compra)\\s+(?:es\\s+)?de\\s+mi\\s+(?:${KIN_ES})`, 'u'),
  new RegExp(
    `${W}(?:es|son) de mi\\s+(?:${KIN_ES})\\b|${W}no es mi pedido|${W}a nombre de mi\\s+(?:${KIN_ES})`,
    'u',
  ),
  // pt-BR
  new RegExp(`${W}(?:pedido|pacote|compra)\\s+(?:é\\s+|e\\s+)?d[oa]\\s+(?:meu|minha)\\s+(?:${KIN_PT})`, 'u'),
  new RegExp(
    `${W}(?:é|e) d[oa] (?:meu|minha)\\s+(?:${KIN_PT})|${W}n[aã]o [eé] (?:o )?meu pedido|${W}no nome d[oa] (?:meu|minha)\\s+(?:${KIN_PT})`,
    'u',
  ),
  // de
  new RegExp(`${W}(?:bestellung|paket)\\s+(?:ist\\s+)?(?:von\\s+)?meine[rsnm]?\\s+(?:${KIN_DE})`, 'u'),
  new RegExp(`${W}(?:nicht meine bestellung|die bestellung gehört meine[rmn]?)`, 'u'),
  // fr
  new RegExp(`${W}(?:commande|colis)\\s+(?:est\\s+)?(?:de|à)\\s+(?:mon|ma)\\s+(?:${KIN_FR})`, 'u'),
  new RegExp(`${W}(?:ce n'?est pas ma commande|au nom de (?:mon|ma)\\s+(?:${KIN_FR}))`, 'u'),
  // it
  new RegExp(`${W}(?:ordine|pacco)\\s+(?:è\\s+)?di\\s+(?:mio|mia)\\s+(?:${KIN_IT})`, 'u'),
  new RegExp(`${W}non è (?:il )?mio ordine`, 'u'),
  // nl
  new RegExp(`${W}(?:bestelling|pakket)\\s+(?:is\\s+)?van\\s+mijn\\s+(?:${KIN_NL})\\b`, 'u'),
  new RegExp(`${W}niet mijn bestelling`, 'u'),
  // pl
  new RegExp(`${W}(?:zamówienie|zamowienie|paczka)\\s+(?:jest\\s+)?(?:mojego|mojej)\\s+(?:${KIN_PL})`, 'u'),
  new RegExp(`${W}to nie (?:jest )?moje zam[oó]wienie`, 'u'),
  // tr
  new RegExp(`${W}(?:${KIN_TR})\\s+sipari[şs]`, 'u'),
  new RegExp(`${W}benim sipari[şs]im de[ğg]il`, 'u'),
  // id / ms
  new RegExp(`${W}(?:pesanan|orderan|paket)\\s+(?:${KIN_ID})\\s+(?:saya|aku|sy|gue|gw)\\b`, 'u'),
  new RegExp(`${W}bukan pesanan (?:saya|aku|sy)\\b`, 'u'),
  // fil
  new RegExp(`${W}(?:order|parcel)\\s+(?:ng|ni)\\s+(?:${KIN_FIL})\\s+ko\\b`, 'u'),
  new RegExp(`${W}hindi (?:ko|akin) (?:ang )?order`, 'u'),
  // vi
  new RegExp(
    `${W}đơn(?: hàng)? (?:này )?(?:là )?của\\s+(?:${KIN_VI})\\s+(?:tôi|toi|mình|minh|em|tui)\\b`,
    'u',
  ),
  new RegExp(`${W}không phải đơn(?: hàng)? của (?:tôi|mình|em)`, 'u'),
  // th, ja, ko, zh, ar: no spaces (or particles) around the words
  new RegExp(`(?:ออเดอร์|คำสั่งซื้อ|พัสดุ)(?:นี้)?(?:เป็น)?ของ(?:${KIN_TH})|ไม่ใช่ออเดอร์ของ(?:ฉัน|ผม|เรา|หนู)`, 'u'),
  new RegExp(`(?:${KIN_JA})の(?:注文|荷物)|私の注文では(?:ない|ありません)`, 'u'),
  new RegExp(`(?:${KIN_KO})(?:의|이|가)?\\s?(?:주문|택배)|제 주문이 아니`, 'u'),
  new RegExp(`(?:${KIN_ZH})的(?:订单|訂單|包裹|快递|快遞)|不是我的(?:订单|訂單)`, 'u'),
  new RegExp(`(?:طلب|طرد)\\s+(?:${KIN_AR})|ليس طلبي`, 'u'),
];

/** True when the message says the order belongs to someone else (any of our languages). */
export function claimsSomeoneElsesOrder(text: string): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  return CLAIMS.some((pattern) => pattern.test(lower));
}
