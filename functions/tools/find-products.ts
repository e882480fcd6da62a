import * as z from 'zod';
import { defineTool, type ProductMatch } from '../core/tools';
import type { Product } from '../core/types';
import { bestProductMatches } from './product-info';

const findInput = z.object({
  query: z.string().max(500).optional().describe('The shopper’s words naming the product, in any language.'),
  sized: z.boolean().optional().describe('Only products with a size chart.'),
  ids: z.array(z.string().min(1).max(64)).max(20).optional().describe('Limit to these products.'),
});

const view = (product: Product, named: boolean): ProductMatch => ({
  productId: product.id,
  name: product.name,
  named,
  ...(product.sizeChart ? { sizeChart: product.sizeChart } : {}),
});

/** The products the words name equally well; without a match, the whole (filtered) catalog. Public data. */
export const findProducts = defineTool<typeof findInput, { products: ProductMatch[] }>({
  name: 'find_products',
  description:
    'Finds catalog products the shopper’s words name, by name or by what shoppers call them in their language. Returns the best matches; with no match, every product (named=false).',
  input: findInput,
  async run(ctx, input) {
    const all = (await ctx.orders.listProducts()).filter(
      (p) => (!input.sized || (p.sizeChart?.length ?? 0) > 0) && (!input.ids || input.ids.includes(p.id)),
    );
    const named = input.query ? bestProductMatches(all, input.query) : [];
    const products = named.length > 0 ? named.map((p) => view(p, true)) : all.map((p) => view(p, false));
    return { ok: true, data: { products } };
  },
});
