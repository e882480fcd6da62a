import * as z from 'zod';
import { defineTool, type SizeRecommendation, type SizeSystem } from '../core/tools';
import type { Measurements, SizeChartRow } from '../core/types';

// Circumferences and foot length decide fit; height and weight only when nothing better is known.
const FIT_KEYS = ['chestCm', 'waistCm', 'hipCm', 'footCm'] as const;
const BUILD_KEYS = ['heightCm', 'weightKg'] as const;
type MeasureKey = (typeof FIT_KEYS)[number] | (typeof BUILD_KEYS)[number];

/**
 * Where one measurement sits on the chart, as a row index: whole numbers inside a row's range, x.5 in
 * the gap between rows x and x+1, -0.5 below the first and n-0.5 above the last.
 */
function position(chart: SizeChartRow[], key: MeasureKey, value: number): number | undefined {
  const ranged = chart.map((row, index) => ({ range: row[key], index })).filter((r) => r.range);
  if (ranged.length === 0) return undefined;
  const hits = ranged.filter((r) => value >= r.range![0] && value <= r.range![1]).map((r) => r.index);
  // Overlapping ranges: the shopper fits both, which is "between" too.
  if (hits.length > 0) return hits.length > 1 ? (hits[0]! + hits.at(-1)!) / 2 : hits[0];
  const first = ranged[0]!;
  const last = ranged.at(-1)!;
  if (value < first.range![0]) return first.index - 0.5;
  if (value > last.range![1]) return last.index + 0.5;
  const below = ranged.filter((r) => r.range![1] < value).at(-1)!;
  return below.index + 0.5;
}

/**
 * Picks a size from measurements: the largest size any fit measurement needs (a garment that fits the
 * chest but not the waist does not fit), "between" when that lands between two rows.
 */
export function pickSize(
  chart: SizeChartRow[],
  m: Measurements,
): { index: number; upIndex?: number; outOfRange?: 'below' | 'above' } | undefined {
  const measure = (keys: readonly MeasureKey[]) =>
    keys
      .flatMap((k) => (m[k] === undefined ? [] : [position(chart, k, m[k]!)]))
      .filter((p) => p !== undefined);
  const fit = measure(FIT_KEYS);
  const positions = fit.length > 0 ? fit : measure(BUILD_KEYS);
  if (positions.length === 0) return undefined;
  const need = Math.max(...positions);
  const lastIndex = chart.length - 1;
  if (need < 0) return { index: 0, outOfRange: 'below' };
  if (need > lastIndex) return { index: lastIndex, outOfRange: 'above' };
  if (Number.isInteger(need)) return { index: need };
  return { index: Math.floor(need), upIndex: Math.ceil(need) };
}

/** Finds the chart row a named size refers to, in any system (or the chart's own label). */
export function findRow(chart: SizeChartRow[], system: string, value: string): SizeChartRow | undefined {
  const wanted = value.trim().toUpperCase().replace(',', '.');
  return chart.find((row) =>
    system === 'INTL'
      ? row.size.toUpperCase() === wanted
      : (row.equivalents?.[system as SizeSystem] ?? '').toUpperCase() === wanted ||
        row.size.toUpperCase() === wanted,
  );
}

const measurementsInput = z.object({
  heightCm: z.number().min(50).max(250).optional(),
  weightKg: z.number().min(10).max(300).optional(),
  chestCm: z.number().min(40).max(200).optional(),
  waistCm: z.number().min(40).max(200).optional(),
  hipCm: z.number().min(40).max(200).optional(),
  footCm: z.number().min(10).max(40).optional(),
});

export const recommendSize = defineTool({
  name: 'recommend_size',
  description:
    'Recommends a size of one product from the shopper’s height, weight or body measurements (cm/kg) using the product’s size chart, and converts a named size between EU/US/UK/JP/CN.',
  input: measurementsInput.extend({
    productId: z.string().min(1).max(64),
    size: z
      .object({ system: z.enum(['EU', 'US', 'UK', 'JP', 'CN', 'INTL']), value: z.string().min(1).max(8) })
      .optional(),
  }),
  async run(ctx, input) {
    const product = await ctx.orders.getProduct(input.productId);
    if (!product) return { ok: false, error: 'not_found', message: `No product ${input.productId}.` };
    const chart = product.sizeChart ?? [];
    if (chart.length === 0) {
      return {
        ok: false,
        error: 'no_chart',
        message: `${product.name} has no size chart.`,
        data: { productName: product.name },
      };
    }
    let converted: SizeRecommendation['converted'];
    if (input.size) {
      const row = findRow(chart, input.size.system, input.size.value);
      if (row) converted = { from: input.size, size: row.size, equivalents: row.equivalents ?? {} };
    }
    const pick = pickSize(chart, input);
    if (!pick) {
      if (converted) {
        return {
          ok: true,
          data: {
            productId: product.id,
            productName: product.name,
            size: converted.size,
            equivalents: converted.equivalents,
            converted,
          },
        };
      }
      return {
        ok: false,
        error: 'needs_measurements',
        message: 'Ask for height and weight, or chest/waist/foot in cm.',
        data: { productName: product.name },
      };
    }
    const row = chart[pick.index]!;
    const data: SizeRecommendation = {
      productId: product.id,
      productName: product.name,
      size: row.size,
      sizeUp: pick.upIndex === undefined ? undefined : chart[pick.upIndex]?.size,
      equivalents: row.equivalents ?? {},
      outOfRange: pick.outOfRange,
      converted,
    };
    return { ok: true, data };
  },
});

export type { SizeRecommendation, SizeSystem } from '../core/tools';
