// Size advice and product questions. Product data is public: no identity needed, but the product is
// picked from the shopper's words, the order in focus, or buttons.
import { matchProducts, type ProductDetails } from '../../tools/product-info';
import type { SizeRecommendation } from '../../tools/recommend-size';
import type { Measurements, Product, Understanding } from '../types';
import { await_, callTool, clearAwaiting, say, type TurnState, text } from './state';

async function productsInFocus(state: TurnState): Promise<Product[]> {
  const orderId = state.conversation.focusOrderId;
  if (!orderId) return [];
  const found = await callTool(state, 'lookup_order', { orderId });
  if (!found.ok) return [];
  const products = await Promise.all(found.data.lines.map((l) => state.deps.orders.getProduct(l.productId)));
  return products.filter((p): p is Product => p !== undefined);
}

/** The product the shopper means: named in the text, else the only candidate from context. */
async function pickProduct(
  state: TurnState,
  predicate: (p: Product) => boolean,
): Promise<Product | Product[]> {
  const all = (await state.deps.orders.listProducts()).filter(predicate);
  const named = matchProducts(all, state.message.text ?? '')[0];
  if (named) return named;
  const inFocus = (await productsInFocus(state)).filter(predicate);
  if (inFocus.length === 1) return inFocus[0]!;
  return inFocus.length > 1 ? inFocus : all;
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
  if (!product) {
    const picked = await pickProduct(state, (p) => (p.sizeChart?.length ?? 0) > 0);
    if (Array.isArray(picked)) {
      const buttons = picked.slice(0, 10).map((p) => ({ id: `product:${p.id}`, title: p.name }));
      say(state, 'size_ask_product', undefined, { buttons });
      return await_(state, 'size_product', 'size_help', { measurements });
    }
    product = picked;
  }
  const size = u.entities.sizes[0];
  const result = await callTool(state, 'recommend_size', { productId: product.id, ...measurements, size });
  if (!result.ok) {
    if (result.error === 'needs_measurements') {
      say(state, 'size_ask_measurements');
      return await_(state, 'size_measurements', 'size_help', { productId: product.id, measurements });
    }
    clearAwaiting(state);
    return say(state, 'size_no_chart', { product: product.name });
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
  if (r.sizeUp)
    return say(state, 'size_between', { product: r.productName, size: r.size, size_up: r.sizeUp });
  say(state, 'size_recommend', {
    product: r.productName,
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
  const picked = await pickProduct(state, () => true);
  if (Array.isArray(picked)) return say(state, 'product_unknown');
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
