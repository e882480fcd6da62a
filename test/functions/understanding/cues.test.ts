import { describe, expect, it, vi } from 'vitest';
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

/**
 * Shoppers' chat, per language: colloquial yes/no, and requests said in their own words rather than the
 * phrase lists' (the concepts meeting: STOP + MESSAGES, PERSONAL DATA + ERASE/ACCESS, a name + SWITCH).
 */
interface Chat {
  yes: string[];
  no: string[];
  /** Not answers: statements that open with a negation, questions, doubt. */
  notAnswer: string[];
  optOut: string[];
  /** Stopping an order or a delivery, complaints about missing updates. */
  notOptOut: string[];
  optIn: string[];
  notOptIn: string[];
  access: string[];
  deletion: string[];
  /** Deleting an order, an item, an address; mobile data. */
  notData: string[];
  language: (readonly [string, Language])[];
  notLanguage: string[];
  /** Ordinary shopper messages with the concepts' words in them, and no request at all. */
  noRequest: string[];
}

// biome-ignore format: one language's chat a block, a few cases a line
const CHAT: Record<Language, Chat> = {
  en: {
    yes: ['yes go ahead and cancel it', 'yeah that works 👍', 'yup!! do it', 'sure, go for it', 'yesss please', 'ya sure', 'yep thats the one', 'yes pls do'],
    no: ['nah keep it', 'nope, not that', 'no thanks, all good', 'nooo dont cancel', 'nope not yet', 'nah im good', 'no no no'],
    notAnswer: ['no idea tbh', 'ok so how long does shipping take', 'not sure tbh', 'nothing came yet??'],
    optOut: ["don't message me anymore", 'no more updates pls', 'pls stop sending me these notifications', 'i dont want any more promos from you', 'can you stop texting me', 'turn off the notifications', 'enough with the messages!!', 'stop spamming me with offers 🙄'],
    notOptOut: ['stop the order please', 'can you stop the delivery, i moved', 'why did you stop sending me updates?', 'i havent received any updates', 'any updates on my order?', 'i stopped getting notifications about my parcel'],
    optIn: ['send me the updates again', 'you can message me again', 'turn notifications back on pls', 'i want to get the updates again', 'ok resume the notifications', 'pls start sending me order updates again'],
    notOptIn: ['can you resend the tracking link', 'I got the notification again, it says delayed', 'send me the invoice again'],
    access: ['what info do you have on me?', 'can I see my personal data', 'i want a copy of all the data you hold about me', 'pls export my data', "under GDPR I'd like to know what data you store", 'which personal details do you keep about me'],
    deletion: ['pls wipe all my personal info', 'I want you to delete the data you have about me', 'erase everything you have on me', 'GDPR: please remove my data', 'close my account and delete my data', 'and then delete everything please', 'i want all my info gone, delete it'],
    notData: ['delete my order', 'delete the old address, my new one is 12 Baker St', 'my data plan ran out so i couldnt reply', 'remove the item from my cart', 'delete that message i sent by mistake', 'can you delete my review', 'delete everything in my cart'],
    language: [["can you answer in English? it's for my husband", 'en'], ['can we go back to spanish', 'es'], ['switch to french pls', 'fr'], ['reply in german', 'de'], ['could u talk to me in portuguese', 'pt-BR'], ['english again pls', 'en'], ['just english is fine', 'en'], ['pls talk to me in spanish', 'es'], ['my mom only speaks vietnamese, can you write in vietnamese', 'vi'], ['can you switch to english please', 'en']],
    notLanguage: ["I'm from Spain", 'is the manual in english?', 'i speak a bit of french but whatever, where is my parcel', 'do you have the french press in black', 'is the sizing english or european?'],
    noRequest: [
      'where is my order?', 'can you update my delivery address', 'i need to change the size of my order',
      'the tracking hasnt updated in 3 days', 'i got a message saying my parcel is delayed',
      'can you send the invoice again please', 'my package says delivered but i dont have it',
      'how do i return the shoes', 'the app keeps sending me the same notification twice', 'do you ship to Spain?',
      'i want to cancel my order and get a refund', 'the payment failed again',
      'can i remove one item from my order', 'what do you have in size M?', 'can you check my order status',
      'i ordered the french press but got the wrong one', 'any updates about my refund?',
      'no updates on tracking since monday', 'please stop the delivery, i want to return it',
      'do you have english subtitles on the dvd', 'my info on the order is wrong, can you fix the address',
      'delete the blue one from my order please', 'is my personal data safe with you?',
      'i deleted the app by mistake, where do i see my orders', 'can you message the courier',
      'can you check my details are correct for the delivery', 'i want to see my order history',
      'please update my info, i moved', 'what info do you need from me to process the return?',
      'my details are wrong on the label', 'again the courier didnt come',
      'i dont want the blue one anymore, send the red one', 'stop, i made a mistake, the address is 5 Main St',
      'no more stock of the red one?', 'do you have it in polish size?',
      'can i change to the brazilian bikini instead', 'my husband speaks french, is that ok for delivery?',
      'send me the link again please', 'i keep getting the same message again and again',
      'delete the item and send me the rest', 'which data do you need for the refund?',
      'i just want my money back, forget the replacement', 'text me when it ships',
      'can you message me when its back in stock', 'can you change the polish on my order to red',
      'i only want the french press, not the mugs', 'just ordered the thai curry kit, when does it ship',
      'use the english address please', 'i prefer the chinese tea set', 'switch the turkish towel to blue',
      'again the german courier failed',
    ],
  },
  es: {
    yes: ['sii dale', 'sí, adelante cancélalo', 'claro que sí 👍', 'vale vale', 'sip, ese', 'ok perfecto', 'va, hazlo', 'si porfa'],
    no: ['nel, déjalo así', 'no gracias, así está bien', 'nop', 'noo para nada', 'no, mejor déjalo', 'nada, gracias', 'no no'],
    notAnswer: ['no sé dónde está mi pedido', 'no llegó nada', 'ok y cuándo llega?', 'si no llega mañana lo cancelo'],
    optOut: ['ya no me manden mensajes', 'no quiero más notificaciones', 'dejen de mandarme promociones por favor', 'paren con los mensajes', 'no me escriban más', 'ya no quiero recibir actualizaciones', 'basta de notificaciones'],
    notOptOut: ['paren el pedido', 'no me manden el pedido todavía', 'no me han llegado mensajes del envío', 'por qué dejaron de mandarme notificaciones?'],
    optIn: ['pueden volver a mandarme mensajes', 'actívenme las notificaciones otra vez', 'quiero volver a recibir las actualizaciones', 'mándenme las notificaciones de nuevo', 'ya me pueden escribir otra vez'],
    notOptIn: ['me llegó otra vez la notificación de retraso', 'mándame otra vez el link de seguimiento'],
    access: ['qué datos tienen de mí?', 'quiero ver mis datos personales', 'me pueden enviar una copia de mis datos', 'quiero saber lo que tenéis de mí', 'solicito acceso a mis datos según el RGPD', 'qué información guardan sobre mí'],
    deletion: ['borren todos mis datos porfa', 'quiero que eliminen mi información personal', 'eliminen lo que tienen de mí', 'RGPD: supriman mis datos', 'borrad mis datos personales', 'quiero cerrar mi cuenta y que borren mis datos', 'y luego borra todo porfa'],
    notData: ['eliminar el pedido', 'borra la dirección vieja, la nueva es Calle Sol 4', 'se me acabaron los datos del móvil', 'elimina el producto del carrito', 'borra ese mensaje porfa'],
    language: [['me puedes responder en inglés? es para mi marido', 'en'], ['podemos volver al español?', 'es'], ['cambia a portugués porfa', 'pt-BR'], ['en francés por favor', 'fr'], ['escríbeme en ingles', 'en'], ['mejor en espanol', 'es'], ['me hablas en inglés?', 'en']],
    notLanguage: ['soy de España', 'talla española 38', 'tienen el manual en inglés?', 'la etiqueta viene en inglés'],
    noRequest: [
      'dónde está mi pedido?', 'quiero cambiar la talla', 'el seguimiento no se actualiza',
      'me llegó un mensaje de que se retrasa', 'me mandas otra vez la factura?', 'quiero devolver las zapatillas',
      'el pago falló otra vez', 'pueden quitar un producto del pedido?', 'tienen talla M?',
      'ya no quiero el pedido, cancélenlo', 'no me llegan las actualizaciones del envío',
      'mis datos de envío están mal, la calle es otra', 'borré la app sin querer', 'para cuándo llega?',
      'no quiero que me manden el pedido a la dirección vieja', 'pueden revisar si mis datos de envío están bien?',
      'quiero ver mi historial de pedidos', 'qué datos necesitan para la devolución?',
      'otra vez no vino el repartidor', 'ya no quiero el azul, mándenme el rojo', 'no más stock del rojo?',
      'mándame el link otra vez', 'avísame cuando llegue', 'elimina el artículo y manda el resto',
      'quiero cambiar la talla española', 'prefiero el modelo italiano', 'otra vez el paquete chino no llegó',
    ],
  },
  'pt-BR': {
    yes: ['sim, pode cancelar', 'pode sim 👍', 'claro, manda ver', 'isso aí', 'simmm pode', 'beleza', 'tá bom, pode seguir', 'bora'],
    no: ['não, obrigado', 'nãooo', 'nao precisa', 'nem pensar', 'não não', 'não, deixa assim', 'n precisa'],
    notAnswer: ['não recebi nada ainda', 'nao sei o numero do pedido', 'ok e quando chega?', 'talvez'],
    optOut: ['não quero mais receber mensagens', 'para de me mandar notificação', 'chega de mensagens', 'não me mandem mais promoções', 'parem de me enviar atualizações pfv', 'não quero mais notificações de vocês'],
    notOptOut: ['para a entrega', 'parem meu pedido', 'não recebi notificação da entrega', 'por que pararam de mandar atualização?'],
    optIn: ['pode voltar a me mandar mensagens', 'quero receber as notificações de novo', 'ativa as notificações de novo', 'podem me mandar as atualizações novamente'],
    notOptIn: ['recebi a notificação de novo, tá atrasado?', 'manda o código de rastreio de novo'],
    access: ['quais dados vocês têm sobre mim?', 'quero ver meus dados pessoais', 'me mandem uma cópia dos meus dados', 'quero saber o que vocês guardam de mim', 'pela LGPD quero acesso aos meus dados'],
    deletion: ['apaguem meus dados por favor', 'quero excluir meus dados pessoais', 'exclui tudo que vocês têm sobre mim', 'LGPD: deletem minhas informações', 'quero que apaguem minha conta e meus dados', 'e depois apaga tudo'],
    notData: ['apaga o pedido', 'exclui o endereço antigo', 'acabaram meus dados móveis', 'remove o item do carrinho'],
    language: [['pode falar em inglês? é pro meu marido', 'en'], ['volta pro português', 'pt-BR'], ['responde em espanhol', 'es'], ['em inglês por favor', 'en'], ['fala português comigo', 'pt-BR']],
    notLanguage: ['sou de Portugal', 'tamanho brasileiro 40', 'o manual vem em inglês?'],
    noRequest: [
      'cadê meu pedido?', 'quero trocar o tamanho', 'o rastreio não atualiza',
      'recebi uma mensagem dizendo que atrasou', 'pode mandar a nota fiscal de novo?', 'quero devolver o tênis',
      'o pagamento falhou de novo', 'pode tirar um item do pedido?', 'meus dados de entrega estão errados',
      'apaguei o app sem querer', 'não quero mais o pedido, cancela',
      'podem conferir se meus dados de entrega estão certos?', 'quais dados vocês precisam pra troca?',
      'de novo o entregador não veio', 'não quero mais o azul, manda o vermelho', 'manda o link de novo',
      'me avisa quando chegar', 'prefiro o modelo italiano', 'de novo o pacote chinês atrasou',
    ],
  },
  id: {
    yes: ['iya kak betul', 'betul2', 'haah kak', 'yup lanjut', 'ya betul', 'teruskan aja', 'boleh kak', 'gas', 'sip kak', 'oke deh', 'iyaa', 'yoi', 'jadi kak', 'ya, batalin aja kak'],
    no: ['gak kak', 'ga usah', 'nggak jadi', 'tidak jadi kak', 'jangan kak', 'enggak', 'gk', 'belum kak', 'nggak, makasih'],
    notAnswer: ['gak bisa login', 'ga ngerti maksudnya', 'bisa tolong cek pesanan saya?', 'ya ampun lama banget'],
    optOut: ['jangan chat aku lagi', 'stop kirim promo ya', 'gak usah kirim notif lagi', 'udah jangan kirimin pesan terus', 'aku gak mau dapet pesan lagi', 'berhenti kirim notifikasi', 'matiin notifnya kak'],
    notOptOut: ['stop kirim barangnya dulu', 'jangan kirim paketnya ke alamat lama', 'kok notif pengiriman gak muncul lagi?', 'belum dapet notif resi'],
    optIn: ['kirim notif lagi ya kak', 'boleh chat aku lagi', 'aktifin lagi notifikasinya', 'mau dapet info promo lagi', 'nyalakan notifikasi lagi'],
    notOptIn: ['notifnya muncul lagi kak, paketnya kenapa?', 'kirim lagi link resinya'],
    access: ['data apa aja yg kalian simpan ttg saya?', 'aku mau lihat data pribadi aku', 'minta salinan data saya dong', 'mau cek data pribadi saya', 'sesuai UU PDP saya mau akses data saya'],
    deletion: ['tolong hapus data pribadi saya', 'hapusin semua data aku ya kak', 'saya mau data saya dihapus', 'hapus akun dan data saya', 'UU PDP: hapus data saya', 'terus hapus semuanya ya'],
    notData: ['hapus pesanan saya', 'hapus alamat lama ya, alamat baru di Jl. Melati 5', 'kuota data saya habis', 'hapus barang dari keranjang'],
    language: [['yg bahasa inggris aja', 'en'], ['bisa pake english ga kak', 'en'], ['bahasa indonesia lagi ya', 'id'], ['pake bahasa indo aja kak', 'id'], ['bales pake bahasa inggris dong', 'en'], ['ganti ke bahasa inggris dong', 'en']],
    notLanguage: ['bisa kirim ke indonesia?', 'saya orang indonesia', 'ada manual bahasa inggris?'],
    noRequest: [
      'pesanan saya dimana ya kak?', 'mau ganti ukuran', 'resinya belum update',
      'dapet pesan katanya paketnya telat', 'bisa kirim ulang invoice nya?', 'mau retur sepatu',
      'pembayaran gagal lagi', 'bisa hapus satu barang dari pesanan?', 'saya lagi nunggu paket',
      'jangan kirim ke alamat lama ya kak', 'saya mau pesan lagi yang warna hitam', 'data alamat saya salah kak',
      'cek data saya udah bener belum kak?', 'data apa aja yang dibutuhkan buat retur?', 'kurirnya gak dateng lagi',
      'gak mau yang biru lagi, kirim yang merah aja', 'kirim linknya lagi dong', 'kabarin ya kalo udah dikirim',
      'pake kurir jepang aja', 'barang dari cina lagi ya?',
    ],
  },
  ms: {
    yes: ['ya betul', 'betul2', "ha'ah", 'boleh je', 'on', 'ok boleh', 'teruskan', 'haa', 'yelah', 'ok lah teruskan'],
    no: ['tak', 'takde', 'tak payah', 'tak nak lah', 'tidak jadi', 'jangan', 'x nak', 'tak, terima kasih'],
    notAnswer: ['tak sampai lagi barang saya', 'tak faham la', 'boleh check order saya?'],
    optOut: ['dah tak nak terima mesej', 'jangan hantar notifikasi lagi', 'stop hantar promo', 'tak payah mesej saya lagi', 'berhenti hantar mesej kat saya', 'tutup notifikasi please'],
    notOptOut: ['stop hantar barang dulu', 'jangan hantar parcel ke alamat lama', 'tak dapat notifikasi penghantaran pun'],
    optIn: ['boleh hantar mesej semula', 'nak terima notifikasi balik', 'hidupkan notifikasi semula', 'hantar update lagi ye'],
    notOptIn: ['dapat notifikasi lagi, kenapa delay?'],
    access: ['data peribadi apa yang korang simpan?', 'nak tengok data peribadi saya', 'boleh bagi salinan data saya', 'PDPA - saya nak akses data saya'],
    deletion: ['tolong padam data peribadi saya', 'buang semua data saya', 'nak data saya dipadam', 'padam akaun dan maklumat peribadi saya', 'lepas tu padam semua ye'],
    notData: ['padam pesanan saya', 'data saya dah habis', 'buang alamat lama, guna yang baru'],
    language: [['boleh cakap english tak', 'en'], ['bahasa melayu semula', 'ms'], ['guna bahasa inggeris je', 'en'], ['balas dalam BM please', 'ms'], ['tukar ke bahasa inggeris', 'en']],
    notLanguage: ['baju melayu boleh tukar saiz?', 'saya orang melayu'],
    noRequest: [
      'mana pesanan saya?', 'nak tukar saiz', 'tracking tak update lagi', 'dapat mesej kata parcel lambat',
      'boleh hantar invoice lagi?', 'nak pulangkan kasut', 'bayaran gagal lagi', 'jangan hantar ke alamat lama',
      'boleh check data saya betul ke tak?', 'kurier tak datang lagi', 'tak nak yang biru, hantar yang merah',
      'hantar link lagi',
    ],
  },
  th: {
    yes: ['ใช่ค่ะ', 'ได้ค่ะ ยกเลิกเลย', 'โอเคจ้า', 'เอาค่ะ', 'จ้า', 'ค่ะ ได้เลย', 'ใช่เลยครับ', 'ได้ครับผม'],
    no: ['ไม่ค่ะ', 'ไม่เอาค่ะ', 'ไม่ใช่ครับ', 'ไม่ต้องครับ', 'ไม่ดีกว่าค่ะ', 'ไม่เอาแล้วค่ะ'],
    notAnswer: ['ไม่ได้รับของค่ะ', 'ไม่เข้าใจค่ะ', 'ของถึงเมื่อไหร่คะ'],
    optOut: ['ไม่ต้องส่งข้อความมาแล้ว', 'ไม่อยากได้รับแจ้งเตือนแล้วค่ะ', 'เลิกส่งโปรมาได้แล้ว', 'อย่าส่งข้อความมาอีกนะ', 'หยุดส่งแจ้งเตือนครับ', 'ปิดการแจ้งเตือนให้หน่อย'],
    notOptOut: ['หยุดส่งของก่อนค่ะ', 'ยังไม่ได้รับแจ้งเตือนเลย', 'ไม่ต้องส่งพัสดุนะคะ'],
    optIn: ['ส่งข้อความมาได้อีกนะคะ', 'เปิดแจ้งเตือนอีกครั้ง', 'อยากได้รับข่าวสารอีกครั้งค่ะ', 'ส่งแจ้งเตือนมาอีกได้ครับ'],
    notOptIn: ['ได้รับแจ้งเตือนอีกแล้ว ของช้าเหรอคะ'],
    access: ['มีข้อมูลส่วนตัวอะไรของฉันบ้าง', 'ขอดูข้อมูลส่วนตัวของฉันหน่อย', 'ขอสำเนาข้อมูลส่วนบุคคลของผมครับ', 'ตาม PDPA ขอเข้าถึงข้อมูลของฉัน', 'อยากรู้ว่าเก็บข้อมูลอะไรของหนูไว้บ้าง'],
    deletion: ['ช่วยลบข้อมูลส่วนตัวของฉันด้วยค่ะ', 'ลบข้อมูลของผมทั้งหมดครับ', 'อยากให้ลบข้อมูลส่วนบุคคลของหนู', 'ลบบัญชีและข้อมูลของฉัน', 'แล้วก็ลบทั้งหมดเลยนะคะ'],
    notData: ['ลบออเดอร์นี้ได้ไหม', 'ลบที่อยู่เก่าออกให้หน่อย', 'เน็ตหมดค่ะ', 'ลบสินค้าออกจากตะกร้า'],
    language: [['พูดภาษาอังกฤษได้ไหมคะ', 'en'], ['ตอบเป็นภาษาไทยได้ไหม', 'th'], ['ขอเป็นภาษาอังกฤษนะ', 'en'], ['กลับมาใช้ภาษาไทยได้ไหมคะ', 'th'], ['ภาษาอังกฤษหน่อยครับ', 'en'], ['คุยภาษาอังกฤษได้ไหม', 'en']],
    notLanguage: ['ส่งไปประเทศไทยได้ไหม', 'มีคู่มือภาษาอังกฤษไหมคะ', 'คนไทยค่ะ'],
    noRequest: [
      'ออเดอร์ของฉันอยู่ไหนคะ', 'ขอเปลี่ยนไซส์ค่ะ', 'เลขพัสดุไม่อัปเดตเลย', 'ได้ข้อความว่าของจะช้า',
      'ส่งใบเสร็จมาอีกครั้งได้ไหมคะ', 'อยากคืนรองเท้าค่ะ', 'จ่ายเงินไม่ผ่านอีกแล้ว',
      'ลบสินค้าหนึ่งชิ้นออกจากออเดอร์ได้ไหม', 'ช่วยเช็คข้อมูลของฉันว่าถูกไหม', 'ขอลิงก์อีกครั้งค่ะ',
      'ไม่เอาสีฟ้าแล้ว ส่งสีแดงแทน', 'แจ้งเตือนมาอีกแล้ว ของถึงไหน', 'ใช้ชื่อภาษาอังกฤษได้ไหม',
    ],
  },
  vi: {
    yes: ['có ạ', 'ừ', 'ừm', 'vâng', 'dạ', 'ok shop', 'được', 'đúng rồi ạ', 'dạ được ạ, huỷ giúp em', 'ok luôn'],
    no: ['không ạ', 'ko', 'hông', 'thôi', 'dạ không cần đâu', 'k cần', 'không nha shop'],
    notAnswer: ['không nhận được hàng', 'ko biết đơn ở đâu', 'được không?'],
    optOut: ['đừng nhắn tin nữa', 'đừng gửi thông báo cho mình nữa', 'không muốn nhận tin nhắn nữa', 'ngừng gửi tin khuyến mãi giúp em', 'thôi đừng nhắn cho tôi nữa', 'tắt thông báo giúp mình', 'dung nhan tin nua'],
    notOptOut: ['dừng giao hàng giúp em', 'không nhận được thông báo giao hàng', 'đừng gửi hàng vội nhé'],
    optIn: ['gửi lại thông báo cho mình nhé', 'nhắn tin lại cho em được rồi', 'bật lại thông báo giúp mình', 'mình muốn nhận tin nhắn lại', 'cứ gửi thông báo tiếp nhé'],
    notOptIn: ['lại nhận được thông báo trễ hàng rồi'],
    access: ['shop đang lưu thông tin gì của tôi?', 'cho mình xem dữ liệu cá nhân của mình', 'gửi cho tôi bản sao dữ liệu cá nhân', 'tôi muốn biết shop có những thông tin nào của tôi'],
    deletion: ['xóa dữ liệu cá nhân của tôi giúp', 'xoá hết thông tin của mình đi', 'mình muốn xoá tài khoản và dữ liệu', 'xoa du lieu ca nhan cua toi', 'rồi xóa hết luôn nhé'],
    notData: ['xóa đơn hàng này giúp em', 'xoá địa chỉ cũ nhé', 'hết dữ liệu di động rồi', 'xóa sản phẩm khỏi giỏ'],
    language: [['nói tiếng anh được không', 'en'], ['chuyển sang tiếng việt nhé', 'vi'], ['trả lời bằng tiếng anh giùm', 'en'], ['tieng anh duoc ko', 'en'], ['nói lại tiếng việt đi shop', 'vi'], ['shop nói tiếng anh được không', 'en']],
    notLanguage: ['có sách hướng dẫn tiếng anh không', 'mình là người việt', 'giao vào thứ hai nhé'],
    noRequest: [
      'đơn của em đâu rồi shop', 'em muốn đổi size', 'mã vận đơn không cập nhật',
      'em nhận được tin nhắn là hàng bị trễ', 'gửi lại hóa đơn giúp em', 'em muốn trả giày', 'thanh toán lại lỗi',
      'xóa một món khỏi đơn được không', 'tất cả thông báo đều bị trễ', 'đừng tin mấy tin nhắn lừa đảo nha',
      'kiểm tra giúp em thông tin của em đúng chưa', 'gửi lại link giúp em',
      'không muốn màu xanh nữa, gửi màu đỏ nhé', 'shipper lại không tới', 'dùng tên tiếng anh được không',
    ],
  },
  ja: {
    yes: ['はい、お願いします', 'うん', 'ええ、それで', 'はい大丈夫です', 'お願いします！', 'それでお願いします', 'はーい、キャンセルで', 'はい！'],
    no: ['いいえ', 'いや、いいです', 'やめてください', '結構です', 'いいえ、大丈夫です', 'いらないです', 'いえ、結構です'],
    notAnswer: ['まだ届いていないんですが', 'いつ届きますか', 'いいです'],
    optOut: ['通知はもういらない', 'もうメッセージ送らないでください', '通知を止めてください', 'メルマガの配信を停止して', 'お知らせはもう結構です', 'LINEの通知オフにして'],
    notOptOut: ['注文をストップ', '配送を止めてください', '発送を停止してください'],
    optIn: ['また通知を送ってください', '通知を再開してください', 'メッセージまた送ってもらって大丈夫です', 'お知らせをまた受け取りたいです', '通知をオンに戻して'],
    notOptIn: ['また遅延の通知が来ました'],
    access: ['私の個人情報を確認したい', 'どんな個人情報を保存していますか', '個人情報の開示をお願いします', '私のデータのコピーが欲しいです', 'APPIに基づいて開示請求します'],
    deletion: ['個人情報を消してください', '私のデータを全部削除して', '個人情報削除お願いします', 'アカウントと個人情報を消去してほしい', 'あと全部消してください'],
    notData: ['注文を削除したい', '古い住所を削除してください', 'カートの商品を削除して'],
    language: [['英語でお願いできますか', 'en'], ['日本語に戻してください', 'ja'], ['英語で返信してもらえますか', 'en'], ['また日本語でお願いします', 'ja'], ['韓国語でもいいですか', 'ko'], ['英語話せますか', 'en']],
    notLanguage: ['英語の説明書はありますか', '英語名は？', '日本製ですか'],
    noRequest: [
      '注文はどこですか', 'サイズを変更したいです', '追跡が更新されません', '遅延のメッセージが届きました', '請求書をもう一度送ってください', '靴を返品したいです', '支払いがまた失敗しました',
      '注文から商品を一つ削除できますか', 'もう届きましたか', '私の情報が正しいか確認してください', 'リンクをもう一度送ってください', '青はもういらない、赤を送って', 'また配達が来ませんでした',
      '英語版のマニュアルを送ってください',
    ],
  },
  'zh-Hans': {
    yes: ['好的', '嗯嗯', '可以的', '行', '没问题', '是的 取消吧', '对', '好滴亲', '确定'],
    no: ['不用了', '不要', '不是', '算了', '不用 谢谢', '不需要', '不了'],
    notAnswer: ['不知道', '什么时候到', '还没收到货怎么办'],
    optOut: ['别再给我发消息了', '不要再发通知了', '以后不要给我推送了', '不想再收到你们的消息', '关闭消息通知', '别发广告了'],
    notOptOut: ['停止发货', '不要再发货了', '怎么没收到发货通知'],
    optIn: ['可以继续发通知', '重新给我发消息吧', '恢复推送', '我想继续收到通知', '把通知打开吧'],
    notOptIn: ['又收到延迟的通知了'],
    access: ['你们有我哪些个人信息', '我想查看我的个人资料', '请把我的个人信息导出给我', '我想知道你们保存了我什么数据', '根据PIPL我要查阅我的个人信息'],
    deletion: ['删除我的个人信息', '把我的资料都删掉', '请删除你们保存的我的数据', '注销账号并删除个人信息', '然后全部删掉吧'],
    notData: ['删除订单', '把旧地址删掉', '流量用完了', '把购物车里的东西删掉'],
    language: [['可以说英文吗', 'en'], ['换成中文吧', 'zh-Hans'], ['用英语回复我', 'en'], ['请说普通话', 'zh-Hans'], ['还是用中文吧', 'zh-Hans'], ['会说英语吗', 'en']],
    notLanguage: ['英文名字怎么写', '有英文版的说明书吗', '中国产的吗'],
    noRequest: [
      '我的订单在哪里', '我想换尺码', '物流一直没更新', '收到消息说快递延迟了', '可以再发一次发票吗', '我要退货', '付款又失败了', '能把订单里的一件删掉吗', '我的信息填错了，地址要改一下',
      '帮我看看我的资料对不对', '再发一次链接', '不要蓝色的了，发红色的', '快递又没来', '用英文名字注册可以吗',
    ],
  },
  'zh-Hant': {
    yes: ['好的', '好喔', '可以', '沒問題', '係呀', '對的', '嗯嗯 取消吧', '確定'],
    no: ['不用了', '不要', '唔使', '不是', '唔要', '不需要'],
    notAnswer: ['不知道', '什麼時候到', '還沒收到貨怎麼辦'],
    optOut: ['不要再傳訊息給我了', '別再發通知了', '我不想再收到推播', '關閉通知', '唔好再send訊息俾我', '停止推播訊息'],
    notOptOut: ['停止出貨', '不要再寄了', '怎麼沒收到出貨通知'],
    optIn: ['可以再傳訊息給我', '重新開啟通知', '我想再收到推播', '恢復通知吧', '繼續傳訊息給我'],
    notOptIn: ['又收到延遲通知了'],
    access: ['你們有我哪些個人資料', '我想查閱我的個資', '請提供我的個人資料副本', '我想知道你們存了我什麼資料'],
    deletion: ['刪除我的個人資料', '把我的個資刪掉', '請刪除你們保存的我的資料', '註銷帳號並刪除個資', '幫我刪除所有個人資料'],
    notData: ['刪除訂單', '把舊地址刪掉', '把購物車的東西刪掉'],
    language: [['可以講英文嗎', 'en'], ['請用中文回覆', 'zh-Hant'], ['換成英文', 'en'], ['用繁體中文就好', 'zh-Hant']],
    notLanguage: ['有英文版說明書嗎', '台灣製造的嗎'],
    noRequest: [
      '我的訂單在哪裡', '我想換尺寸', '物流一直沒更新', '收到訊息說延遲了', '可以再寄一次發票嗎', '我要退貨', '付款又失敗了',
    ],
  },
  ko: {
    yes: ['네', '넹', '예', '응', '어', 'ㅇㅇ', '좋아요', '그래요', '해주세요', '네 그렇게 해주세요', '넵 취소해주세요'],
    no: ['아니요', '아뇨', '아니', 'ㄴㄴ', '아니요 괜찮아요', '싫어요', '아니 됐어'],
    notAnswer: ['괜찮아요', '언제 와요?', '아직 배송이 안 왔는데요'],
    optOut: ['알림 그만', '메시지 그만 보내주세요', '더 이상 알림 보내지 마세요', '문자 안 받고 싶어요', '광고 메시지 수신 거부할게요', '알림 꺼 주세요'],
    notOptOut: ['주문 중지해 주세요', '알림이 안 와요', '배송 멈춰 주세요'],
    optIn: ['다시 알림 보내주세요', '알림 다시 켜주세요', '메시지 다시 받고 싶어요', '소식 다시 보내 주세요'],
    notOptIn: ['또 배송 지연 알림이 왔어요'],
    access: ['제 개인정보 열람하고 싶어요', '저에 대해 어떤 정보를 갖고 계세요?', '개인정보 사본 보내주세요', '제 데이터 확인할 수 있나요'],
    deletion: ['개인정보 삭제해 주세요', '제 정보 다 지워주세요', '제 데이터 삭제 요청합니다', '회원 탈퇴하고 개인정보 지워 주세요', '그리고 전부 삭제해 주세요'],
    notData: ['주문 삭제해주세요', '예전 주소 지워 주세요', '장바구니 상품 삭제'],
    language: [['영어로 해주세요', 'en'], ['한국어로 다시 해주세요', 'ko'], ['영어 가능한가요?', 'en'], ['한국어로 바꿔 주세요', 'ko'], ['영어 할 줄 아세요?', 'en']],
    notLanguage: ['영어로 된 설명서 있나요?', '한국산인가요?'],
    noRequest: [
      '제 주문 어디 있나요?', '사이즈 바꾸고 싶어요', '배송 조회가 업데이트가 안 돼요', '배송 지연 문자 받았어요', '영수증 다시 보내 주세요', '신발 반품하고 싶어요',
      '결제가 또 실패했어요', '주문에서 상품 하나 빼 주세요', '다시 주문하고 싶어요', '제 정보 맞는지 확인해 주세요', '링크 다시 보내 주세요', '파란색 말고 빨간색 보내 주세요',
      '택배가 또 안 왔어요', '영어 이름으로 바꿔 주세요',
    ],
  },
  ar: {
    yes: ['ايوه', 'اي', 'ايه', 'نعم', 'تمام', 'اكيد', 'ماشي', 'طيب', 'يب', 'اي نعم الغيه', 'تمام كنسل'],
    no: ['لا', 'لأ', 'مو', 'لا شكرا', 'لا ما ابي', 'لا لا خليه', 'لا مو لازم'],
    notAnswer: ['ما وصلني شي للحين؟', 'متى يوصل الطلب', 'ممكن'],
    optOut: ['لا ترسلوا لي رسائل', 'وقفوا الاشعارات', 'ما ابي رسائل بعد الحين', 'لا تبعتولي اشعارات تاني', 'بطلوا ترسلولي رسايل', 'سكروا الاشعارات'],
    notOptOut: ['وقفوا الطلب', 'لا ترسلوا الطلب الحين', 'ما وصلني اشعار الشحن'],
    optIn: ['ارسلوا لي الاشعارات مرة ثانية', 'رجعوا الرسائل', 'فعلوا الاشعارات من جديد', 'ابي استقبل الرسائل مره ثانيه'],
    notOptIn: ['وصلني اشعار التأخير مرة ثانية'],
    access: ['ايش البيانات اللي عندكم عني؟', 'ابي اشوف بياناتي الشخصية', 'ارسلوا لي نسخة من بياناتي', 'وش المعلومات اللي محفوظة عندكم عني'],
    deletion: ['امسحوا بياناتي', 'احذفوا كل معلوماتي الشخصية', 'ابي تحذفون البيانات اللي عندكم عني', 'حذف حسابي وبياناتي', 'بعدين امسحوا كل شي'],
    notData: ['احذف الطلب', 'امسح العنوان القديم', 'خلصت باقة البيانات'],
    language: [['ممكن تكلمني بالانجليزي', 'en'], ['رجعوا للعربي', 'ar'], ['ابي انجليزي لو سمحت', 'en'], ['رد علي بالعربي', 'ar'], ['تتكلمون انجليزي؟', 'en']],
    notLanguage: ['انا من مصر', 'عندكم كتيب بالانجليزي؟'],
    noRequest: [
      'وين طلبي؟', 'ابي اغير المقاس', 'التتبع ما تحدث', 'وصلتني رسالة ان الشحنة متأخرة',
      'ممكن ترسلون الفاتورة مرة ثانية', 'ابي ارجع الحذاء', 'الدفع فشل مرة ثانية', 'لا ترسلوا الطلب للعنوان القديم',
      'ممكن تتأكدون من معلوماتي صحيحة؟', 'ارسلوا الرابط مرة ثانية', 'ما ابي الازرق، ارسلوا الاحمر',
      'ابي المقاس الانجليزي',
    ],
  },
  fr: {
    yes: ['ouais vas-y', 'oui oui', 'ok ça marche', 'oui allez-y annulez', 'carrément', 'yes vas y', "oui, c'est bon", 'ouep'],
    no: ['non merci', 'nan', 'non non', 'pas du tout', 'non, laissez', "nan c'est bon", 'non pas encore'],
    notAnswer: ["non reçu", "je sais pas où est mon colis", 'ok et ça arrive quand ?'],
    optOut: ["arrêtez de m'envoyer des messages", 'plus de notifications svp', 'je ne veux plus recevoir vos mails', "ne m'envoyez plus de notifs", 'stop les notifs', 'désactivez les notifications'],
    notOptOut: ['arrêtez la commande', 'stoppez la livraison', "je ne reçois plus les notifications de suivi, c'est normal ?"],
    optIn: ['vous pouvez me renvoyer les notifications', 'réactivez les notifications svp', 'je veux de nouveau recevoir les messages', 'remettez les notifs', "vous pouvez m'écrire à nouveau"],
    notOptIn: ["j'ai encore reçu la notification de retard"],
    access: ['quelles données avez-vous sur moi ?', 'je veux voir mes données personnelles', 'envoyez-moi une copie de mes données', "je voudrais accéder à mes données (RGPD)", 'que savez-vous sur moi ?'],
    deletion: ['supprimez mes données svp', 'effacez toutes mes infos perso', 'je veux que vous supprimiez les données que vous avez sur moi', 'RGPD : suppression de mon compte et de mes données', 'et après effacez tout'],
    notData: ['supprimer ma commande', "supprimez l'ancienne adresse", "je n'ai plus de data mobile", 'enlevez cet article du panier'],
    language: [["vous pouvez répondre en anglais ? c'est pour mon mari", 'en'], ['on peut repasser en français ?', 'fr'], ['en anglais svp', 'en'], ['parlez-moi en espagnol', 'es'], ['en francais stp', 'fr'], ['vous parlez anglais ?', 'en']],
    notLanguage: ['je suis français', 'taille française 38', 'la notice est en anglais ?'],
    noRequest: [
      'où est ma commande ?', 'je veux changer la taille', 'le suivi ne se met pas à jour',
      "j'ai reçu un message disant que c'est en retard", 'vous pouvez renvoyer la facture ?',
      'je veux retourner les chaussures', 'le paiement a encore échoué',
      'vous pouvez retirer un article de la commande ?', 'plus de taille M ?',
      'vous pouvez vérifier que mes infos de livraison sont bonnes ?', 'renvoyez-moi le lien svp',
      'je ne veux plus le bleu, envoyez le rouge', 'encore une fois le livreur est pas venu',
      'je préfère le modèle italien', 'encore le colis chinois en retard',
    ],
  },
  de: {
    yes: ['ja passt, weg damit', 'jo mach', 'ja klar', 'jap', 'genau so', 'jawohl', 'ja bitte', 'passt', 'jup, gerne'],
    no: ['nein danke', 'nö', 'nee lass mal', 'ne', 'nein, behalten', 'noch nicht', 'nee danke'],
    notAnswer: ['nicht angekommen', 'keine ahnung wo das paket ist', 'ok und wann kommt es?'],
    optOut: ['keine Benachrichtigungen mehr', 'hört auf mir Nachrichten zu schicken', 'bitte keine Werbung mehr', 'schickt mir keine Updates mehr', 'ich will keine Nachrichten mehr bekommen', 'Benachrichtigungen ausschalten bitte'],
    notOptOut: ['Bestellung stoppen', 'Lieferung anhalten', 'warum bekomme ich keine Benachrichtigungen mehr?'],
    optIn: ['ihr könnt mir wieder Nachrichten schicken', 'Benachrichtigungen wieder einschalten', 'bitte schickt mir wieder Updates', 'ich möchte die Benachrichtigungen wieder bekommen'],
    notOptIn: ['ich hab schon wieder eine Benachrichtigung über die Verspätung bekommen'],
    access: ['welche Daten habt ihr über mich?', 'ich möchte meine Daten einsehen', 'schickt mir bitte eine Kopie meiner Daten', 'Auskunft über meine personenbezogenen Daten nach DSGVO', 'was wisst ihr über mich?'],
    deletion: ['bitte löscht meine Daten', 'löschen Sie alle meine personenbezogenen Daten', 'ich will, dass ihr alles über mich löscht', 'Konto und Daten löschen bitte', 'und dann alles löschen bitte'],
    notData: ['Bestellung löschen', 'die alte Adresse löschen', 'mein Datenvolumen ist leer', 'den Artikel aus dem Warenkorb löschen'],
    language: [['können Sie auf Englisch antworten?', 'en'], ['bitte wieder auf Deutsch', 'de'], ['schreib mir auf Englisch', 'en'], ['geht das auch auf Türkisch?', 'tr'], ['lieber auf deutsch', 'de'], ['sprechen Sie Englisch?', 'en']],
    notLanguage: ['ich komme aus Deutschland', 'deutsche Größe 40', 'gibt es eine englische Anleitung?'],
    noRequest: [
      'wo ist meine Bestellung?', 'ich möchte die Größe ändern', 'die Sendungsverfolgung aktualisiert sich nicht',
      'ich habe eine Nachricht bekommen, dass es später kommt', 'könnt ihr die Rechnung nochmal schicken?',
      'ich will die Schuhe zurückschicken', 'die Zahlung ist wieder fehlgeschlagen',
      'keine Ahnung wo das Paket ist', 'könnt ihr einen Artikel aus der Bestellung entfernen?',
      'könnt ihr prüfen ob meine Daten für die Lieferung stimmen?', 'schickt mir den Link nochmal',
      'ich will das blaue nicht mehr, schickt das rote', 'wieder kam der Bote nicht',
      'lieber das italienische Modell', 'wieder das chinesische Paket verspätet',
    ],
  },
  tr: {
    yes: ['evet', 'olur', 'tamam', 'tabi', 'aynen', 'he', 'evet iptal edin', 'tamam olur', 'tabii ki'],
    no: ['hayır', 'yok', 'istemiyorum', 'hayır teşekkürler', 'yok kalsın', 'yok abi gerek yok', 'yoo'],
    notAnswer: ['yok mu?', 'hiç bir şey gelmedi mi', 'kargom nerede'],
    optOut: ['bildirim göndermeyin', 'artık mesaj atmayın', 'bana bildirim gelmesin', 'kampanya mesajı istemiyorum', 'mesaj göndermeyi bırakın', 'bildirimleri kapatın'],
    notOptOut: ['siparişi durdurun', 'kargoyu durdurun', 'kargo bildirimi gelmedi'],
    optIn: ['bildirimleri tekrar açın', 'tekrar mesaj gönderebilirsiniz', 'bildirimleri yeniden almak istiyorum', 'yine mesaj atabilirsiniz'],
    notOptIn: ['yine gecikme bildirimi geldi'],
    access: ['hakkımda hangi verileri tutuyorsunuz', 'kişisel verilerimi görmek istiyorum', 'verilerimin bir kopyasını gönderin', 'KVKK kapsamında verilerime erişmek istiyorum'],
    deletion: ['kişisel verilerimi silin', 'verilerimi silmenizi istiyorum', 'hakkımdaki tüm bilgileri silin', 'hesabımı ve verilerimi silin', 'sonra hepsini silin'],
    notData: ['siparişi sil', 'eski adresi silin', 'sepetteki ürünü silin', 'internet paketim bitti'],
    language: [['ingilizce konuşabilir miyiz', 'en'], ['türkçe devam edelim', 'tr'], ['ingilizce yazar mısınız', 'en'], ['tekrar türkçe olsun', 'tr'], ['ingilizce biliyor musunuz', 'en']],
    notLanguage: ['türk malı mı', 'ingilizce kılavuz var mı'],
    noRequest: [
      'siparişim nerede?', 'bedeni değiştirmek istiyorum', 'kargo takibi güncellenmiyor', 'gecikme mesajı geldi',
      'faturayı tekrar gönderir misiniz', 'ayakkabıyı iade etmek istiyorum', 'ödeme yine başarısız oldu',
      'siparişten bir ürünü silebilir misiniz', 'bilgilerim doğru mu kontrol eder misiniz', 'linki tekrar gönderin',
      'maviyi istemiyorum kırmızıyı gönderin', 'kurye yine gelmedi', 'tekrar çin malı geldi',
    ],
  },
  fil: {
    yes: ['oo', 'opo', 'sige', 'sige po', 'go', 'tama', 'yes po', 'oo sige i-cancel mo na', 'g', 'sige lang po'],
    no: ['hindi', 'ayaw', 'wag', 'hindi po salamat', 'ayoko po', 'wag na po', 'di po'],
    notAnswer: ['hindi ko natanggap', 'hindi ko alam', 'kailan darating?'],
    optOut: ['wag niyo na ako i-message', 'tigil na po sa pag-text', 'ayoko na ng notif', 'huwag na kayong mag-send ng updates', 'stop na po sa mga message', 'wag na kayo mag-message sakin'],
    notOptOut: ['i-stop na yung order ko', 'wag niyo munang i-ship', 'wala pa akong natatanggap na notif'],
    optIn: ['pwede niyo na ulit ako i-message', 'padalhan niyo ulit ako ng updates', 'i-on ulit ang notifications', 'gusto ko ulit makatanggap ng messages'],
    notOptIn: ['may notif ulit na delayed daw'],
    access: ['anong data ko ang meron kayo?', 'gusto kong makita yung personal info ko', 'pakisend ng kopya ng data ko', 'ano pong impormasyon ang hawak niyo tungkol sa akin'],
    deletion: ['pakidelete po ng data ko', 'burahin niyo lahat ng personal info ko', 'i-delete niyo na yung account at data ko', 'tapos i-delete na rin lahat'],
    notData: ['i-delete yung order ko', 'paki-delete yung lumang address', 'ubos na data ko', 'tanggalin yung item sa cart'],
    language: [['english na lang po', 'en'], ['tagalog na ulit', 'fil'], ['pwede po ba english?', 'en'], ['mag-tagalog na lang tayo', 'fil'], ['marunong ba kayo mag-english?', 'en']],
    notLanguage: ['taga-Pilipinas ako', 'may english manual ba'],
    noRequest: [
      'nasaan na po order ko?', 'gusto ko palitan yung size', 'hindi nag-uupdate yung tracking',
      'may message na delayed daw', 'pakisend ulit ng invoice', 'gusto ko i-return yung sapatos',
      'failed ulit yung payment', 'pwede po ba mag-message sa rider?', 'pa-check po kung tama yung details ko',
      'pakisend ulit yung link', 'ayoko na ng blue, red na lang', 'hindi na naman dumating yung rider',
      'pwede po bang english name ang ilagay',
    ],
  },
  it: {
    yes: ['sì procedi', 'sisi', 'certo', 'va bene', 'ok perfetto', 'vai pure', 'sì dai annulla', 'esatto'],
    no: ['no grazie', 'nono', 'no, lascia stare', 'assolutamente no', 'macché', 'non ancora'],
    notAnswer: ['non ho ricevuto niente', 'non so dove sia il pacco', 'ok e quando arriva?'],
    optOut: ['non mandatemi più messaggi', 'basta notifiche', 'smettetela di scrivermi', 'non voglio più ricevere aggiornamenti', 'disattivate le notifiche', 'niente più promozioni grazie'],
    notOptOut: ["fermate l'ordine", 'bloccate la spedizione', 'non mi arrivano più le notifiche della spedizione, come mai?'],
    optIn: ['potete rimandarmi le notifiche', 'riattivate le notifiche', 'voglio ricevere di nuovo i messaggi', 'mandatemi di nuovo gli aggiornamenti'],
    notOptIn: ['mi è arrivata di nuovo la notifica del ritardo'],
    access: ['quali dati avete su di me?', 'voglio vedere i miei dati personali', 'mandatemi una copia dei miei dati', 'vorrei accedere ai miei dati (GDPR)'],
    deletion: ['cancellate i miei dati per favore', 'eliminate tutti i miei dati personali', 'voglio che cancelliate tutto quello che avete su di me', 'chiudete il mio account e cancellate i dati', 'e poi cancellate tutto'],
    notData: ["cancellate l'ordine", 'eliminate il vecchio indirizzo', 'ho finito i giga', "togliete l'articolo dal carrello"],
    language: [["potete rispondere in inglese? è per mio marito", 'en'], ["torniamo all'italiano", 'it'], ['scrivimi in inglese', 'en'], ['in italiano per favore', 'it'], ['parlate inglese?', 'en']],
    notLanguage: ['sono italiano', 'taglia italiana 42', 'il manuale è in inglese?'],
    noRequest: [
      "dov'è il mio ordine?", 'vorrei cambiare la taglia', 'il tracking non si aggiorna',
      'mi è arrivato un messaggio che è in ritardo', 'potete rimandarmi la fattura?', 'voglio restituire le scarpe',
      'il pagamento è fallito di nuovo', "potete togliere un articolo dall'ordine?",
      'potete controllare se i miei dati di spedizione sono giusti?', 'rimandatemi il link',
      'non voglio più il blu, mandate il rosso', 'di nuovo il corriere non è passato',
      'preferisco il modello cinese', 'di nuovo il pacco cinese in ritardo',
    ],
  },
  nl: {
    yes: ['ja hoor', 'jazeker', 'prima', 'is goed', 'ja doe maar', 'oké top', 'jep', 'ja, ga je gang'],
    no: ['nee', 'nee dank je', 'nee hoor', 'liever niet', 'nee laat maar', 'nope'],
    notAnswer: ['niet ontvangen', 'geen idee waar het pakket is', 'ok en wanneer komt het?'],
    optOut: ['stuur geen berichten meer', 'ik wil geen meldingen meer', 'stop met het sturen van updates', 'niet meer appen aub', 'meldingen uitzetten', 'hou op met die berichten'],
    notOptOut: ['stop de bestelling', 'de levering stoppen', 'waarom krijg ik geen meldingen meer?'],
    optIn: ['jullie mogen me weer berichten sturen', 'zet de meldingen weer aan', 'ik wil weer updates ontvangen', 'stuur me opnieuw meldingen'],
    notOptIn: ['ik kreeg weer een melding over vertraging'],
    access: ['welke gegevens hebben jullie van mij?', 'ik wil mijn persoonsgegevens inzien', 'stuur me een kopie van mijn gegevens', 'inzage in mijn gegevens volgens de AVG'],
    deletion: ['verwijder mijn gegevens aub', 'wis al mijn persoonsgegevens', 'ik wil dat jullie alles over mij verwijderen', 'account en gegevens verwijderen graag', 'en daarna alles wissen'],
    notData: ['verwijder mijn bestelling', 'verwijder het oude adres', 'mijn databundel is op', 'haal het artikel uit mijn winkelmandje'],
    language: [['kunnen jullie in het Engels antwoorden?', 'en'], ['weer in het Nederlands graag', 'nl'], ['kan het in het Duits?', 'de'], ['Engels alsjeblieft', 'en'], ['spreken jullie Engels?', 'en']],
    notLanguage: ['ik kom uit Nederland', 'Engelse maat', 'is de handleiding in het Engels?'],
    noRequest: [
      'waar is mijn bestelling?', 'ik wil de maat wijzigen', 'de track & trace wordt niet bijgewerkt',
      'ik kreeg een bericht dat het later komt', 'kunnen jullie de factuur opnieuw sturen?',
      'ik wil de schoenen terugsturen', 'de betaling is weer mislukt', 'geen idee waar het pakket is',
      'kunnen jullie checken of mijn gegevens kloppen voor de levering?', 'stuur de link nog een keer',
      'ik wil de blauwe niet meer, stuur de rode', 'de bezorger kwam weer niet', 'liever het italiaanse model',
    ],
  },
  pl: {
    yes: ['tak, anuluj', 'no jasne', 'pewnie', 'spoko', 'tak tak', 'dobra', 'jasne, śmiało', 'okej'],
    no: ['nie', 'nie dzięki', 'nie, zostaw', 'jeszcze nie', 'raczej nie', 'nie trzeba'],
    notAnswer: ['nie dostałem paczki', 'nie wiem gdzie jest przesyłka', 'ok a kiedy dojdzie?'],
    optOut: ['nie wysyłajcie powiadomień', 'nie chcę już dostawać wiadomości', 'przestańcie mi wysyłać SMS-y', 'koniec z powiadomieniami', 'wyłączcie powiadomienia', 'nie piszcie do mnie więcej'],
    notOptOut: ['zatrzymajcie zamówienie', 'wstrzymajcie wysyłkę', 'nie dostaję powiadomień o przesyłce'],
    optIn: ['możecie znowu wysyłać mi wiadomości', 'włączcie ponownie powiadomienia', 'chcę znowu dostawać powiadomienia', 'wyślijcie mi znowu aktualizacje'],
    notOptIn: ['znowu dostałem powiadomienie o opóźnieniu'],
    access: ['jakie dane o mnie macie?', 'chcę zobaczyć moje dane osobowe', 'wyślijcie mi kopię moich danych', 'na podstawie RODO proszę o dostęp do moich danych'],
    deletion: ['usuńcie moje dane', 'proszę usunąć moje dane osobowe', 'chcę żebyście usunęli wszystko co o mnie macie', 'usuńcie konto i dane', 'a potem usuńcie wszystko'],
    notData: ['usuńcie zamówienie', 'usuń stary adres', 'skończył mi się internet', 'usuń produkt z koszyka'],
    language: [['możecie odpisać po angielsku?', 'en'], ['wróćmy do polskiego', 'pl'], ['po angielsku proszę', 'en'], ['czy mogę pisać po niemiecku?', 'de'], ['mówicie po angielsku?', 'en']],
    notLanguage: ['jestem z Polski', 'polski rozmiar 40', 'czy instrukcja jest po angielsku?'],
    noRequest: [
      'gdzie jest moje zamówienie?', 'chcę zmienić rozmiar', 'śledzenie się nie aktualizuje',
      'dostałem wiadomość, że jest opóźnienie', 'możecie wysłać fakturę jeszcze raz?', 'chcę zwrócić buty',
      'płatność znowu nie przeszła', 'możecie usunąć jeden produkt z zamówienia?',
      'możecie sprawdzić czy moje dane do wysyłki są dobre?', 'wyślijcie link jeszcze raz',
      'nie chcę już niebieskiego, wyślijcie czerwony', 'kurier znowu nie przyjechał', 'wolę włoski model',
    ],
  },
};

type ChatTable = Exclude<keyof Chat, 'language'>;
const chat = (table: ChatTable): Case[] =>
  LANGUAGES.flatMap((language) => CHAT[language][table].map((text) => [language, text] as const));

describe('shoppers chat: yes/no', () => {
  it.each(chat('yes'))('[%s] %s → yes', (language, text) => {
    expect(readReplyCues(text, language).yesNo).toBe('yes');
  });
  it.each(chat('no'))('[%s] %s → no', (language, text) => {
    expect(readReplyCues(text, language).yesNo).toBe('no');
  });
  it.each(chat('notAnswer'))('[%s] %s → no answer', (language, text) => {
    expect(readReplyCues(text, language).yesNo).toBeUndefined();
  });
});

describe('shoppers chat: opt-out / opt-in', () => {
  it.each(chat('optOut'))('[%s] %s → opt-out', (language, text) => {
    expect(readRequests(text, language)).toMatchObject({ optOut: true });
    expect(readRequests(text, language).optIn).toBeUndefined();
  });
  it.each(chat('notOptOut'))('[%s] %s → not an opt-out', (language, text) => {
    expect(readRequests(text, language).optOut).toBeUndefined();
  });
  it.each(chat('optIn'))('[%s] %s → opt-in', (language, text) => {
    expect(readRequests(text, language)).toMatchObject({ optIn: true });
    expect(readRequests(text, language).optOut).toBeUndefined();
  });
  it.each(chat('notOptIn'))('[%s] %s → not an opt-in', (language, text) => {
    expect(readRequests(text, language).optIn).toBeUndefined();
  });
});

describe('shoppers chat: data protection', () => {
  it.each(chat('access'))('[%s] %s → access', (language, text) => {
    expect(readRequests(text, language).dataRequest).toBe('access');
  });
  it.each(chat('deletion'))('[%s] %s → deletion', (language, text) => {
    expect(readRequests(text, language).dataRequest).toBe('deletion');
  });
  it.each(chat('notData'))('[%s] %s → no data request', (language, text) => {
    expect(readRequests(text, language).dataRequest).toBeUndefined();
  });
});

describe('shoppers chat: language', () => {
  const asked = LANGUAGES.flatMap((language) =>
    CHAT[language].language.map(([text, requested]) => [language, text, requested] as const),
  );
  it.each(asked)('[%s] %s → %s', (language, text, requested) => {
    expect(readRequests(text, language).language).toBe(requested);
  });
  it.each(chat('notLanguage'))('[%s] %s → no language request', (language, text) => {
    expect(readRequests(text, language).language).toBeUndefined();
  });
});

describe('shoppers chat: no request', () => {
  it.each(chat('noRequest'))('[%s] %s → no request', (language, text) => {
    expect(readRequests(text, language)).toEqual({});
  });
});

describe('shoppers chat: coverage', () => {
  // At least four new cases per concept and language, and negatives for each.
  it.each(LANGUAGES)('%s', (language) => {
    const c = CHAT[language];
    for (const table of ['yes', 'no', 'optOut', 'optIn', 'access', 'deletion', 'language'] as const) {
      expect(c[table].length, table).toBeGreaterThanOrEqual(4);
    }
    for (const table of [
      'notAnswer',
      'notOptOut',
      'notOptIn',
      'notData',
      'notLanguage',
      'noRequest',
    ] as const) {
      expect(c[table].length, table).toBeGreaterThanOrEqual(1);
    }
  });
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

  // A cold start (a Lambda's first message) compiles what that message needs, not 19 languages.
  it('compiles only the guessed language and English on a first message', async () => {
    vi.resetModules();
    const registry = await import('../../../functions/understanding/cues/registry');
    const fresh = await import('../../../functions/understanding/cues');
    expect(registry.compiledLanguages()).toEqual([]);
    fresh.readReplyCues('ja bitte', 'de');
    fresh.readRequests('keine Nachrichten mehr', 'de');
    fresh.readReplyCues('Stopp', 'de');
    expect(registry.compiledLanguages().sort()).toEqual(['de', 'en']);
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
