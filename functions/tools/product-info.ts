import * as z from 'zod';
import { defineTool, type ProductDetails } from '../core/tools';
import type { Product } from '../core/types';

/** Case and width folded, hyphens read as spaces ("T－shirt" = "t shirt"); accents kept. */
function lowerName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_‐–—・]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

// Matching happens on folded text: Latin accents dropped too (shoppers often skip them), Arabic letter
// variants unified. Short accented words are matched with their accents, since folded they turn into other
// words: "đen" (black) would be German "den", "đỏ" (red) "do".
function foldName(text: string): string {
  return lowerName(text)
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

// Scripts written without spaces between words (or with particles glued on: 원피스는, بالفستان) match as
// substrings; Latin words match whole, with a plural or short inflection allowed after longer words.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}\p{Script=Arabic}]/u;
interface Haystack {
  lower: string;
  folded: string;
}
const haystackOf = (text: string): Haystack => ({ lower: lowerName(text), folded: foldName(text) });

/** One name, compiled once: its length (longer is surer) and how to find it in a message. */
interface Term {
  length: number;
  found(haystack: Haystack): boolean;
}
const compiled = new Map<string, Term>();
function termOf(name: string): Term {
  const known = compiled.get(name);
  if (known) return known;
  let needle = foldName(name);
  let side: keyof Haystack = 'folded';
  if (needle.length < 5 && /\p{Script=Latin}/u.test(name) && needle !== lowerName(name)) {
    needle = lowerName(name);
    side = 'lower';
  }
  const found: Term['found'] = UNSPACED.test(needle)
    ? (haystack) => haystack[side].includes(needle)
    : (haystack) => wholeWordIn(haystack[side], needle);
  const term = { length: needle.length, found };
  compiled.set(name, term);
  return term;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The needle as whole words, a plural or (after 5 letters or more) a short inflection allowed after it. */
function wholeWordIn(hay: string, needle: string): boolean {
  const tail = needle.length >= 5 ? 3 : 2;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (at > 0 && WORD_CHAR.test(hay[at - 1]!)) continue;
    let end = at + needle.length;
    const rest = hay.slice(end, end + tail + 1);
    const letters = /^\p{L}*/u.exec(rest)![0];
    if (letters.length > 0) {
      if (letters.length > tail) continue;
      if (needle.length < 5 && letters !== 's' && letters !== 'es') continue;
      end += letters.length;
    }
    if (end < hay.length && WORD_CHAR.test(hay[end]!)) continue;
    return true;
  }
  return false;
}

/** Names longest first, so the first one found is the best. */
function termsOf(names: Iterable<string>): Term[] {
  return [...names]
    .map(termOf)
    .filter((term) => term.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** The length of the longest of the terms the text contains (0 for none). */
const longestIn = (haystack: Haystack, terms: readonly Term[]): number =>
  terms.find((term) => term.found(haystack))?.length ?? 0;

function* allNames(names: Partial<Record<string, readonly string[]>> | undefined): Iterable<string> {
  for (const list of Object.values(names ?? {})) yield* list ?? [];
}

const productTerms = new WeakMap<Product, Term[]>();
function nameTerms(product: Product): Term[] {
  let terms = productTerms.get(product);
  if (!terms) {
    terms = termsOf([product.name, ...allNames(product.aliases)]);
    productTerms.set(product, terms);
  }
  return terms;
}
const colourTerms = new WeakMap<Product, Map<string, Term[]>>();
function coloursOf(product: Product): Map<string, Term[]> {
  let colours = colourTerms.get(product);
  if (!colours) {
    colours = new Map(
      product.colours.map((colour) => [
        colour,
        termsOf([colour, ...allNames(product.colourAliases?.[colour])]),
      ]),
    );
    colourTerms.set(product, colours);
  }
  return colours;
}

function scoreMatches(products: Product[], text: string): { product: Product; score: number }[] {
  const haystack = haystackOf(text);
  return products
    .map((product) => {
      // The name or an alias, whole: the longer the match, the surer ("wrap dress" beats "dress").
      const named = longestIn(haystack, nameTerms(product));
      if (named > 0) return { product, score: 100 + named };
      const words = foldName(product.name)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4);
      return { product, score: words.filter((w) => haystack.folded.includes(w)).length };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** Products whose name or alias (or a distinctive word of the name) appears in the text, best match first. */
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

/**
 * The catalog colour (as `colours` spells it) the text names in any language: "azul" → "blue floral" on
 * the wrap dress, "白色" → "white" on the sneaker. The longest name wins ("washed black" over "black").
 */
export function colourIn(product: Product, text: string): string | undefined {
  const haystack = haystackOf(text);
  let best: { colour: string; length: number } | undefined;
  for (const [colour, terms] of coloursOf(product)) {
    const length = longestIn(haystack, terms);
    if (length > 0 && length > (best?.length ?? 0)) best = { colour, length };
  }
  return best?.colour;
}

const SIZE_WORD =
  /(?:size|sz|talla|tamanho|taille|gr(?:ö|oe?)(?:ß|ss)e|taglia|maat|rozmiar|beden|ukuran|saiz|cỡ|サイズ|尺码|尺碼|码|碼|号|號|사이즈|ไซส์|ไซซ์|مقاس)/iu;
// A number that is a price, a length, a weight or a quantity is not a size.
const NOT_A_SIZE_AFTER =
  /^\s?(?:cm|mm|kg|g|ml|%|€|\$|円|元|원|บาท|pcs|pieces|x\b|×|years?|yrs?|años|anos|ans|jahre|yaş|tahun|tuổi|歳|岁|살|ปี)/iu;
const NOT_A_SIZE_BEFORE = /(?:[$€£¥₩฿₫₱#]|rp|rm|usd|eur)\s?$/iu;

/** The chart size the text names: "M", "talla m", "EU 40", "US 8", "40码", "W28", as the catalog labels it. */
export function sizeIn(product: Product, text: string): string | undefined {
  const rows = product.sizeChart ?? [];
  if (rows.length === 0) return undefined;
  const raw = text.normalize('NFKC');
  const labels = rows.map((row) => row.size);
  // Letter sizes: written in capitals, or after a size word ("talla m").
  for (const found of raw.matchAll(
    /(?<![A-Za-z0-9])(XXS|XS|XXXL|XXL|XL|[2-4]XL|S|M|L)(?![A-Za-z0-9'’])/giu,
  )) {
    const size = found[1]!.toUpperCase();
    const before = raw.slice(Math.max(0, found.index - 12), found.index);
    if (!labels.includes(size)) continue;
    if (found[1] === size || SIZE_WORD.test(before)) return size;
  }
  // Another system's size, converted through the chart's equivalents ("US 8" → "EU 41").
  for (const found of raw.matchAll(
    /(?<![A-Za-z])(EU|EUR|US|UK|JP|CN)\s?(\d{1,3}(?:[.,]5)?)(?![\d.,]*\d)/giu,
  )) {
    const system = found[1]!.toUpperCase() === 'EUR' ? 'EU' : (found[1]!.toUpperCase() as 'EU');
    const value = found[2]!.replace(',', '.');
    const row = rows.find((r) => r.equivalents?.[system] === value);
    if (row) return row.size;
  }
  // Japanese shoe sizes are foot lengths: "25cm", "25.5センチ".
  for (const found of raw.matchAll(/(?<![\d.,])(2\d(?:[.,]5)?)\s?(?:cm|センチ|㎝)/giu)) {
    const row = rows.find((r) => r.equivalents?.JP === found[1]!.replace(',', '.'));
    if (row) return row.size;
  }
  // A bare number that is one of the chart's labels (jeans waist 28) or EU shoe size (40).
  for (const found of raw.matchAll(/(?<![\d.,])(\d{2,3}(?:[.,]5)?)(?![\d.,]*\d)/gu)) {
    const number = found[1]!.replace(',', '.');
    const before = raw.slice(Math.max(0, found.index - 6), found.index);
    const after = raw.slice(found.index + found[0].length);
    if (NOT_A_SIZE_BEFORE.test(before) || NOT_A_SIZE_AFTER.test(after)) continue;
    const label = labels.find((l) => l === number || l === `EU ${number}`);
    if (label) return label;
    const cn = rows.find((r) => r.equivalents?.CN === number);
    if (cn) return cn.size;
  }
  return undefined;
}

export const productInfo = defineTool({
  name: 'product_info',
  description:
    'Gets a product’s material, care, colours, price, sizes, stock per variant and restock date, by id or by the shopper’s words (in any language); also the catalog colour and size those words name.',
  input: z.object({
    productId: z.string().min(1).max(64).optional(),
    query: z
      .string()
      .min(2)
      .max(200)
      .optional()
      .describe('The product as the shopper wrote it, with any colour or size they named.'),
  }),
  async run(ctx, input) {
    let product = input.productId ? await ctx.orders.getProduct(input.productId) : undefined;
    if (!product && input.query) product = matchProducts(await ctx.orders.listProducts(), input.query)[0];
    if (!product)
      return { ok: false, error: 'not_found', message: 'No such product; ask which one the shopper means.' };
    const matchedColour = input.query ? colourIn(product, input.query) : undefined;
    const matchedSize = input.query ? sizeIn(product, input.query) : undefined;
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
      ...(matchedColour ? { matchedColour } : {}),
      ...(matchedSize ? { matchedSize } : {}),
    };
    return { ok: true, data };
  },
});
