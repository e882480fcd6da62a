// Sizes a shopper names ("I wear EU 40", "US 9.5", "talla M", "サイズL"), for recommend_size's conversions.
// Read from the raw text: the entity extractor masks them so they are never taken for order numbers.
import type { Entities } from '../core/types';

type NamedSize = Entities['sizes'][number];
type SizeSystem = Exclude<NamedSize['system'], 'INTL'>;

const SYSTEM = '(EU|EUR|US|UK|JP|CN)';
const NUMBER = '(\\d{1,2}(?:[.,]5)?)';
const SYSTEM_FIRST = new RegExp(`(?<![A-Za-z\\d])${SYSTEM}\\s?${NUMBER}(?![\\d.,]*\\d)`, 'giu');
const NUMBER_FIRST = new RegExp(`(?<![\\d.,])${NUMBER}\\s?${SYSTEM}(?![A-Za-z])`, 'giu');

// A letter size counts only after a size word, in the languages we answer in: a lone "M" or "S" is too common.
const SIZE_WORDS =
  'size|sz|talla|tamanho|taille|gr[öo](?:ß|ss)e|taglia|maat|rozmiar|beden|ukuran|saiz|cỡ|サイズ|尺码|尺碼|사이즈|ไซส์|ไซซ์|مقاس';
const LETTER = new RegExp(
  `(?:${SIZE_WORDS})\\s*[:：]?\\s*(XXS|XS|S|M|L|XL|XXL|XXXL|2XL|3XL)(?![\\p{L}])`,
  'giu',
);

/**
 * Every size named in the text, in order of appearance.
 * @example
 * extractSizes('I wear EU 40 in sneakers'); // [{ system: 'EU', value: '40' }]
 */
export function extractSizes(text: string): NamedSize[] {
  const found: { at: number; size: NamedSize }[] = [];
  const system = (raw: string): SizeSystem =>
    (raw.toUpperCase() === 'EUR' ? 'EU' : raw.toUpperCase()) as SizeSystem;
  const value = (raw: string) => raw.replace(',', '.');
  for (const m of text.matchAll(SYSTEM_FIRST))
    found.push({ at: m.index, size: { system: system(m[1]!), value: value(m[2]!) } });
  for (const m of text.matchAll(NUMBER_FIRST))
    found.push({ at: m.index, size: { system: system(m[2]!), value: value(m[1]!) } });
  for (const m of text.matchAll(LETTER))
    found.push({ at: m.index, size: { system: 'INTL', value: m[1]!.toUpperCase() } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.size);
}
