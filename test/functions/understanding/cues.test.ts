import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../functions/core/types';
import { cueLexicons, readReplyCues, readRequests } from '../../../functions/understanding/cues';

type Case = readonly [Language, string];

const YES: Case[] = [
  ['en', 'yes'],
  ['en', 'yesss'],
  ['en', 'Yeah sure'],
  ['en', 'yep 👍'],
  ['en', 'yes please cancel it'],
  ['en', 'ok, cancel it'],
  ['en', 'sure thing!!'],
  ['en', 'no problem'],
  ['en', 'of course'],
  ['es', 'sí'],
  ['es', 'siii'],
  ['es', 'si claro'],
  ['es', 'dale'],
  ['es', 'sí, cancélalo'],
  ['es', 'simón'],
  ['es', 'ándale pues'],
  ['es', 'va'],
  ['es', 'claro que si'],
  ['pt-BR', 'sim'],
  ['pt-BR', 'simmm'],
  ['pt-BR', 'pode sim'],
  ['pt-BR', 'isso'],
  ['pt-BR', 'bora'],
  ['pt-BR', 'beleza, pode cancelar'],
  ['pt-BR', 'ss'],
  ['pt-BR', 'é'],
  ['id', 'iya kak'],
  ['id', 'iyaa'],
  ['id', 'ya gan'],
  ['id', 'boleh'],
  ['id', 'siap kak, batalin aja'],
  ['id', 'oke deh'],
  ['id', 'sip'],
  ['ms', 'ya'],
  ['ms', 'boleh je'],
  ['ms', 'ok lah'],
  ['ms', 'betul tu'],
  ['ms', 'haah'],
  ['ms', 'nak'],
  ['th', 'ใช่ค่ะ'],
  ['th', 'ได้ครับ'],
  ['th', 'ค่าาา'],
  ['th', 'โอเคค่ะ'],
  ['th', 'ได้เลยจ้า'],
  ['th', 'ตกลงครับ ยกเลิกเลย'],
  ['th', 'ค่ะ'],
  ['vi', 'vâng ạ'],
  ['vi', 'dạ'],
  ['vi', 'ok ạ'],
  ['vi', 'ừ'],
  ['vi', 'có ạ'],
  ['vi', 'đúng rồi shop'],
  ['vi', 'dc'],
  ['vi', 'đúng'],
  ['ja', 'はい'],
  ['ja', 'うん'],
  ['ja', 'お願いします'],
  ['ja', '大丈夫です'],
  ['ja', 'はい、キャンセルしてください'],
  ['ja', 'はーい'],
  ['ja', 'オッケー'],
  ['zh-Hans', '嗯嗯'],
  ['zh-Hans', '好滴'],
  ['zh-Hans', '可以'],
  ['zh-Hans', '行'],
  ['zh-Hans', '没问题'],
  ['zh-Hans', '好的，取消吧'],
  ['zh-Hans', '是的呢'],
  ['zh-Hant', '好的'],
  ['zh-Hant', '沒問題'],
  ['zh-Hant', '對啊'],
  ['zh-Hant', '係呀'],
  ['zh-Hant', '可以喔'],
  ['ko', '네'],
  ['ko', '넹'],
  ['ko', '네네네'],
  ['ko', 'ㅇㅇ'],
  ['ko', '응'],
  ['ko', '네 취소해주세요'],
  ['ko', '좋아요'],
  ['ar', 'نعم'],
  ['ar', 'ايوه'],
  ['ar', 'اكيد'],
  ['ar', 'تمام'],
  ['ar', 'ايه'],
  ['ar', 'أيوة الغيه'],
  ['ar', 'طبعا'],
  ['fr', 'oui'],
  ['fr', 'ouais'],
  ['fr', 'carrément'],
  ['fr', 'grave'],
  ['fr', "d'accord"],
  ['fr', 'oui, annulez-la svp'],
  ['de', 'ja'],
  ['de', 'jap'],
  ['de', 'jo'],
  ['de', 'klar'],
  ['de', 'passt'],
  ['de', 'ja bitte stornieren'],
  ['de', 'Ja, gerne!'],
  ['tr', 'evet'],
  ['tr', 'olur'],
  ['tr', 'tamamdır'],
  ['tr', 'tmm'],
  ['tr', 'evet, iptal edin lütfen'],
  ['tr', 'aynen'],
  ['fil', 'oo'],
  ['fil', 'opo'],
  ['fil', 'sige po'],
  ['fil', 'cge'],
  ['fil', 'oo po, i-cancel na'],
  ['fil', 'oo naman'],
  ['it', 'sì'],
  ['it', 'si'],
  ['it', 'certo'],
  ['it', 'certamente'],
  ['it', 'va bene'],
  ['it', 'sì, annullalo'],
  ['nl', 'ja'],
  ['nl', 'ja hoor'],
  ['nl', 'prima'],
  ['nl', 'is goed'],
  ['nl', 'jazeker'],
  ['nl', 'ja, annuleer maar'],
  ['pl', 'tak'],
  ['pl', 'pewnie'],
  ['pl', 'no jasne'],
  ['pl', 'jasne'],
  ['pl', 'spoko'],
  ['pl', 'tak, anuluj'],
];

const NO: Case[] = [
  ['en', 'no'],
  ['en', 'noooo'],
  ['en', 'nope'],
  ['en', 'nah'],
  ['en', 'no, keep it'],
  ['en', 'Not yet'],
  ['en', 'Of course not'],
  ['en', 'no thanks'],
  ['en', '👎'],
  ['es', 'no'],
  ['es', 'nel'],
  ['es', 'todavía no'],
  ['es', 'todavia no'],
  ['es', 'no gracias'],
  ['es', 'no, mejor no'],
  ['es', 'para nada'],
  ['pt-BR', 'não'],
  ['pt-BR', 'nao'],
  ['pt-BR', 'naoo'],
  ['pt-BR', 'ainda não'],
  ['pt-BR', 'não, obrigado'],
  ['pt-BR', 'nem pensar'],
  ['id', 'gak'],
  ['id', 'nggak kak'],
  ['id', 'tidak'],
  ['id', 'belum'],
  ['id', 'gak usah kak'],
  ['id', 'enggak'],
  ['ms', 'tak'],
  ['ms', 'tak nak'],
  ['ms', 'tidak'],
  ['ms', 'belum lagi'],
  ['ms', 'tak payah lah'],
  ['ms', 'xnak'],
  ['th', 'ไม่ค่ะ'],
  ['th', 'ไม่ใช่ครับ'],
  ['th', 'ยังค่ะ'],
  ['th', 'ไม่เอา'],
  ['th', 'ไม่ต้องค่ะ'],
  ['th', 'ไม่ๆ'],
  ['vi', 'không'],
  ['vi', 'ko'],
  ['vi', 'k'],
  ['vi', 'chưa ạ'],
  ['vi', 'dạ không'],
  ['vi', 'không cần đâu'],
  ['ja', 'いいえ'],
  ['ja', 'いや'],
  ['ja', 'ううん'],
  ['ja', 'まだです'],
  ['ja', '結構です'],
  ['ja', 'いいえ、そのままで'],
  ['zh-Hans', '不'],
  ['zh-Hans', '不是'],
  ['zh-Hans', '不要'],
  ['zh-Hans', '还没'],
  ['zh-Hans', '不用'],
  ['zh-Hans', '没有哦'],
  ['zh-Hant', '不用'],
  ['zh-Hant', '還沒'],
  ['zh-Hant', '唔係'],
  ['zh-Hant', '唔使'],
  ['zh-Hant', '沒有'],
  ['ko', '아니요'],
  ['ko', '아뇨'],
  ['ko', 'ㄴㄴ'],
  ['ko', '아직이요'],
  ['ko', '아니요 괜찮아요'],
  ['ko', '싫어요'],
  ['ar', 'لا'],
  ['ar', 'لا لا'],
  ['ar', 'مو'],
  ['ar', 'لسه'],
  ['ar', 'لا شكرا'],
  ['ar', 'لا، خليه'],
  ['fr', 'non'],
  ['fr', 'nan'],
  ['fr', 'pas encore'],
  ['fr', 'non merci'],
  ['fr', 'pas du tout'],
  ['fr', 'non, gardez-la'],
  ['de', 'nein'],
  ['de', 'nö'],
  ['de', 'nee'],
  ['de', 'noch nicht'],
  ['de', 'nein danke'],
  ['de', 'auf keinen Fall'],
  ['tr', 'hayır'],
  ['tr', 'hayir'],
  ['tr', 'yok'],
  ['tr', 'istemiyorum'],
  ['tr', 'henüz değil'],
  ['tr', 'yok kalsın'],
  ['fil', 'hindi po'],
  ['fil', 'hindi'],
  ['fil', 'ayoko'],
  ['fil', 'wag po'],
  ['fil', 'hindi pa'],
  ['fil', 'wala pa po'],
  ['it', 'no'],
  ['it', 'nono'],
  ['it', 'non ancora'],
  ['it', 'no grazie'],
  ['it', 'assolutamente no'],
  ['it', 'macché'],
  ['nl', 'nee'],
  ['nl', 'nee hoor'],
  ['nl', 'nog niet'],
  ['nl', 'liever niet'],
  ['nl', 'nee dank je'],
  ['nl', 'neen'],
  ['pl', 'nie'],
  ['pl', 'nie dzięki'],
  ['pl', 'jeszcze nie'],
  ['pl', 'raczej nie'],
  ['pl', 'niee'],
  ['pl', 'nie, zostaw'],
];

/** Not answers: a negation that starts a statement, a weak "ok" before a question, doubt, a question back. */
const NOT_YES_NO: Case[] = [
  ['en', 'no idea where my order is'],
  ['en', 'ok where is my order'],
  ['en', 'okay so when does it arrive'],
  ['en', 'yes and no'],
  ['en', 'maybe'],
  ['en', 'yesterday it said shipped'],
  ['en', 'nothing arrived'],
  ['en', 'no one answered'],
  ['en', 'not sure'],
  ['en', 'no more messages please'],
  ['en', 'yes?'],
  ['es', 'no tengo el número'],
  ['es', 'no sé'],
  ['es', 'no me ha llegado el pedido'],
  ['es', 'si no llega mañana lo cancelo'],
  ['pt-BR', 'não recebi'],
  ['pt-BR', 'não chegou ainda meu pedido?'],
  ['pt-BR', 'talvez'],
  ['id', 'gak bisa login'],
  ['id', 'ya ampun lama banget'],
  ['id', 'boleh tanya?'],
  ['ms', 'tak sampai lagi barang saya'],
  ['th', 'ไม่ได้รับของค่ะ'],
  ['vi', 'không nhận được hàng'],
  ['vi', 'được không?'],
  ['ja', 'いいです'],
  ['ja', 'まだキャンセルできますか'],
  ['zh-Hans', '不知道'],
  ['zh-Hans', '好吗'],
  ['zh-Hans', '可以吗'],
  ['ko', '괜찮아요'],
  ['ar', 'ممكن'],
  ['fr', 'non reçu'],
  ['fr', 'peut-être'],
  ['de', 'jein'],
  ['de', 'nicht angekommen'],
  ['tr', 'yok mu?'],
  ['fil', 'hindi ko natanggap'],
  ['it', 'non ho ricevuto niente'],
  ['nl', 'niet ontvangen'],
  ['pl', 'no'],
  ['pl', 'nie dostałem paczki'],
];

describe('readReplyCues: yes/no', () => {
  it.each(YES)('[%s] %s → yes', (language, text) => {
    expect(readReplyCues(text, language).yesNo).toBe('yes');
  });

  it.each(NO)('[%s] %s → no', (language, text) => {
    expect(readReplyCues(text, language).yesNo).toBe('no');
  });

  it.each(NOT_YES_NO)('[%s] %s → no answer', (language, text) => {
    expect(readReplyCues(text, language).yesNo).toBeUndefined();
  });

  // The language guess is weakest for one-word messages: the other lexicons answer, unless they disagree.
  it.each([
    ['en', 'si', 'yes'],
    ['en', 'sí', 'yes'],
    ['en', 'ja', 'yes'],
    ['de', 'si', 'yes'],
    ['en', 'oo', 'yes'],
    ['de', 'ya', 'yes'],
    ['es', 'ok', 'yes'],
    ['fr', 'no', 'no'],
    ['en', 'nein', 'no'],
    ['en', 'nee', 'no'],
    ['it', 'nie', 'no'],
    ['en', 'hayır', 'no'],
    ['id', '👍', 'yes'],
    ['ja', '❌', 'no'],
    ['en', 'sim', 'yes'],
    ['en', 'nao', 'no'],
    ['es', 'evet', 'yes'],
    ['en', 'はい', 'yes'],
    ['pl', 'tak', 'yes'],
    ['ms', 'tak', 'no'],
    ['id', 'tak', 'no'],
    ['en', 'tak', undefined],
    ['de', 'tak', undefined],
    ['en', 'k', 'yes'],
    ['vi', 'k', 'no'],
    ['de', 'k', undefined],
    ['en', 'no', 'no'],
    ['pl', 'no', undefined],
  ] as const)('[%s] %s → %s', (language, text, answer) => {
    expect(readReplyCues(text, language).yesNo).toBe(answer);
  });

  it('keeps accents where folding would merge words (Vietnamese đúng / dừng)', () => {
    expect(readReplyCues('đúng', 'vi').yesNo).toBe('yes');
    expect(readReplyCues('dừng', 'vi').yesNo).toBeUndefined();
    expect(readRequests('đúng', 'vi').optOut).toBeUndefined();
    expect(readRequests('dừng', 'vi').optOut).toBe(true);
  });
});

const ORDINALS: (readonly [Language, string, number])[] = [
  ['en', 'the second one', 2],
  ['en', '2nd', 2],
  ['en', 'second', 2],
  ['en', 'number 2', 2],
  ['en', 'option 2', 2],
  ['en', '2', 2],
  ['en', '#3', 3],
  ['en', 'the last one', -1],
  ['en', 'the first one please', 1],
  ['en', '2️⃣', 2],
  ['es', 'la segunda', 2],
  ['es', 'el segundo', 2],
  ['es', 'el último', -1],
  ['es', 'la opción 3', 3],
  ['pt-BR', 'o segundo', 2],
  ['pt-BR', 'a primeira', 1],
  ['pt-BR', 'o último pedido', -1],
  ['id', 'yang kedua', 2],
  ['id', 'nomor 2', 2],
  ['id', 'yg terakhir kak', -1],
  ['id', 'yang ke-3', 3],
  ['ms', 'yang kedua', 2],
  ['ms', 'nombor 1', 1],
  ['ms', 'yang terakhir', -1],
  ['th', 'อันที่สอง', 2],
  ['th', 'อันที่ 2 ค่ะ', 2],
  ['th', 'อันสุดท้าย', -1],
  ['th', 'รายการที่ 1 ครับ', 1],
  ['vi', 'cái thứ hai', 2],
  ['vi', 'đơn thứ 2', 2],
  ['vi', 'cái cuối', -1],
  ['vi', 'cái đầu tiên ạ', 1],
  ['ja', '2つ目', 2],
  ['ja', '二番目', 2],
  ['ja', '最後の', -1],
  ['ja', 'ふたつ目でお願いします', 2],
  ['ja', '1番で', 1],
  ['zh-Hans', '第二个', 2],
  ['zh-Hans', '最后一个', -1],
  ['zh-Hans', '第一个吧', 1],
  ['zh-Hans', '最后', -1],
  ['zh-Hant', '第2個', 2],
  ['zh-Hant', '第二個', 2],
  ['zh-Hant', '最後一個', -1],
  ['ko', '두 번째', 2],
  ['ko', '둘째', 2],
  ['ko', '마지막', -1],
  ['ko', '두번째요', 2],
  ['ko', '2번이요', 2],
  ['ar', 'الثاني', 2],
  ['ar', 'الطلب الثاني', 2],
  ['ar', 'الأخير', -1],
  ['ar', 'الاول', 1],
  ['fr', 'le deuxième', 2],
  ['fr', 'la 2e', 2],
  ['fr', 'la dernière', -1],
  ['fr', 'le premier svp', 1],
  ['de', 'der zweite', 2],
  ['de', 'die zweite', 2],
  ['de', 'die letzte', -1],
  ['de', 'Nummer 1', 1],
  ['tr', 'ikincisi', 2],
  ['tr', 'ikinci', 2],
  ['tr', 'sonuncusu', -1],
  ['tr', 'ilki lütfen', 1],
  ['fil', 'yung pangalawa', 2],
  ['fil', 'yung huli po', -1],
  ['fil', 'yung una', 1],
  ['it', 'il secondo', 2],
  ['it', "l'ultimo", -1],
  ['it', 'la prima', 1],
  ['nl', 'de tweede', 2],
  ['nl', 'de laatste', -1],
  ['nl', 'het eerste pakket', 1],
  ['pl', 'drugie', 2],
  ['pl', 'drugi', 2],
  ['pl', 'ostatnie', -1],
  ['pl', 'pierwsze zamówienie', 1],
];

const NOT_ORDINAL: Case[] = [
  ['en', '48213'],
  ['en', '2 shirts'],
  ['en', 'I ordered 2 shirts'],
  ['en', 'order #48213'],
  ['en', 'wait a second'],
  ['en', 'the first time I ordered it was fine'],
  ['en', 'in the last few days nothing happened'],
  ['en', '24/7 support?'],
  ['en', 'the newest one'],
  ['en', 'the latest order'],
  ['es', 'un segundo'],
  ['es', 'la última vez llegó tarde'],
  ['pt-BR', 'chega na segunda?'],
  ['it', 'secondo me è piccolo'],
  ['fr', 'une seconde'],
  ['ko', '마지막으로 하나만 물어볼게요'],
  ['ko', '두 번 결제됐어요'],
  ['zh-Hans', '第二次下单了'],
  ['zh-Hans', '最后还是没收到'],
  ['vi', 'giao vào thứ hai nhé'],
  ['ja', '最後に質問です'],
  ['de', 'letzte Woche bestellt'],
  ['tr', 'ilk kez sipariş verdim'],
];

describe('readReplyCues: ordinal', () => {
  it.each(ORDINALS)('[%s] %s → %i', (language, text, ordinal) => {
    expect(readReplyCues(text, language).ordinal).toBe(ordinal);
  });

  it.each(NOT_ORDINAL)('[%s] %s → no ordinal', (language, text) => {
    expect(readReplyCues(text, language).ordinal).toBeUndefined();
  });
});

const OTHER: Case[] = [
  ['en', 'the other one'],
  ['en', 'not that one, the other'],
  ['en', 'the other order'],
  ['es', 'el otro'],
  ['es', 'la otra'],
  ['pt-BR', 'a outra'],
  ['pt-BR', 'o outro pedido'],
  ['id', 'yang satu lagi kak'],
  ['ms', 'yang lain'],
  ['th', 'อีกอันค่ะ'],
  ['vi', 'cái kia'],
  ['vi', 'đơn còn lại ạ'],
  ['ja', 'もう一つの方'],
  ['zh-Hans', '另一个'],
  ['zh-Hant', '另一個'],
  ['ko', '다른 거요'],
  ['ar', 'الآخر'],
  ['ar', 'الطلب الآخر'],
  ['fr', "l'autre"],
  ['de', 'das andere'],
  ['de', 'die andere Bestellung'],
  ['tr', 'diğeri'],
  ['fil', 'yung isa po'],
  ['it', "l'altro"],
  ['nl', 'de andere'],
  ['pl', 'ten drugi'],
  ['pl', 'inne'],
];

const ALL: Case[] = [
  ['en', 'both'],
  ['en', 'all of them'],
  ['es', 'los dos'],
  ['es', 'ambos'],
  ['es', 'todos'],
  ['pt-BR', 'os dois'],
  ['pt-BR', 'ambos'],
  ['id', 'keduanya'],
  ['id', 'semua kak'],
  ['ms', 'kedua-dua'],
  ['th', 'ทั้งสองค่ะ'],
  ['vi', 'cả hai'],
  ['ja', '両方'],
  ['ja', '全部'],
  ['zh-Hans', '两个都要'],
  ['zh-Hant', '兩個都'],
  ['ko', '둘 다'],
  ['ar', 'كلاهما'],
  ['fr', 'les deux'],
  ['de', 'beide'],
  ['tr', 'ikisi de'],
  ['fil', 'pareho po'],
  ['it', 'entrambi'],
  ['nl', 'allebei'],
  ['pl', 'oba'],
];

const ABANDON: Case[] = [
  ['en', 'never mind'],
  ['en', 'nvm'],
  ['en', 'forget it'],
  ['en', 'leave it'],
  ['en', "doesn't matter"],
  ['es', 'olvídalo'],
  ['es', 'déjalo'],
  ['pt-BR', 'deixa pra lá'],
  ['pt-BR', 'esquece'],
  ['id', 'gak jadi kak'],
  ['ms', 'tak jadi'],
  ['th', 'ไม่เป็นไรค่ะ'],
  ['vi', 'thôi'],
  ['vi', 'thôi khỏi'],
  ['ja', 'やっぱりいいです'],
  ['ja', 'もういい'],
  ['zh-Hans', '算了'],
  ['zh-Hans', '不用了'],
  ['zh-Hant', '算了啦'],
  ['ko', '됐어요'],
  ['ko', '괜찮아요 됐어요'],
  ['ar', 'خلاص انسى'],
  ['fr', 'laisse tomber'],
  ['de', 'vergiss es'],
  ['de', 'schon gut'],
  ['tr', 'boşver'],
  ['fil', 'wag na'],
  ['it', 'lascia stare'],
  ['nl', 'laat maar'],
  ['pl', 'nieważne'],
  ['pl', 'zostaw to'],
];

const CORRECTION: Case[] = [
  ['en', 'no wait'],
  ['en', 'sorry I meant the blue one'],
  ['en', 'actually the other one'],
  ['en', 'I mean the first'],
  ['es', 'perdón, quise decir el rojo'],
  ['es', 'digo, el segundo'],
  ['pt-BR', 'quer dizer, o azul'],
  ['id', 'eh maksudnya yang merah'],
  ['id', 'salah'],
  ['ms', 'maksud saya yang kedua'],
  ['th', 'ขอโทษ หมายถึงอันแรก'],
  ['vi', 'à nhầm, cái kia'],
  ['ja', 'いや、2番目です'],
  ['ja', '間違えました'],
  ['zh-Hans', '不对，是第二个'],
  ['zh-Hans', '打错了'],
  ['zh-Hant', '打錯了'],
  ['ko', '아 아니 두 번째요'],
  ['ko', '잘못 썼어요'],
  ['ar', 'أقصد الثاني'],
  ['fr', 'pardon je voulais dire le bleu'],
  ['de', 'ich meinte die rote'],
  ['tr', 'yani ikincisi'],
  ['fil', 'ay mali, yung isa'],
  ['it', 'cioè il secondo'],
  ['nl', 'ik bedoel de tweede'],
  ['pl', 'chodziło mi o drugie'],
];

describe('readReplyCues: other, all, abandon, correction', () => {
  it.each(OTHER)('[%s] %s → other', (language, text) => {
    expect(readReplyCues(text, language).other).toBe(true);
  });
  it.each(ALL)('[%s] %s → all', (language, text) => {
    expect(readReplyCues(text, language).all).toBe(true);
  });
  it.each(ABANDON)('[%s] %s → abandon', (language, text) => {
    expect(readReplyCues(text, language).abandon).toBe(true);
  });
  it.each(CORRECTION)('[%s] %s → correction', (language, text) => {
    expect(readReplyCues(text, language).correction).toBe(true);
  });

  it('reads a correction rather than the "no" that opens it', () => {
    expect(readReplyCues('no wait, I meant the other one', 'en')).toEqual({ other: true, correction: true });
    expect(readReplyCues('不对', 'zh-Hans')).toEqual({ yesNo: 'no', correction: true });
  });

  it.each([
    ['en', 'all good thanks'],
    ['en', 'leave it at the door'],
    ['en', 'the other day I ordered a dress'],
    ['pt-BR', 'tudo bem?'],
    ['zh-Hans', '颜色不对'],
    ['de', 'lass es mich wissen'],
    ['fr', "n'oubliez pas mon colis"],
    ['th', 'หมายถึงอะไรคะ'],
  ] as const)('[%s] %s → none of them', (language, text) => {
    const cues = readReplyCues(text, language);
    expect([cues.other, cues.all, cues.abandon, cues.correction]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

const OPT_OUT: Case[] = [
  ['en', 'stop'],
  ['en', 'STOP'],
  ['en', 'unsubscribe'],
  ['en', 'stop messaging me'],
  ['en', 'no more messages'],
  ['en', "don't text me"],
  ['en', 'opt out'],
  ['en', 'Stop it!!'],
  ['es', 'para'],
  ['es', 'no me manden más mensajes'],
  ['es', 'quiero darme de baja'],
  ['pt-BR', 'parar'],
  ['pt-BR', 'não quero mais receber'],
  ['pt-BR', 'sair'],
  ['id', 'berhenti'],
  ['id', 'jangan kirim pesan lagi'],
  ['id', 'unsub'],
  ['ms', 'jangan hantar mesej lagi'],
  ['ms', 'berhenti'],
  ['th', 'หยุดส่งข้อความ'],
  ['th', 'ยกเลิกการรับข่าวสาร'],
  ['vi', 'dừng'],
  ['vi', 'đừng nhắn nữa'],
  ['vi', 'hủy đăng ký'],
  ['ja', '配信停止'],
  ['ja', 'メッセージ不要'],
  ['zh-Hans', '退订'],
  ['zh-Hans', '不要再发了'],
  ['zh-Hant', '退訂'],
  ['ko', '수신거부'],
  ['ko', '그만 보내세요'],
  ['ar', 'إيقاف'],
  ['ar', 'الغاء الاشتراك'],
  ['fr', 'stop les messages'],
  ['fr', 'se désabonner'],
  ['de', 'Stopp'],
  ['de', 'abmelden'],
  ['de', 'keine Nachrichten mehr'],
  ['tr', 'durdur'],
  ['tr', 'mesaj atmayın'],
  ['tr', 'abonelikten çık'],
  ['fil', 'itigil'],
  ['fil', 'huwag na mag-message'],
  ['it', 'basta messaggi'],
  ['it', 'disiscrivimi'],
  ['nl', 'afmelden'],
  ['nl', 'geen berichten meer'],
  ['pl', 'wypisz mnie'],
  ['pl', 'nie piszcie'],
];

const NOT_OPT_OUT: Case[] = [
  ['en', 'stop my order'],
  ['en', 'stop the delivery'],
  ['en', 'cancel my order'],
  ['en', 'please stop the shipment of order 48213'],
  ['es', 'para el pedido'],
  ['es', 'para cuándo llega?'],
  ['pt-BR', 'parar a entrega'],
  ['zh-Hans', '停止发货'],
  ['ja', '注文をストップ'],
  ['zh-Hans', '不要再发货了'],
  ['id', 'jangan kirim barangnya dulu'],
  ['vi', 'đúng rồi'],
  ['de', 'Bestellung stoppen'],
  ['fr', 'arrêtez la commande'],
  ['en', 'I want to cancel'],
];

const OPT_IN: Case[] = [
  ['en', 'start'],
  ['en', 'START'],
  ['en', 'subscribe'],
  ['en', 'resume messages'],
  ['en', 'turn updates back on'],
  ['es', 'quiero recibir mensajes otra vez'],
  ['es', 'volver a suscribirme'],
  ['pt-BR', 'ativar'],
  ['id', 'mulai lagi'],
  ['ms', 'langgan semula'],
  ['th', 'เริ่มใหม่'],
  ['vi', 'đăng ký lại'],
  ['ja', '配信再開'],
  ['zh-Hans', '重新订阅'],
  ['zh-Hant', '重新訂閱'],
  ['ko', '다시 받을게요'],
  ['ar', 'اشترك مرة ثانية'],
  ['fr', 'me réabonner'],
  ['de', 'wieder anmelden'],
  ['tr', 'yeniden abone ol'],
  ['fil', 'subscribe ulit'],
  ['it', 'iscrivimi di nuovo'],
  ['nl', 'opnieuw aanmelden'],
  ['pl', 'zapisz mnie ponownie'],
];

const DELETION: Case[] = [
  ['en', 'delete my data'],
  ['en', 'erase my account'],
  ['en', 'remove my personal information'],
  ['en', 'GDPR delete'],
  ['en', 'right to be forgotten'],
  ['de', 'Recht auf Vergessenwerden'],
  ['de', 'Löschung meiner Daten nach DSGVO'],
  ['es', 'borrar mis datos'],
  ['es', 'eliminar mi información'],
  ['pt-BR', 'apaguem meus dados (LGPD)'],
  ['id', 'hapus data saya'],
  ['ms', 'padam data peribadi saya (PDPA)'],
  ['th', 'ลบข้อมูลส่วนตัว'],
  ['vi', 'xóa dữ liệu của tôi'],
  ['ja', '個人情報を削除してください'],
  ['zh-Hans', '删除我的个人信息'],
  ['zh-Hant', '刪除我的個資'],
  ['ko', '개인정보 삭제해 주세요'],
  ['ar', 'احذف بياناتي'],
  ['fr', 'supprimer mes données RGPD'],
  ['tr', 'verileri silin KVKK'],
  ['fil', 'burahin ang data ko'],
  ['it', 'cancellate i miei dati'],
  ['nl', 'verwijder mijn gegevens AVG'],
  ['pl', 'usuńcie moje dane RODO'],
];

const ACCESS: Case[] = [
  ['en', 'what data do you have about me'],
  ['en', 'send me a copy of my data'],
  ['de', 'DSGVO Auskunft'],
  ['de', 'Auskunft nach Art. 15'],
  ['es', 'quiero acceso a mis datos'],
  ['pt-BR', 'quais dados vocês têm sobre mim'],
  ['id', 'minta salinan data saya'],
  ['en', 'GDPR'],
  ['pl', 'RODO'],
  ['nl', 'AVG'],
  ['tr', 'KVKK'],
  ['fr', 'RGPD ?'],
];

const NOT_DATA: Case[] = [
  ['en', 'delete my order'],
  ['en', 'delete my address and use this one'],
  ['en', 'my data plan ran out'],
  ['en', 'avg delivery time?'],
  ['es', 'eliminar el pedido'],
  ['id', 'hapus pesanan saya'],
];

describe('readRequests: opt-out / opt-in', () => {
  it.each(OPT_OUT)('[%s] %s → opt-out', (language, text) => {
    expect(readRequests(text, language)).toEqual({ optOut: true });
  });
  it.each(NOT_OPT_OUT)('[%s] %s → not an opt-out', (language, text) => {
    expect(readRequests(text, language).optOut).toBeUndefined();
  });
  it.each(OPT_IN)('[%s] %s → opt-in', (language, text) => {
    expect(readRequests(text, language)).toEqual({ optIn: true });
  });
  it('reads "unsubscribe" as stopping, not as "subscribe"', () => {
    expect(readRequests('unsubscribe me please', 'en')).toEqual({ optOut: true });
    expect(readRequests('desuscribirme', 'es')).toEqual({ optOut: true });
  });
});

describe('readRequests: data protection', () => {
  it.each(DELETION)('[%s] %s → deletion', (language, text) => {
    expect(readRequests(text, language).dataRequest).toBe('deletion');
  });
  it.each(ACCESS)('[%s] %s → access', (language, text) => {
    expect(readRequests(text, language).dataRequest).toBe('access');
  });
  it.each(NOT_DATA)('[%s] %s → no data request', (language, text) => {
    expect(readRequests(text, language).dataRequest).toBeUndefined();
  });
});

const LANGUAGE_REQUESTS: (readonly [Language, string, Language])[] = [
  ['en', 'can you speak Spanish?', 'es'],
  ['es', 'prefiero hablar en español', 'es'],
  ['en', 'en español por favor', 'es'],
  ['es', 'English please', 'en'],
  ['es', 'do you speak english', 'en'],
  ['th', 'speak english!!', 'en'],
  ['pt-BR', 'pode falar em português?', 'pt-BR'],
  ['id', 'bahasa indonesia aja', 'id'],
  ['ms', 'cakap melayu boleh?', 'ms'],
  ['th', 'พูดภาษาไทยได้ไหม', 'th'],
  ['vi', 'nói tiếng Việt được không', 'vi'],
  ['ja', '日本語でお願いします', 'ja'],
  ['en', '日本語で', 'ja'],
  ['zh-Hans', '说中文', 'zh-Hans'],
  ['zh-Hans', '中文可以吗', 'zh-Hans'],
  ['zh-Hant', '可以講中文嗎', 'zh-Hant'],
  ['zh-Hans', '請用繁體中文', 'zh-Hant'],
  ['ko', '한국어로 해주세요', 'ko'],
  ['ar', 'بالعربي لو سمحت', 'ar'],
  ['fr', 'en français svp', 'fr'],
  ['de', 'auf Deutsch bitte', 'de'],
  ['tr', 'Türkçe konuşabilir misin', 'tr'],
  ['fil', 'Tagalog na lang', 'fil'],
  ['it', 'puoi parlare italiano?', 'it'],
  ['nl', 'kan het in het Nederlands?', 'nl'],
  ['pl', 'po polsku proszę', 'pl'],
  ['it', 'in inglese', 'en'],
  ['de', 'auf Englisch', 'en'],
  ['ja', '英語で', 'en'],
  ['ko', '영어로', 'en'],
  ['nl', 'in het Engels', 'en'],
  ['en', 'English?', 'en'],
  ['id', 'bisa pakai bahasa inggris?', 'en'],
  ['vi', 'nói tiếng Anh được không', 'en'],
];

const NOT_LANGUAGE_REQUESTS: Case[] = [
  ['en', "I'm from Spain"],
  ['en', 'Spanish size 38'],
  ['en', 'the Spanish version of the dress'],
  ['es', 'hola, dónde está mi pedido'],
  ['en', "I don't speak Spanish well but where is my parcel"],
  ['id', 'bisa kirim ke indonesia?'],
  ['ms', 'baju melayu boleh tukar saiz?'],
  ['zh-Hans', '英文名字怎么写'],
  ['ko', '영어로 된 설명서 있나요?'],
  ['th', 'ส่งไปประเทศไทยได้ไหม'],
];

describe('readRequests: language', () => {
  it.each(LANGUAGE_REQUESTS)('[%s] %s → %s', (language, text, requested) => {
    expect(readRequests(text, language).language).toBe(requested);
  });
  it.each(NOT_LANGUAGE_REQUESTS)('[%s] %s → no language request', (language, text) => {
    expect(readRequests(text, language).language).toBeUndefined();
  });
});

describe('readRequests: commands', () => {
  it.each([
    ['/start', 'start'],
    ['/help@LumenLoomBot', 'help'],
    ['/start ref123', 'start'],
    ['/stop', 'stop'],
    ['/Orders', 'orders'],
  ])('%s → %s', (text, command) => {
    expect(readRequests(text, 'en')).toEqual({ command });
  });
  it.each(['1/2', '24/7 support?', '/ ', 'https://shop.example/orders/48213', '/home/user', 'start'])(
    '%s → no command',
    (text) => {
      expect(readRequests(text, 'en').command).toBeUndefined();
    },
  );
});

describe('cue lexicons', () => {
  it.each(LANGUAGES)('%s has yes and no forms', (language) => {
    expect(cueLexicons[language].yes.length).toBeGreaterThan(0);
    expect(cueLexicons[language].no.length).toBeGreaterThan(0);
  });

  // The brief's floor: every language tested with at least this many shopper-typed cases.
  it.each(LANGUAGES)('%s is covered by the tables above', (language) => {
    const count = (cases: readonly (readonly [Language, ...unknown[]])[]) =>
      cases.filter(([l]) => l === language).length;
    expect(count(YES)).toBeGreaterThanOrEqual(3);
    expect(count(NO)).toBeGreaterThanOrEqual(3);
    expect(count(ORDINALS)).toBeGreaterThanOrEqual(2);
    for (const table of [OTHER, ABANDON, OPT_OUT, OPT_IN, DELETION, LANGUAGE_REQUESTS]) {
      expect(count(table)).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads a short message in well under 0.1 ms', () => {
    const messages = [
      'yes please cancel it',
      'no idea where my order is',
      'อันที่ 2 ค่ะ',
      '配信停止',
      'en español por favor',
    ];
    for (const m of messages) readReplyCues(m, 'en');
    const start = performance.now();
    for (let i = 0; i < 500; i++) {
      for (const m of messages) {
        readReplyCues(m, 'es');
        readRequests(m, 'es');
      }
    }
    const perCall = (performance.now() - start) / (500 * messages.length * 2);
    expect(perCall).toBeLessThan(0.1);
  });
});
