// Size advice and product questions. Product data is public: no identity needed, but the product is
// picked from the shopper's words, the order in focus, or buttons.
import { bestProductMatches } from '../../tools/product-info';
import type { MessageKey } from '../messages/index';
import type { ProductDetails, SizeRecommendation } from '../tools';
import type { Measurements, Product, SizeChartRow, Understanding } from '../types';
import { await_, callTool, clearAwaiting, say, type TurnState, text } from './state';

async function productsInFocus(state: TurnState): Promise<Product[]> {
  const orderId = state.conversation.focusOrderId;
  if (!orderId) return [];
  const found = await callTool(state, 'lookup_order', { orderId });
  if (!found.ok) return [];
  const products = await Promise.all(found.data.lines.map((l) => state.deps.orders.getProduct(l.productId)));
  return products.filter((p): p is Product => p !== undefined);
}

/** The products the shopper may mean: those the text names best, else the ones in context, else all. */
async function pickProducts(state: TurnState, predicate: (p: Product) => boolean): Promise<Product[]> {
  const all = (await state.deps.orders.listProducts()).filter(predicate);
  const named = bestProductMatches(all, state.message.text ?? '');
  if (named.length > 0) return named;
  const inFocus = (await productsInFocus(state)).filter(predicate);
  return inFocus.length > 0 ? inFocus : all;
}

const sameSizing = (products: Product[]): boolean =>
  products.every((p) => JSON.stringify(p.sizeChart) === JSON.stringify(products[0]?.sizeChart));

/** Asks only for what this product's chart can use: never height again when the chart has none. */
function askMeasurements(state: TurnState, product: Product, name: string): void {
  const rows = product.sizeChart ?? [];
  const has = (key: keyof SizeChartRow) => rows.some((row) => row[key] !== undefined);
  const key: MessageKey =
    has('heightCm') || has('weightKg')
      ? 'size_ask_measurements'
      : has('footCm')
        ? 'size_ask_foot'
        : has('waistCm') || has('hipCm')
          ? 'size_ask_waist'
          : has('chestCm')
            ? 'size_ask_chest'
            : 'size_ask_measurements';
  say(state, key, { product: name });
}

function equivalentsText(state: TurnState, r: SizeRecommendation): string {
  const { EU: eu, US: us, UK: uk } = r.equivalents;
  return eu && us && uk ? text(state, 'size_equivalents', { eu, us, uk }) : '';
}

export async function answerSize(state: TurnState, u: Understanding, productId?: string): Promise<void> {
  const saved = (state.conversation.awaiting?.data?.measurements as Measurements | undefined) ?? {};
  const measurements: Measurements = { ...saved, ...u.entities.measurements };
  const id = productId ?? (state.conversation.awaiting?.data?.productId as string | undefined);
  let product = id ? await state.deps.orders.getProduct(id) : undefined;
  const savedName = productId
    ? undefined
    : (state.conversation.awaiting?.data?.productName as string | undefined);
  let name = savedName ?? product?.name ?? '';
  if (!product) {
    const picked = await pickProducts(state, (p) => (p.sizeChart?.length ?? 0) > 0);
    // Several equally likely products: ask, unless they are cut the same (then one answer fits all).
    if (picked.length > 1 && !(picked.length <= 3 && sameSizing(picked))) {
      const buttons = picked.slice(0, 10).map((p) => ({ id: `product:${p.id}`, title: p.name }));
      say(state, 'size_ask_product', undefined, { buttons });
      return await_(state, 'size_product', 'size_help', { measurements });
    }
    product = picked[0];
    if (!product) return say(state, 'product_unknown');
    name = picked.map((p) => p.name).join(' / ');
  }
  const size = u.entities.sizes[0];
  const result = await callTool(state, 'recommend_size', { productId: product.id, ...measurements, size });
  if (!result.ok) {
    if (result.error === 'needs_measurements') {
      askMeasurements(state, product, name);
      return await_(state, 'size_measurements', 'size_help', {
        productId: product.id,
        productName: name,
        measurements,
      });
    }
    clearAwaiting(state);
    return say(state, 'size_no_chart', { product: name });
  }
  clearAwaiting(state);
  const r = result.data;
  const hasMeasurements = Object.keys(measurements).length > 0;
  if (r.converted && !hasMeasurements) {
    const e = r.converted.equivalents;
    return say(state, 'size_convert', {
      size: r.converted.from.value,
      system: r.converted.from.system,
      eu: e.EU ?? '–',
      us: e.US ?? '–',
      uk: e.UK ?? '–',
      jp: e.JP ?? '–',
      cn: e.CN ?? '–',
    });
  }
  if (r.sizeUp) return say(state, 'size_between', { product: name, size: r.size, size_up: r.sizeUp });
  say(state, 'size_recommend', {
    product: name,
    size: r.size,
    equivalents: equivalentsText(state, r),
  });
}

/** The variant the text names (a colour, maybe a size), as the stock key spells it. */
function variantIn(details: ProductDetails, words: string): { key: string; label: string } | undefined {
  const folded = words.toLowerCase();
  const colour = details.colours.find((c) => folded.includes(c.toLowerCase()));
  if (!colour) return undefined;
  const size = details.sizes.find((s) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${s.toLowerCase()}($|[^\\p{L}\\p{N}])`, 'u').test(folded),
  );
  return size ? { key: `${colour}/${size}`, label: `${colour} ${size}` } : { key: colour, label: colour };
}

export async function answerProduct(state: TurnState): Promise<void> {
  const all = await state.deps.orders.listProducts();
  const named = bestProductMatches(all, state.message.text ?? '')[0];
  const inFocus = named ? [] : await productsInFocus(state);
  const picked = named ?? (inFocus.length === 1 ? inFocus[0] : undefined);
  if (!picked) return say(state, 'product_unknown');
  const result = await callTool(state, 'product_info', { productId: picked.id });
  if (!result.ok) return say(state, 'product_unknown');
  const d = result.data;
  say(state, 'product_info', {
    product: d.name,
    material: d.material,
    care: d.care,
    colours: d.colours.join(', '),
  });
  const variant = variantIn(d, state.message.text ?? '');
  if (!variant) return;
  const units = Object.entries(d.stock)
    .filter(([key]) => key === variant.key || key.startsWith(`${variant.key}/`))
    .reduce((sum, [, n]) => sum + n, 0);
  if (units > 0) return say(state, 'product_in_stock', { product: d.name, variant: variant.label });
  if (d.restockDate) {
    return say(state, 'product_out_of_stock', {
      product: d.name,
      variant: variant.label,
      date: new Date(d.restockDate),
    });
  }
  say(state, 'product_sold_out', { product: d.name, variant: variant.label });
}
