import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../functions/core/types';
import {
  DEFECT_CATEGORIES,
  type DefectCategory,
  extractInsights,
  sentimentLabel,
} from '../../../functions/insights/extract';
import { LEXICONS } from '../../../functions/insights/lexicon/index';

const defects = (text: string, language: Language) => extractInsights(text, language).defects;

describe('extractInsights: one defect, one category, whatever the language', () => {
  const same: Array<[DefectCategory, Array<[string, Language]>]> = [
    [
      'colour_fading',
      [
        ['เสื้อสีตกตอนซัก', 'th'],
        ['a camiseta desbotou toda', 'pt-BR'],
        ['这件衣服掉色', 'zh-Hans'],
        ['洗了就褪色', 'zh-Hans'],
        ['色落ちしました', 'ja'],
        ['물빠짐 심해요', 'ko'],
        ['اللون بهت', 'ar'],
        ['bajunya luntur', 'id'],
      ],
    ],
    [
      'broken_damaged',
      [
        ['กระเป๋าขาด', 'th'],
        ['o vestido veio rasgado', 'pt-BR'],
        ['收到就破损了', 'zh-Hans'],
        ['耳机坏了', 'zh-Hans'],
        ['袖が破れていました', 'ja'],
        ['가방이 찢어져서 왔어요', 'ko'],
        ['الكوب مكسور', 'ar'],
        ['tasnya robek', 'id'],
      ],
    ],
    [
      'wrong_size',
      [
        ['ไซส์เล็กไป', 'th'],
        ['veio no tamanho errado', 'pt-BR'],
        ['尺码太小', 'zh-Hans'],
        ['サイズが違う', 'ja'],
        ['celananya kekecilan', 'id'],
      ],
    ],
  ];
  for (const [category, examples] of same) {
    for (const [text, language] of examples) {
      it(`${language} "${text}" → ${category}`, () => {
        expect(defects(text, language)).toContain(category);
      });
    }
  }

  it('ties a Thai, a Portuguese and a Chinese complaint about the same defect together', () => {
    const th = defects('ชุดสีตกหลังซักครั้งแรก 😡', 'th');
    const pt = defects('o vestido desbotou na primeira lavagem', 'pt-BR');
    const zh = defects('裙子洗一次就掉色了', 'zh-Hans');
    expect(th).toEqual(['colour_fading']);
    expect(pt).toEqual(th);
    expect(zh).toEqual(th);
  });

  it('reads Traditional Chinese with the same lexicon', () => {
    expect(defects('鞋底脫膠，鞋帶也斷掉了', 'zh-Hant')).toContain('broken_damaged');
    expect(defects('兩個禮拜了還沒收到', 'zh-Hant')).toContain('late');
  });

  it('finds several defects in one message, in category order, with the keywords as written', () => {
    const insight = extractInsights('The zipper BROKE and the colour faded after one wash', 'en');
    expect(insight.defects).toEqual(['colour_fading', 'broken_damaged']);
    expect(insight.keywords).toEqual(expect.arrayContaining(['BROKE']));
  });
});

describe('extractInsights: negation and hypotheticals', () => {
  const none: Array<[string, Language]> = [
    ['it arrived fine, not damaged at all', 'en'],
    ['no está roto, llegó perfecto', 'es'],
    ['chegou tudo certo, nada quebrado', 'pt-BR'],
    ['收到了，没有坏', 'zh-Hans'],
    ['ได้รับแล้ว ไม่ขาด', 'th'],
    ['破れていないです', 'ja'],
    ['찢어지지 않았어요', 'ko'],
    ['وصل وما فيه كسر', 'ar'],
    ['paket aman, gak ada yang rusak', 'id'],
    ['nichts ist kaputt', 'de'],
    ['rien de cassé', 'fr'],
    ['what if it doesn’t fit?', 'en'],
    ['will the colour fade if I wash it?', 'en'],
    ['si no me queda la talla, ¿lo puedo cambiar?', 'es'],
    ['ถ้าใส่ไม่ได้เปลี่ยนได้ไหม', 'th'],
    ['サイズが合わなかったら交換できますか', 'ja'],
  ];
  for (const [text, language] of none) {
    it(`${language} "${text}" reports no defect`, () => {
      expect(defects(text, language)).toEqual([]);
    });
  }

  it('still reports a defect asked about indignantly or with "why"', () => {
    expect(defects('this is not what i ordered??', 'en')).toContain('wrong_item');
    expect(defects('why is the strap broken?', 'en')).toContain('broken_damaged');
  });
});

describe('extractInsights: sentiment', () => {
  const neutral: Array<[string, Language]> = [
    ['where is my order?', 'en'],
    ['¿dónde está mi pedido?', 'es'],
    ['cadê meu pedido?', 'pt-BR'],
    ['我的订单到哪了？', 'zh-Hans'],
    ['ออเดอร์ถึงไหนแล้วคะ', 'th'],
    ['注文はいつ届きますか？', 'ja'],
    ['주문 어디쯤 왔나요?', 'ko'],
    ['وين طلبي؟', 'ar'],
    ['is the quality good?', 'en'],
    ['hi, where is my order? thanks', 'en'],
    ['buenas tardes', 'es'],
    ['สวัสดีค่ะ', 'th'],
  ];
  for (const [text, language] of neutral) {
    it(`${language} "${text}" is about neutral`, () => {
      expect(Math.abs(extractInsights(text, language).sentiment)).toBeLessThan(0.15);
    });
  }

  it('scores thanks and praise above zero, complaints and anger below', () => {
    expect(extractInsights('thank you so much, love it!', 'en').sentiment).toBeGreaterThan(0.3);
    expect(extractInsights('muito obrigada, amei', 'pt-BR').sentiment).toBeGreaterThan(0.3);
    expect(extractInsights('谢谢，很喜欢', 'zh-Hans').sentiment).toBeGreaterThan(0.3);
    expect(extractInsights('the strap is broken', 'en').sentiment).toBeLessThan(-0.3);
    expect(extractInsights('THIS IS A SCAM', 'en').sentiment).toBeLessThan(-0.5);
    expect(extractInsights('ขาดตั้งแต่แกะกล่อง', 'th').sentiment).toBeLessThan(-0.3);
  });

  it('reads emoji', () => {
    expect(extractInsights('😍😍', 'en').sentiment).toBeGreaterThan(0.3);
    expect(extractInsights('ok 😡', 'en').sentiment).toBeLessThan(-0.3);
    expect(extractInsights('got it 👍', 'es').sentiment).toBeGreaterThan(0);
  });

  it('flips negated polar words and lets "but" decide a mixed message', () => {
    expect(extractInsights('not good', 'en').sentiment).toBeLessThan(0);
    expect(extractInsights('love the dress but the zipper broke', 'en').sentiment).toBeLessThan(0);
    expect(
      extractInsights('the first one was broken but the new one is perfect, thanks!', 'en').sentiment,
    ).toBeGreaterThan(0);
  });

  it('lets "!!!" and capitals make anger angrier', () => {
    const calm = extractInsights('still not arrived', 'en').sentiment;
    const loud = extractInsights('STILL NOT ARRIVED!!!', 'en').sentiment;
    expect(loud).toBeLessThan(calm);
  });

  it('stays within [-1, 1] and labels with a dead zone', () => {
    for (const language of LANGUAGES) {
      const s = extractInsights('terrible terrible worst scam 😡😡😡 broken torn!!!', language).sentiment;
      expect(s).toBeGreaterThanOrEqual(-1);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(sentimentLabel(0.05)).toBe('neu');
    expect(sentimentLabel(-0.5)).toBe('neg');
    expect(sentimentLabel(0.5)).toBe('pos');
  });
});

describe('extractInsights: how shoppers actually type', () => {
  const cases: Array<[string, Language, DefectCategory[]]> = [
    // No diacritics: the fold reads them like the accented cues.
    ['ao bi rach 1 lo o tay, giao hang cham qua shop oi', 'vi', ['broken_damaged', 'late']],
    ['nao serviu, ficou apertado demais e a costura ja soltou', 'pt-BR', ['wrong_size', 'stitching']],
    ['bir kere yikadim rengi soldu gitti', 'tr', ['colour_fading']],
    ['po jednym praniu kolor calkiem wyblakl', 'pl', ['colour_fading']],
    // Slang, stretched letters and reduplication.
    ['ของมาช้าโคตร แถมกล่องบุบยับ', 'th', ['broken_damaged', 'late']],
    ['udah sebulan paketnya ga nyampe2, mana bajunya bolong', 'id', ['broken_damaged', 'late']],
    ['the zipper is brokennn smh', 'en', ['broken_damaged']],
    // Colloquial synonyms and constructions.
    ['i picked navy and you sent beige', 'en', ['wrong_item']],
    ['isinya cuma 5 padahal di deskripsi 6 pcs', 'id', ['missing_parts']],
    ['the set is supposed to come with a pouch but there wasn’t one', 'en', ['missing_parts']],
  ];
  for (const [text, language, expected] of cases) {
    it(`${language} "${text}" → ${expected.join(', ')}`, () => {
      expect(defects(text, language)).toEqual(expected);
    });
  }

  it('reads accents as written when the shopper types them (Vietnamese "hôi" is a smell, "hỏi" is asking)', () => {
    expect(defects('mình hỏi qua shop rồi mà chưa thấy trả lời', 'vi')).toEqual([]);
    expect(defects('áo hôi quá, mùi ẩm mốc', 'vi')).toEqual(['smell']);
    // German "schon" (already) is not "schön" (pretty): spelled out, the umlaut no longer folds away.
    const de = extractInsights('einmal gewaschen und schon total ausgeblichen', 'de');
    expect(de.defects).toEqual(['colour_fading']);
    expect(de.sentiment).toBeLessThan(-0.3);
  });

  it('reads pre-sale questions and old worries as no defect', () => {
    const none: Array<[string, Language]> = [
      ['kak ini luntur gak kalo dicuci', 'id'],
      ['ผ้าบางไหมคะ กลัวใส่แล้วร้อน', 'th'],
      ['áo này giặt có bị phai màu không shop', 'vi'],
      ['is the leather real or pu? dont want it peeling in a month', 'en'],
      ['was scared it would arrive broken but its perfect', 'en'],
      ['kırık gelir diye korkmuştum ama sapasağlam geldi', 'tr'],
      ['파손될까 걱정했는데 멀쩡하게 왔어요', 'ko'],
    ];
    for (const [text, language] of none) expect(defects(text, language), `${language} ${text}`).toEqual([]);
    expect(sentimentLabel(extractInsights('kak ini luntur gak kalo dicuci', 'id').sentiment)).toBe('neu');
  });

  it('reads praise of an aspect as no defect ("the stitching is neat")', () => {
    const praise: Array<[string, Language]> = [
      ['no weird smell and the stitching is really neat 👍', 'en'],
      ['ga bau sama sekali, jahitannya rapi bgt', 'id'],
      ['walang amoy at maayos yung tahi', 'fil'],
      ['냄새 하나도 안 나고 박음질도 꼼꼼해요', 'ko'],
      ['riecht nach gar nichts und die nähte sind sauber', 'de'],
    ];
    for (const [text, language] of praise) {
      const insight = extractInsights(text, language);
      expect(insight.defects, `${language} ${text}`).toEqual([]);
      expect(sentimentLabel(insight.sentiment), `${language} ${text}`).toBe('pos');
    }
    expect(defects('the stitching is not great', 'en')).toEqual(['stitching']);
  });

  it('keeps one reading where cues overlap or compete', () => {
    // The longer cue wins: the seam coming loose, not a part coming off.
    expect(defects('a costura do bolso soltou em dois dias', 'pt-BR')).toEqual(['stitching']);
    // A colour "unlike the photo" is not a wrong colour sent.
    expect(defects('beda jauh sama fotonya, warnanya lain', 'id')).toEqual(['not_as_described']);
    // "thanks to your jeans" is no thanks.
    expect(extractInsights('my whites r all blue now thx to ur jeans', 'en').sentiment).toBeLessThan(0);
  });

  it('scores a resolved complaint as praise and still records its defect', () => {
    for (const [text, language] of [
      ['first mug came chipped but the replacement is perfect, thank you so much', 'en'],
      ['第一个杯子有缺口，不过补发的很完美，谢谢客服', 'zh-Hans'],
      ['kemaren gelasnya retak tp yg pengganti udh dateng mulus, makasih banyak kak', 'id'],
    ] as Array<[string, Language]>) {
      const insight = extractInsights(text, language);
      expect(insight.defects, text).toEqual(['broken_damaged']);
      expect(sentimentLabel(insight.sentiment), text).toBe('pos');
    }
    // Praise without a fix is still a complaint.
    expect(
      extractInsights('super cute design but one of the straps snapped on day one', 'en').sentiment,
    ).toBeLessThan(0);
  });

  it('stops a negator at "and"', () => {
    expect(extractInsights('not broken and fits well', 'en').sentiment).toBeGreaterThan(0.15);
  });
});

describe('extractInsights: Japanese conversation', () => {
  const label = (text: string) => sentimentLabel(extractInsights(text, 'ja').sentiment);

  it('reads katakana and hiragana spellings of a cue alike, without reading "引きずる" as a scratch', () => {
    expect(defects('スマホケースにきずがついてた', 'ja')).toEqual(['broken_damaged']);
    expect(defects('ニオイがすごい', 'ja')).toEqual(['smell']);
    expect(defects('スカートがキツい', 'ja')).toEqual(['wrong_size']);
    expect(defects('ズボンの裾を引きずる感じ', 'ja')).not.toContain('broken_damaged');
  });

  it('negates a positive word by its ending, and denies a defect by it', () => {
    expect(label('正直あまり良くなかったです')).toBe('neg');
    expect(label('この仕上がりでは満足できません')).toBe('neg');
    expect(label('色が全然気に入らない')).toBe('neg');
    expect(defects('におわないし、毛玉もできにくくて助かります', 'ja')).toEqual([]);
    expect(label('におわないし、毛玉もできにくくて助かります')).toBe('pos');
  });

  it('keeps "isn\'t this a fake?" a complaint, and a ringing "じゃない？" from negating', () => {
    expect(label('これ詐欺じゃないですか！')).toBe('neg');
    expect(defects('これ本物のレザーじゃないですよね？', 'ja')).toEqual(['not_as_described']);
  });

  it('reads ordered-this-got-that as a wrong item, or a wrong size when the labels are sizes', () => {
    expect(defects('ネイビーを注文したのにグレーが来た', 'ja')).toEqual(['wrong_item']);
    expect(defects('Lで頼んだのにMが届いたんですけど', 'ja')).toEqual(['wrong_size']);
    expect(defects('誕生日用に注文したのに、まだ届いていません', 'ja')).toEqual(['late']);
  });

  it('tells a parcel stuck in tracking from a broken device, and a coupon from a broken item', () => {
    expect(defects('追跡がずっと同じ表示のまま動かないです', 'ja')).toEqual(['late']);
    expect(defects('クーポンが使えなかったです', 'ja')).toEqual([]);
  });

  it('reads kaomoji, hedges and hanging complaints', () => {
    expect(label('まだ届かない(；ω；)')).toBe('neg');
    expect(label('とても可愛いです(*^^*)')).toBe('pos');
    expect(defects('サイズがちょっと小さいかな', 'ja')).toEqual(['wrong_size']);
    expect(label('先週ちゃんと連絡したのに')).toBe('neg');
  });

  it('resolves a fixed complaint named before the thanks, and mutes a mere notice', () => {
    const fixed = extractInsights('色違いの交換ありがとうございました！今度は完璧です', 'ja');
    expect(fixed.defects).toEqual(['wrong_item']);
    expect(sentimentLabel(fixed.sentiment)).toBe('pos');
    expect(label('念のためご報告です、外箱が少しへこんでいましたが中身は大丈夫でした')).toBe('neu');
  });
});

describe('lexicons', () => {
  it('has cues for every category in every language', () => {
    for (const language of LANGUAGES) {
      for (const category of DEFECT_CATEGORIES) {
        expect(LEXICONS[language].defects[category].length, `${language} ${category}`).toBeGreaterThan(0);
      }
      expect(LEXICONS[language].positive.length, language).toBeGreaterThan(0);
      expect(LEXICONS[language].negative.length, language).toBeGreaterThan(0);
    }
  });

  it('compiles for every language and handles empty and odd input', () => {
    for (const language of LANGUAGES) {
      expect(extractInsights('', language)).toEqual({ sentiment: 0, defects: [], keywords: [] });
      expect(() => extractInsights('?!()[]\\ 🙂 \u0000', language)).not.toThrow();
    }
  });

  it('is fast once compiled', () => {
    const text = 'the dress arrived torn and the colour faded, not happy 😡';
    extractInsights(text, 'en');
    const start = performance.now();
    for (let i = 0; i < 2000; i++) extractInsights(text, 'en');
    expect((performance.now() - start) / 2000).toBeLessThan(0.2);
  });
});
