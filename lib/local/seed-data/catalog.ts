// The demo merchant's catalog: clothes with cm size charts, shoes with EU/US/UK/JP/CN equivalents,
// and a few home goods. Stock is fixed so "is it in stock?" answers are reproducible.
import type { Money, Product, SizeChartRow } from '../../../functions/core/types';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });

const LETTER_SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const;
const range = (from: number, to: number): [number, number] => [from, to];
// Body measurements decide the size; height and weight are the guidance ranges brands publish for
// shoppers who do not know their measurements (used only when no body measurement is given).
function topChart(chestStart: number, heightStart: number): SizeChartRow[] {
  return LETTER_SIZES.map((size, i) => ({
    size,
    chestCm: range(chestStart + i * 6, chestStart + i * 6 + 5),
    heightCm: range(heightStart + i * 5, heightStart + i * 5 + 7),
    weightKg: range(45 + i * 10, 54 + i * 10),
  }));
}
function dressChart(): SizeChartRow[] {
  return LETTER_SIZES.map((size, i) => ({
    size,
    chestCm: range(78 + i * 5, 82 + i * 5),
    waistCm: range(60 + i * 5, 64 + i * 5),
    hipCm: range(86 + i * 5, 90 + i * 5),
    weightKg: range(42 + i * 8, 49 + i * 8),
  }));
}
// Jeans by weight only: height says how long the leg is, not which waist fits.
function jeansChart(): SizeChartRow[] {
  return [24, 25, 26, 27, 28, 29, 30, 31, 32, 34].map((w, i) => ({
    size: String(w),
    waistCm: range(Math.round(w * 2.54) - 1, Math.round(w * 2.54) + 1),
    hipCm: range(Math.round(w * 2.54) + 23, Math.round(w * 2.54) + 27),
    weightKg: range(42 + i * 5, 46 + i * 5),
  }));
}
const half = (n: number) => (Math.round(n * 2) / 2).toString();
function shoeChart(): SizeChartRow[] {
  return [36, 37, 38, 39, 40, 41, 42, 43, 44, 45].map((eu) => {
    const jp = 25 + (eu - 40) * 0.75;
    const us = 7 + (eu - 40) * 0.75;
    return {
      size: `EU ${eu}`,
      footCm: [jp - 0.4, jp] as [number, number],
      equivalents: {
        EU: String(eu),
        US: half(us),
        UK: half(us - 0.5),
        JP: half(jp),
        CN: String(Math.round(jp * 10)),
      },
    };
  });
}

function stockFor(colours: string[], sizes: readonly string[], seed: number): Record<string, number> {
  const stock: Record<string, number> = {};
  colours.forEach((colour, c) => {
    sizes.forEach((size, s) => {
      // A fixed pattern with some sold-out variants, so stock questions have interesting answers.
      stock[size ? `${colour}/${size}` : colour] =
        (seed * 7 + c * 5 + s * 3) % 9 === 0 ? 0 : ((seed + c + s * 2) % 12) + 1;
    });
  });
  return stock;
}

const sizesOf = (chart: SizeChartRow[]) => chart.map((r) => r.size);

function product(p: Omit<Product, 'stock'> & { seed: number }): Product {
  const { seed, ...rest } = p;
  return { ...rest, stock: stockFor(p.colours, p.sizeChart ? sizesOf(p.sizeChart) : [''], seed) };
}

export const CATALOG: Product[] = [
  product({
    seed: 1,
    id: 'P-LINEN-SHIRT',
    name: 'Relaxed Linen Shirt',
    category: 'tops',
    material: '100% European flax linen',
    care: 'Machine wash cold, line dry, warm iron',
    colours: ['white', 'sage', 'navy'],
    price: usd(59),
    sizeChart: topChart(84, 155),
  }),
  product({
    seed: 2,
    id: 'P-COTTON-TEE',
    name: 'Organic Cotton Tee',
    category: 'tops',
    material: '100% organic cotton jersey, 180 gsm',
    care: 'Machine wash 30°C, do not tumble dry',
    colours: ['white', 'black', 'oat'],
    price: usd(25),
    sizeChart: topChart(82, 155),
  }),
  product({
    seed: 3,
    id: 'P-MERINO-CARDIGAN',
    name: 'Merino Knit Cardigan',
    category: 'tops',
    material: '100% extra-fine merino wool',
    care: 'Hand wash cold, dry flat',
    colours: ['camel', 'charcoal'],
    price: usd(89),
    sizeChart: topChart(84, 155),
    restockDate: '2027-01-15',
  }),
  product({
    seed: 4,
    id: 'P-WRAP-DRESS',
    name: 'Floral Wrap Dress',
    category: 'dresses',
    material: '100% viscose crepe',
    care: 'Hand wash cold or dry clean',
    colours: ['blue floral', 'red floral'],
    price: usd(79),
    sizeChart: dressChart(),
  }),
  product({
    seed: 5,
    id: 'P-SLIP-DRESS',
    name: 'Satin Slip Dress',
    category: 'dresses',
    material: '95% recycled polyester satin, 5% elastane',
    care: 'Machine wash cold in a laundry bag',
    colours: ['champagne', 'black', 'emerald'],
    price: usd(69),
    sizeChart: dressChart(),
  }),
  product({
    seed: 6,
    id: 'P-STRAIGHT-JEANS',
    name: 'Straight Leg Jeans',
    category: 'bottoms',
    material: '99% cotton denim, 1% elastane, 12 oz',
    care: 'Wash inside out, cold',
    colours: ['mid blue', 'washed black'],
    price: usd(75),
    sizeChart: jeansChart(),
  }),
  product({
    seed: 7,
    id: 'P-WIDE-JEANS',
    name: 'Wide Leg Jeans',
    category: 'bottoms',
    material: '100% rigid cotton denim, 13 oz',
    care: 'Wash inside out, cold; may shrink 2% on first wash',
    colours: ['light blue', 'ecru'],
    price: usd(79),
    sizeChart: jeansChart(),
  }),
  product({
    seed: 8,
    id: 'P-TRENCH-COAT',
    name: 'Classic Trench Coat',
    category: 'outerwear',
    material: 'Water-repellent cotton gabardine',
    care: 'Dry clean only',
    colours: ['stone', 'black'],
    price: usd(159),
    sizeChart: topChart(86, 155),
  }),
  product({
    seed: 9,
    id: 'P-CANVAS-SNEAKER',
    name: 'Low-Top Canvas Sneaker',
    category: 'shoes',
    material: 'Organic cotton canvas upper, natural rubber sole',
    care: 'Spot clean with mild soap',
    colours: ['white', 'black'],
    price: usd(65),
    sizeChart: shoeChart(),
  }),
  product({
    seed: 10,
    id: 'P-LEATHER-LOAFER',
    name: 'Leather Penny Loafer',
    category: 'shoes',
    material: 'Full-grain leather upper, leather sole; runs half a size small',
    care: 'Condition leather monthly',
    colours: ['cognac', 'black'],
    price: usd(129),
    sizeChart: shoeChart(),
  }),
  product({
    seed: 11,
    id: 'P-CERAMIC-MUG',
    name: 'Speckled Ceramic Mug (350 ml)',
    category: 'home',
    material: 'Stoneware, food-safe glaze',
    care: 'Dishwasher and microwave safe',
    colours: ['sand', 'moss'],
    price: usd(22),
  }),
  product({
    seed: 12,
    id: 'P-LINEN-THROW',
    name: 'Stonewashed Linen Throw (130 × 170 cm)',
    category: 'home',
    material: '100% linen',
    care: 'Machine wash 40°C, tumble dry low',
    colours: ['natural', 'terracotta', 'slate'],
    price: usd(85),
  }),
  product({
    seed: 13,
    id: 'P-SOY-CANDLE',
    name: 'Soy Wax Candle — Fig & Cedar',
    category: 'home',
    material: 'Soy wax, cotton wick, glass jar; 45 hours burn time',
    care: 'Trim wick to 5 mm before lighting',
    colours: ['amber glass'],
    price: usd(32),
  }),
];
