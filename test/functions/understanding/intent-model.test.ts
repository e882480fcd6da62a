import { describe, expect, it } from 'vitest';
import { INTENTS, type Intent, LANGUAGES, type Language } from '../../../functions/core/types';
import { createIntentClassifier, type IntentModelFile } from '../../../functions/understanding/intent-model';
import committed from '../../../functions/understanding/model/intent-model.json' with { type: 'json' };
import { trainingHash } from '../../../functions/understanding/train-model';
import { TRAINING } from '../../../functions/understanding/training/index';

describe('committed intent model', () => {
  it('is fresh: its hash matches the training data (run `npm run build:model` after editing training/)', () => {
    expect((committed as IntentModelFile).trainingHash).toBe(trainingHash(TRAINING));
  });

  it('has utterances in every language for every intent', () => {
    // Walk the declared lists, not TRAINING's own keys: a language or intent missing from the data must fail.
    for (const language of LANGUAGES) {
      for (const intent of INTENTS) {
        expect(TRAINING[language]?.[intent]?.length ?? 0, `${language}/${intent}`).toBeGreaterThanOrEqual(8);
      }
    }
  });
});

// Sentences written for this test, not taken from the training files or the eval set.
const samples: [Language, string, Intent][] = [
  ['en', 'hey could you tell me where my parcel is right now', 'track_order'],
  ['en', 'please cancel the order i placed this morning', 'cancel_order'],
  ['en', 'the teapot lid arrived cracked', 'damaged_item'],
  ['es', 'quiero cancelar la compra que hice ayer', 'cancel_order'],
  ['es', 'necesito cambiar la dirección de envío', 'change_address'],
  ['pt-BR', 'quero devolver a camisa, não serviu', 'return_item'],
  ['id', 'terima kasih banyak ya kak', 'thanks_bye'],
  ['th', 'อยากยกเลิกคำสั่งซื้อค่ะ', 'cancel_order'],
  ['vi', 'mình muốn hủy đơn hàng này', 'cancel_order'],
  ['ja', '注文をキャンセルしたいのですが', 'cancel_order'],
  ['zh-Hans', '我想取消这个订单', 'cancel_order'],
  ['zh-Hant', '我想取消這筆訂單', 'cancel_order'],
  ['ko', '환불 받고 싶어요', 'return_item'],
  ['ar', 'أبغى ألغي طلبي اليوم', 'cancel_order'],
  ['fr', 'je voudrais annuler ma commande', 'cancel_order'],
  ['de', 'ich möchte mit einem Mitarbeiter sprechen', 'human_agent'],
  ['tr', 'siparişimi iptal etmek istiyorum lütfen', 'cancel_order'],
  ['fil', 'salamat po sa tulong', 'thanks_bye'],
  ['it', 'vorrei annullare il mio ordine', 'cancel_order'],
  ['nl', 'ik wil mijn bestelling annuleren', 'cancel_order'],
  ['pl', 'chcę anulować moje zamówienie', 'cancel_order'],
  ['ms', 'saya nak batalkan order ni', 'cancel_order'],
];

describe('createIntentClassifier', () => {
  const classifier = createIntentClassifier();

  it.each(samples)('[%s] %s → %s', async (language, text, intent) => {
    const result = await classifier.classify(text, language);
    expect(result.intent).toBe(intent);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('returns other with no confidence for an empty message', async () => {
    expect(await classifier.classify('')).toEqual({ intent: 'other', confidence: 0, scores: {} });
  });
});
