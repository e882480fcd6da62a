import { describe, expect, it } from 'vitest';
import { extractSizes } from '../../../functions/understanding/sizes';
import { createUnderstanding } from '../../../functions/understanding/understand';

describe('extractSizes', () => {
  it.each([
    ['I usually wear EU 40 in sneakers', [{ system: 'EU', value: '40' }]],
    ['US 9.5 or 10?', [{ system: 'US', value: '9.5' }]],
    ['calzo 38 EU, qué talla me recomiendas', [{ system: 'EU', value: '38' }]],
    ['普段はJP25,5です', [{ system: 'JP', value: '25.5' }]],
    ['uso talla M normalmente', [{ system: 'INTL', value: 'M' }]],
    ['サイズL は大きいですか', [{ system: 'INTL', value: 'L' }]],
    [
      'UK 6 or EU 39?',
      [
        { system: 'UK', value: '6' },
        { system: 'EU', value: '39' },
      ],
    ],
  ])('%s', (text, sizes) => {
    expect(extractSizes(text)).toEqual(sizes);
  });

  it('leaves order numbers, tracking numbers, lone letters and heights alone', () => {
    expect(extractSizes('where is order 48213? tracking LX123456789CN')).toEqual([]);
    expect(extractSizes('I am M. Dupont, 170 cm')).toEqual([]);
    expect(extractSizes('US$ 40 refund')).toEqual([]);
  });

  it('reaches the core understanding the turn sees', async () => {
    const u = await createUnderstanding().understand({
      text: 'I wear EU 40, which size in the canvas sneaker?',
    });
    expect(u.entities.sizes).toEqual([{ system: 'EU', value: '40' }]);
  });
});
