import * as z from 'zod';
import { defineTool, type ProductDetails } from '../core/tools';
import type { Money, Product } from '../core/types';

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

function scoreMatches(products: Product[], text: string): { product: Product; score: number }[] {
  const haystack = fold(text);
  return products
    .map((product) => {
      const name = fold(product.name);
      if (haystack.includes(name)) return { product, score: 100 + name.length };
      const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
      const hits = words.filter((w) => haystack.includes(w)).length;
      return { product, score: hits };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** Products whose name (or a distinctive word of it) appears in the text, best match first. */
export function matchProducts(products: Product[], text: string): Product[] {
  return scoreMatches(products, text).map((s) => s.product);
}

/**
 * The products the text names equally well: one when it is clear, several when it is not ("jeans" with
 * two jeans in the catalog), none when it names nothing.
 */
export function bestProductMatches(products: Product[], text: string): Product[] {
  const scored = scoreMatches(products, text);
  const top = scored[0]?.score;
  return scored.filter((s) => s.score === top).map((s) => s.product);
}

export const productInfo = defineTool({
  name: 'product_info',
  description:
    'Gets a product’s material, care, colours, price, sizes, stock per variant and restock date, by id or by name.',
  input: z.object({
    productId: z.string().min(1).max(64).optional(),
    query: z.string().min(2).max(200).optional().describe('The product name as the shopper wrote it.'),
  }),
  async run(ctx, input) {
    let product = input.productId ? await ctx.orders.getProduct(input.productId) : undefined;
    if (!product && input.query) product = matchProducts(await ctx.orders.listProducts(), input.query)[0];
    if (!product)
      return { ok: false, error: 'not_found', message: 'No such product; ask which one the shopper means.' };
    const data: ProductDetails = {
      productId: product.id,
      name: product.name,
      material: product.material,
      care: product.care,
      colours: product.colours,
      price: product.price,
      sizes: (product.sizeChart ?? []).map((row) => row.size),
      stock: product.stock,
      restockDate: product.restockDate,
    };
    return { ok: true, data };
  },
});

export type { ProductDetails } from '../core/tools';
