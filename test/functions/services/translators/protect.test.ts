// Protected spans: what is shielded from the engine, and how it comes back from whatever the engine did.
import { describe, expect, it } from 'vitest';
import {
  hasTranslatableText,
  placeholder,
  protectSpans,
  restoreSpans,
} from '../../../../functions/services/translators/protect';

describe('protectSpans', () => {
  it('shields order numbers, tracking numbers, links, emails and emoji, and keeps the words', () => {
    const text =
      'Order #51409 (also 51410) ships as 1Z999AA10123456784 and LX123456789CN, see ' +
      'https://shop.example.com/track?id=51409&lang=th. Questions: anna.k+help@shop.example.co.th 🙏';
    const shielded = protectSpans(text);
    expect(shielded.spans).toEqual([
      '#51409',
      '51410',
      '1Z999AA10123456784',
      'LX123456789CN',
      'https://shop.example.com/track?id=51409&lang=th',
      'anna.k+help@shop.example.co.th',
      '🙏',
    ]);
    expect(shielded.text).toBe(
      'Order XQZ1X (also XQZ2X) ships as XQZ3X and XQZ4X, see XQZ5X. Questions: XQZ6X XQZ7X',
    );
  });

  it('keeps ZWJ sequences, flags, keycaps and skin tones whole, one span per run of emoji', () => {
    const shielded = protectSpans('Thanks 👨‍👩‍👧‍👦🇹🇭 and 👍🏽 1️⃣ 🏴󠁧󠁢󠁥󠁮󠁧󠁿');
    expect(shielded.spans).toEqual(['👨‍👩‍👧‍👦🇹🇭', '👍🏽', '1️⃣', '🏴󠁧󠁢󠁥󠁮󠁧󠁿']);
    expect(shielded.text).toBe('Thanks XQZ1X and XQZ2X XQZ3X XQZ4X');
  });

  it('finds ids glued to Thai or Japanese words, without swallowing the words', () => {
    const shielded = protectSpans('ออเดอร์#51409ค่ะ ดูที่https://t.example/x1ค่ะ 注文51409です');
    expect(shielded.spans).toEqual(['#51409', 'https://t.example/x1', '51409']);
    expect(shielded.text).toBe('ออเดอร์XQZ1Xค่ะ ดูที่XQZ2Xค่ะ 注文XQZ3Xです');
  });

  it('shields glossary terms as whole words, case-insensitively, as the source spelled them', () => {
    const shielded = protectSpans('I love my aeroflex runner, not the Aerosmith shirt from ร้านสยาม', {
      glossary: ['AeroFlex Runner', 'Aero', 'ร้านสยาม'],
    });
    expect(shielded.spans).toEqual(['aeroflex runner', 'ร้านสยาม']);
    expect(shielded.text).toBe('I love my XQZ1X, not the Aerosmith shirt from XQZ2X');
  });

  it('lets a link win over the brand name or order id inside it', () => {
    const shielded = protectSpans('Go to https://aeroflex.example/orders/51409 now', {
      glossary: ['aeroflex'],
    });
    expect(shielded.spans).toEqual(['https://aeroflex.example/orders/51409']);
  });

  it('leaves ordinary numbers, prices and short codes to the engine', () => {
    const shielded = protectSpans('I paid 1299.00 for 2 pairs in size 42, price 12345.50');
    expect(shielded.spans).toEqual([]);
    expect(shielded.text).toBe('I paid 1299.00 for 2 pairs in size 42, price 12345.50');
  });

  it('protects text that already looks like a placeholder, so restoring cannot mistake it', () => {
    const shielded = protectSpans('My code is XQZ1X and order #51409');
    expect(shielded.spans).toEqual(['XQZ1X', '#51409']);
    expect(restoreSpans('Mi código es XQZ1X y pedido XQZ2X', shielded).text).toBe(
      'Mi código es XQZ1X y pedido #51409',
    );
  });
});

describe('restoreSpans', () => {
  const shielded = protectSpans('Your order #51409 is at https://t.example/a 🚚');

  it('puts the spans back wherever the engine moved them', () => {
    expect(restoreSpans('XQZ3X XQZ2X: pedido XQZ1X', shielded)).toEqual({
      text: '🚚 https://t.example/a: pedido #51409',
      missing: [],
    });
  });

  it('tolerates spaces inside, another case, full-width forms and digits in the target script', () => {
    expect(restoreSpans('pedido xqz 1 x, enlace ＸＱＺ２Ｘ y Xqz٣X', shielded).text).toBe(
      'pedido #51409, enlace https://t.example/a y 🚚',
    );
    expect(restoreSpans('คำสั่งซื้อ XQZ๑X', protectSpans('order #51409')).text).toBe('คำสั่งซื้อ #51409');
  });

  it('appends spans whose placeholder was lost, in source order, and says which', () => {
    expect(restoreSpans('Su pedido está en camino XQZ2X.', shielded)).toEqual({
      text: 'Su pedido está en camino https://t.example/a. #51409 🚚',
      missing: ['#51409', '🚚'],
    });
  });

  it('restores a repeated placeholder every time and drops ones it never issued', () => {
    expect(restoreSpans('XQZ1X XQZ1X XQZ9X XQZ2X XQZ3X', shielded).text).toBe(
      '#51409 #51409  https://t.example/a 🚚',
    );
  });

  it('returns text without spans unchanged', () => {
    const plain = protectSpans('Hello there');
    expect(restoreSpans('Hola XQZ1X', plain).text).toBe('Hola XQZ1X');
  });
});

describe('hasTranslatableText', () => {
  it('is false for a message that is only ids, links and emoji, true once a word is left', () => {
    expect(hasTranslatableText(protectSpans('#51409 👍 https://t.example/a'))).toBe(false);
    expect(hasTranslatableText(protectSpans('51409?'))).toBe(false);
    expect(hasTranslatableText(protectSpans('#51409 ok?'))).toBe(true);
    expect(hasTranslatableText(protectSpans('ขอบคุณ 🙏'))).toBe(true);
  });

  it('numbers placeholders from 1', () => {
    expect(placeholder(1)).toBe('XQZ1X');
    expect(protectSpans('👍').text).toBe(placeholder(1));
  });
});
