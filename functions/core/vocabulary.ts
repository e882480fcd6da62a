// The closed lists everything else is typed by: channels, languages, intents. Kept apart from types.ts so
// value imports of them (zod enums in dialog state, config) create no import cycle.

export const CHANNELS = ['whatsapp', 'line', 'telegram'] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** Every language the bot writes in. Tags follow BCP-47 as the eval set spells them. */
export const LANGUAGES = [
  'en',
  'es',
  'pt-BR',
  'id',
  'ms',
  'th',
  'vi',
  'ja',
  'zh-Hans',
  'zh-Hant',
  'ko',
  'ar',
  'fr',
  'de',
  'tr',
  'fil',
  'it',
  'nl',
  'pl',
] as const;
export type Language = (typeof LANGUAGES)[number];

export const INTENTS = [
  'track_order',
  'delivery_delay',
  'return_item',
  'damaged_item',
  'size_help',
  'change_address',
  'cancel_order',
  'product_question',
  'human_agent',
  'greeting',
  'thanks_bye',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Intents about one order: these need an order the shopper may see (and so, maybe, verification). */
export const ORDER_INTENTS: readonly Intent[] = [
  'track_order',
  'delivery_delay',
  'return_item',
  'damaged_item',
  'change_address',
  'cancel_order',
];
