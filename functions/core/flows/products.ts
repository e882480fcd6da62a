// Size advice and product questions. Product data is public: no identity needed, but the product is
// picked from the shopper's words, the order in focus, or buttons.
import type { MessageKey } from '../messages/index';
import type { ProductDetails, ProductMatch, SizeRecommendation } from '../tools';
import type { Measurements, Product, SizeChartRow, Understanding } from '../types';
import { agentButton, ask, callTool, clearAwaiting, productButton, say, type TurnState, text } from './state';

async function productIdsInFocus(state: TurnState): Promise<string[]> {
  const orderId = state.conversation.focusOrderId;
  if (!orderId) return [];
  const found = await callTool(state, 'lookup_order', { orderId });
  return found.ok ? [...new Set(found.data.lines.map((l) => l.productId))] : [];
}

/** The products the shopper may mean: those the text names best, else the ones in context, else all. */
async function pickProducts(state: TurnState, sized: boolean): Promise<ProductMatch[]> {
  const found = await callTool(state, 'find_products', { query: state.text.slice(0, 500), sized });
  const matches = found.ok ? found.data.products : [];
  if (matches.some((m) => m.named)) return matches;
  const inFocus = await productIdsInFocus(state);
  const focused = matches.filter((m) => inFocus.includes(m.productId));
  return focused.length > 0 ? focused : matches;
}

const sameSizing = (products: ProductMatch[]): boolean =>
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
  const pending = state.pending;
  const saved =
    pending?.kind === 'size_product' || pending?.kind === 'size_measurements' ? pending.measurements : {};
  const measurements: Measurements = { ...saved, ...u.entities.measurements };
  const id = productId ?? (pending?.kind === 'size_measurements' ? pending.productId : undefined);
  let product = id ? await state.deps.orders.getProduct(id) : undefined;
  const savedName = !productId && pending?.kind === 'size_measurements' ? pending.productName : undefined;
  let name = savedName ?? product?.name ?? '';
  if (!product) {
    const picked = await pickProducts(state, true);
    // Several equally likely products: ask, unless they are cut the same (then one answer fits all).
    if (picked.length > 1 && !(picked.length <= 3 && sameSizing(picked))) {
      const offered = picked.slice(0, 10);
      const buttons = offered.map((p) => productButton({ id: p.productId, name: p.name }));
      say(state, 'size_ask_product', undefined, { buttons });
      return ask(state, {
        kind: 'size_product',
        options: offered.map((p) => ({ id: p.productId, name: p.name })),
        measurements,
      });
    }
    product = picked[0] ? await state.deps.orders.getProduct(picked[0].productId) : undefined;
    if (!product) return say(state, 'product_unknown');
    name = picked.map((p) => p.name).join(' / ');
  }
  const size = u.entities.sizes[0];
  const result = await callTool(state, 'recommend_size', { productId: product.id, ...measurements, size });
  if (!result.ok) {
    if (result.error === 'needs_measurements') {
      askMeasurements(state, product, name);
      return ask(state, {
        kind: 'size_measurements',
        productId: product.id,
        productName: name,
        measurements,
      });
    }
    clearAwaiting(state);
    // Choosing without a chart is a person's job: offered, not promised.
    const agent = agentButton(state);
    return say(state, 'size_no_chart', { product: name, agent: agent.title }, { buttons: [agent] });
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

/** The variant the shopper named (colour, maybe size, in any language), as the stock key spells it. */
function variantOf(details: ProductDetails): { key: string; label: string } | undefined {
  const colour = details.matchedColour;
  if (!colour) return undefined;
  const size = details.matchedSize;
  return size ? { key: `${colour}/${size}`, label: `${colour} ${size}` } : { key: colour, label: colour };
}

export async function answerProduct(state: TurnState): Promise<void> {
  const found = await callTool(state, 'find_products', { query: state.text.slice(0, 500) });
  const named = found.ok ? found.data.products.find((p) => p.named) : undefined;
  const inFocus = named ? [] : await productIdsInFocus(state);
  const pickedId = named?.productId ?? (inFocus.length === 1 ? inFocus[0] : undefined);
  if (!pickedId) return say(state, 'product_unknown');
  const result = await callTool(state, 'product_info', {
    productId: pickedId,
    ...(state.text.length >= 2 ? { query: state.text.slice(0, 200) } : {}),
  });
  if (!result.ok) return say(state, 'product_unknown');
  const d = result.data;
  say(state, 'product_info', {
    product: d.name,
    material: d.material,
    care: d.care,
    colours: d.colours.join(', '),
  });
  const variant = variantOf(d);
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
