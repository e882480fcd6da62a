import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../functions/core/types';
import { createMemoryStores } from '../../../functions/stores/memory';
import {
  bestProductMatches,
  colourIn,
  matchProducts,
  productInfo,
  sizeIn,
} from '../../../functions/tools/product-info';
import { CATALOG } from '../../../lib/local/seed-data/catalog';
import { toolContext } from './fixtures';

const byId = (id: string) => CATALOG.find((p) => p.id === id)!;
const named = (text: string) => bestProductMatches(CATALOG, text).map((p) => p.id);

describe('the catalog’s names in every language', () => {
  it.each(CATALOG.map((p) => [p.id, p] as const))(
    '%s has aliases and colour names in all 19',
    (_, product) => {
      for (const language of LANGUAGES) {
        expect(product.aliases?.[language]?.length, language).toBeGreaterThan(0);
        for (const colour of product.colours) {
          expect(
            product.colourAliases?.[colour]?.[language]?.length,
            `${colour} ${language}`,
          ).toBeGreaterThan(0);
        }
      }
    },
  );
});

describe('bestProductMatches', () => {
  // What shoppers call the products, in their language, with the colour and size they name.
  it.each<[string, string, string | undefined, string | undefined]>([
    ['那条裹身裙还有M码吗', 'P-WRAP-DRESS', undefined, 'M'],
    ['白色帆布鞋有40码吗', 'P-CANVAS-SNEAKER', 'white', 'EU 40'],
    ['吊带裙有黑色吗', 'P-SLIP-DRESS', 'black', undefined],
    ['直筒牛仔裤 水洗黑 29', 'P-STRAIGHT-JEANS', 'washed black', '29'],
    ['這件亞麻襯衫有白色嗎', 'P-LINEN-SHIRT', 'white', undefined],
    ['闊腿牛仔褲淺藍色有28嗎', 'P-WIDE-JEANS', 'light blue', '28'],
    ['ラップワンピースのMサイズありますか', 'P-WRAP-DRESS', undefined, 'M'],
    ['白のスニーカー 25cm ある？', 'P-CANVAS-SNEAKER', 'white', 'EU 40'],
    ['Tシャツの黒 Lサイズ', 'P-COTTON-TEE', 'black', 'L'],
    ['랩 원피스 M 사이즈 있어요?', 'P-WRAP-DRESS', undefined, 'M'],
    ['린넨셔츠 네이비 있나요', 'P-LINEN-SHIRT', 'navy', undefined],
    ['티셔츠 검정 L', 'P-COTTON-TEE', 'black', 'L'],
    ['เดรสลายดอกสีแดงไซส์ M มีไหมคะ', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['รองเท้าผ้าใบสีขาว เบอร์ 40 มีไหม', 'P-CANVAS-SNEAKER', 'white', 'EU 40'],
    ['ผ้าห่มลินินสีเทา', 'P-LINEN-THROW', 'slate', undefined],
    ['هل فستان ملفوف متوفر باللون الأحمر مقاس M؟', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['عندكم القميص الكتان ابيض؟', 'P-LINEN-SHIRT', 'white', undefined],
    ['tienes el vestido cruzado en azul talla s?', 'P-WRAP-DRESS', 'blue floral', 'S'],
    ['las zapatillas blancas en 40', 'P-CANVAS-SNEAKER', 'white', 'EU 40'],
    ['vestido envelope vermelho tem no M?', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['o tênis branco 41 tem?', 'P-CANVAS-SNEAKER', 'white', 'EU 41'],
    ['ada kemeja linen warna navy ukuran L?', 'P-LINEN-SHIRT', 'navy', 'L'],
    ['ada kaos warna hitam?', 'P-COTTON-TEE', 'black', undefined],
    ['kasut kanvas hitam saiz 42 ada?', 'P-CANVAS-SNEAKER', 'black', 'EU 42'],
    ['váy quấn hoa đỏ size M còn không', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['quan jean ong rong xanh nhat 28', 'P-WIDE-JEANS', 'light blue', '28'],
    ['la robe portefeuille bleue en M ?', 'P-WRAP-DRESS', 'blue floral', 'M'],
    ['Wickelkleid in Rot, Größe S?', 'P-WRAP-DRESS', 'red floral', 'S'],
    ['keten gömlek beyaz M var mı', 'P-LINEN-SHIRT', 'white', 'M'],
    ['ang linen na polo may puti?', 'P-LINEN-SHIRT', 'white', undefined],
    ['vestito a portafoglio rosso taglia M', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['wikkeljurk in het rood maat M', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['sukienka kopertowa czerwona rozmiar M', 'P-WRAP-DRESS', 'red floral', 'M'],
    ['loafers US 8', 'P-LEATHER-LOAFER', undefined, 'EU 41'],
    ['straight jeans washed black W30', 'P-STRAIGHT-JEANS', 'washed black', '30'],
    ['do you have the trench in stone?', 'P-TRENCH-COAT', 'stone', undefined],
    ['kupa kum rengi var mı', 'P-CERAMIC-MUG', 'sand', undefined],
  ])('%s → %s', (text, id, colour, size) => {
    expect(named(text)).toEqual([id]);
    expect(colourIn(byId(id), text)).toBe(colour);
    expect(sizeIn(byId(id), text)).toBe(size);
  });

  it('prefers the longer name: Tシャツ over シャツ, 티셔츠 over 셔츠, t-shirt over shirt, wrap dress over dress', () => {
    expect(named('Tシャツ')).toEqual(['P-COTTON-TEE']);
    expect(named('シャツ')).toEqual(['P-LINEN-SHIRT']);
    expect(named('티셔츠 있어요?')).toEqual(['P-COTTON-TEE']);
    expect(named('the t-shirt')).toEqual(['P-COTTON-TEE']);
    expect(named('the shirt')).toEqual(['P-LINEN-SHIRT']);
    expect(named('the wrap dress')).toEqual(['P-WRAP-DRESS']);
  });

  it('names every product a short form fits, so the bot asks which', () => {
    expect(named('the dress in red')).toEqual(['P-WRAP-DRESS', 'P-SLIP-DRESS']);
    expect(named('连衣裙')).toEqual(['P-WRAP-DRESS', 'P-SLIP-DRESS']);
    expect(named('los zapatos')).toEqual(['P-CANVAS-SNEAKER', 'P-LEATHER-LOAFER']);
    expect(named('청바지')).toEqual(['P-STRAIGHT-JEANS', 'P-WIDE-JEANS']);
    expect(named('linen')).toEqual(['P-LINEN-SHIRT', 'P-LINEN-THROW']);
  });

  it('folds case and accents, reads hyphens as spaces and allows plurals', () => {
    expect(named('CAMISETA DE ALGODAO')).toEqual(['P-COTTON-TEE']);
    expect(named('tisort')).toEqual(['P-COTTON-TEE']);
    expect(named('T-SHIRT')).toEqual(['P-COTTON-TEE']);
    expect(named('two ceramic mugs')).toEqual(['P-CERAMIC-MUG']);
    expect(named('ｔｓｈｉｒｔ')).toEqual(['P-COTTON-TEE']);
  });

  it('names nothing in words that only contain a name', () => {
    expect(named('i want to send it to my mum')).toEqual([]);
    expect(named('where is my order 48213?')).toEqual([]);
    expect(named('it’s nice')).toEqual([]);
  });

  it('keeps matchProducts best first', () => {
    expect(matchProducts(CATALOG, 'wrap dress')[0]?.id).toBe('P-WRAP-DRESS');
  });
});

describe('colourIn', () => {
  it('answers with the colour as the catalog spells it, the longest name winning', () => {
    const jeans = byId('P-STRAIGHT-JEANS');
    expect(colourIn(jeans, 'in washed black')).toBe('washed black');
    expect(colourIn(jeans, 'black')).toBe('washed black');
    expect(colourIn(jeans, 'azul')).toBe('mid blue');
    expect(colourIn(byId('P-WIDE-JEANS'), 'azul')).toBe('light blue');
    expect(colourIn(byId('P-LINEN-SHIRT'), 'azul marino')).toBe('navy');
  });

  it('keeps short accented words apart from the words they fold into', () => {
    const tee = byId('P-COTTON-TEE');
    expect(colourIn(tee, 'áo thun đen')).toBe('black');
    expect(colourIn(tee, 'schick es an den Laden')).toBeUndefined();
    expect(colourIn(byId('P-WRAP-DRESS'), 'what do you have')).toBeUndefined();
  });

  it('names no colour the product does not come in', () => {
    expect(colourIn(byId('P-SOY-CANDLE'), 'white')).toBeUndefined();
  });
});

describe('sizeIn', () => {
  it('leaves prices, lengths, ages and lone lower-case letters alone', () => {
    const sneaker = byId('P-CANVAS-SNEAKER');
    expect(sizeIn(sneaker, 'is it $40?')).toBeUndefined();
    expect(sizeIn(sneaker, 'for my son, he is 40 years old')).toBeUndefined();
    expect(sizeIn(byId('P-LINEN-SHIRT'), "it's for my mom")).toBeUndefined();
    expect(sizeIn(byId('P-LINEN-SHIRT'), 'I am 170 cm')).toBeUndefined();
    expect(sizeIn(byId('P-CERAMIC-MUG'), 'size M')).toBeUndefined();
  });
});

describe('product_info', () => {
  async function catalogContext() {
    const stores = createMemoryStores();
    for (const product of CATALOG) await stores.orders.putProduct(product);
    return toolContext({ kind: 'anonymous' }, { orders: stores.orders });
  }

  it('finds a product by what the shopper calls it and returns the colour and size they named', async () => {
    const ctx = await catalogContext();
    expect(await productInfo.run(ctx, { query: '白色帆布鞋有40码吗' })).toMatchObject({
      ok: true,
      data: { productId: 'P-CANVAS-SNEAKER', matchedColour: 'white', matchedSize: 'EU 40' },
    });
    expect(await productInfo.run(ctx, { productId: 'P-WRAP-DRESS', query: 'rojo talla M' })).toMatchObject({
      ok: true,
      data: { productId: 'P-WRAP-DRESS', matchedColour: 'red floral', matchedSize: 'M' },
    });
  });

  it('returns no matched colour or size when the query names none', async () => {
    const ctx = await catalogContext();
    const result = await productInfo.run(ctx, { productId: 'P-SLIP-DRESS' });
    expect(result.ok && result.data).toMatchObject({ productId: 'P-SLIP-DRESS', name: 'Satin Slip Dress' });
    expect(result.ok && 'matchedColour' in result.data).toBe(false);
    expect(result.ok && 'matchedSize' in result.data).toBe(false);
  });

  it('answers not_found for words that name no product', async () => {
    const ctx = await catalogContext();
    expect(await productInfo.run(ctx, { query: 'a spaceship' })).toMatchObject({ error: 'not_found' });
  });
});
