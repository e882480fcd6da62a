// A one-line description of a shopper's photo for the human agent (damage claims, wrong items). Only used
// when the configured model takes images; it is written in the agent's language, so it needs no translation.
import type OpenAI from 'openai';
import type { Language } from '../core/types';
import { type LlmUsage, toLlmError } from './llm-error';
import { languageLabel } from './llm-prompt';

export interface DescribeImageInput {
  client: OpenAI;
  model: string;
  /** https URL or a `data:image/…;base64,…` URL (the worker makes one from the downloaded media). */
  imageUrl: string;
  /** The agent's language. */
  language: Language;
  /** What the shopper said with it, for context (e.g. "it arrived torn"). */
  caption?: string;
  timeoutMs?: number;
}

/** A data URL from downloaded bytes: platform media URLs need our token, so the model cannot fetch them. */
export function toDataUrl(bytes: Buffer, mimeType: string): string {
  return `data:${mimeType};base64,${bytes.toString('base64')}`;
}

/**
 * Describes an image in one line. Throws LlmError like the responder does.
 * @example
 * const { text } = await describeImage({ client, model, imageUrl: toDataUrl(bytes, 'image/jpeg'), language: 'en' });
 */
export async function describeImage(input: DescribeImageInput): Promise<{ text: string; usage: LlmUsage }> {
  const usage: LlmUsage = { promptTokens: 0, completionTokens: 0 };
  try {
    const completion = await input.client.chat.completions.create(
      {
        model: input.model,
        max_tokens: 80,
        messages: [
          {
            role: 'system',
            content:
              'You describe photos sent by shoppers to a customer-service agent of an online shop. One line, ' +
              `factual, in ${languageLabel(input.language)}: what the item is and any visible damage, defect ` +
              'or mismatch. Do not guess what you cannot see.',
          },
          {
            role: 'user',
            content: [
              {
                type: 'text',
                text: input.caption ? `The shopper wrote: ${input.caption}` : 'Describe this photo.',
              },
              { type: 'image_url', image_url: { url: input.imageUrl, detail: 'low' } },
            ],
          },
        ],
      },
      { timeout: input.timeoutMs ?? 12_000 },
    );
    usage.promptTokens = completion.usage?.prompt_tokens ?? 0;
    usage.completionTokens = completion.usage?.completion_tokens ?? 0;
    const text = completion.choices[0]?.message.content?.replace(/\s+/g, ' ').trim() ?? '';
    return { text, usage };
  } catch (error) {
    throw toLlmError(error, usage, false);
  }
}
