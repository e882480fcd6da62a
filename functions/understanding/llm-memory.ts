// Conversation memory for the LLM path: a compact rolling summary plus the last few turns. Sending the whole
// history would make every turn's cost grow with the conversation; this keeps the prompt bounded.
// Verification secrets (the e-mail or postcode a shopper proved an order with) never reach the model: every
// remembered line and the summary pass through `redactSecrets` here, whatever the stored state holds.
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { redactSecrets } from '../core/privacy';
import type { Conversation } from '../core/types';

export type Turn = NonNullable<Conversation['recentTurns']>[number];

export interface MemoryLimits {
  /** Turns kept verbatim; older ones are folded into the summary. */
  recentTurns: number;
  /** Longest a single turn may be in the prompt (characters). */
  maxTurnChars: number;
  /** Longest the rolling summary may grow (characters). */
  summaryChars: number;
}

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { recentTurns: 8, maxTurnChars: 600, summaryChars: 1200 };

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

/** Keeps the end of a too-long summary: the latest facts matter most for the next turn. */
function clipHead(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

/**
 * The history part of the prompt: the summary as a system note, then the recent turns as user/assistant
 * messages (a human agent's words are the assistant side too, marked so).
 * @example
 * const history = buildMessages(conversation);
 * const messages = [{ role: 'system', content: prompt }, ...history, { role: 'user', content: text }];
 */
export function buildMessages(
  conversation: Pick<Conversation, 'summary' | 'recentTurns'>,
  limits: Partial<MemoryLimits> = {},
): ChatCompletionMessageParam[] {
  const { recentTurns, maxTurnChars, summaryChars } = { ...DEFAULT_MEMORY_LIMITS, ...limits };
  const messages: ChatCompletionMessageParam[] = [];
  if (conversation.summary?.trim()) {
    messages.push({
      role: 'system',
      content: `Summary of the earlier conversation: ${clipHead(redactSecrets(conversation.summary.trim()), summaryChars)}`,
    });
  }
  for (const turn of (conversation.recentTurns ?? []).slice(-recentTurns)) {
    const text = clip(turn.role === 'bot' ? turn.text : redactSecrets(turn.text), maxTurnChars);
    if (turn.role === 'shopper') messages.push({ role: 'user', content: text });
    else
      messages.push({ role: 'assistant', content: turn.role === 'agent' ? `(human agent) ${text}` : text });
  }
  return messages;
}

/** Folds older turns into a new summary. The default is extractive and free; an LLM one is optional. */
export type Summarizer = (previous: string | undefined, older: Turn[], maxChars: number) => Promise<string>;

const ROLE_LABEL: Record<Turn['role'], string> = { shopper: 'Shopper', bot: 'Bot', agent: 'Agent' };

/** A cheap extractive summary: one clipped line per folded turn, keeping the most recent when over size. */
export const extractiveSummarizer: Summarizer = async (previous, older, maxChars) => {
  const lines = older.map((turn) => `${ROLE_LABEL[turn.role]}: ${clip(redactSecrets(turn.text), 140)}`);
  const joined = [previous ? redactSecrets(previous.trim()) : undefined, ...lines]
    .filter(Boolean)
    .join(' | ');
  return clipHead(joined, maxChars);
};

/**
 * A summarizer that asks the model (one short completion). Falls back to the extractive one on any error:
 * memory must never be the reason a turn fails.
 * @example
 * const summarize = createLlmSummarizer(client, 'gpt-4o-mini');
 */
export function createLlmSummarizer(client: OpenAI, model: string, timeoutMs = 8000): Summarizer {
  return async (previous, older, maxChars) => {
    const transcript = older
      .map((turn) => `${ROLE_LABEL[turn.role]}: ${clip(redactSecrets(turn.text), 400)}`)
      .join('\n');
    try {
      const completion = await client.chat.completions.create(
        {
          model,
          max_tokens: Math.ceil(maxChars / 3),
          messages: [
            {
              role: 'system',
              content:
                'Summarize this customer-service conversation for the assistant that continues it: order ' +
                'numbers, what the shopper wants, what was answered, what is pending. Keep the shopper’s ' +
                `language for quotes. At most ${maxChars} characters, plain text.`,
            },
            {
              role: 'user',
              content: `${previous ? `Earlier summary: ${redactSecrets(previous)}\n` : ''}${transcript}`,
            },
          ],
        },
        { timeout: timeoutMs, maxRetries: 0 },
      );
      const text = completion.choices[0]?.message.content?.trim();
      if (text) return clipHead(text, maxChars);
    } catch {
      // fall through to the extractive summary
    }
    return extractiveSummarizer(previous, older, maxChars);
  };
}

/**
 * Appends a turn and, when the verbatim window overflows, folds the oldest turns into the summary.
 * Returns the new memory fields; the caller saves them on the conversation.
 * @example
 * Object.assign(conversation, await updateSummary(conversation, { role: 'shopper', text, at }));
 */
export async function updateSummary(
  conversation: Pick<Conversation, 'summary' | 'recentTurns'>,
  turn: Turn | undefined,
  options: Partial<MemoryLimits> & { summarize?: Summarizer } = {},
): Promise<{ summary?: string; recentTurns: Turn[] }> {
  const { recentTurns: keep, maxTurnChars, summaryChars } = { ...DEFAULT_MEMORY_LIMITS, ...options };
  const turns = [...(conversation.recentTurns ?? [])];
  // Stored turns are clipped too: the conversation item must stay far below DynamoDB's 400 KB.
  if (turn) turns.push({ ...turn, text: clip(turn.text, maxTurnChars) });
  if (turns.length <= keep) return { summary: conversation.summary, recentTurns: turns };
  const older = turns.slice(0, turns.length - keep);
  const summarize = options.summarize ?? extractiveSummarizer;
  const summary = await summarize(conversation.summary, older, summaryChars);
  return { summary: clipHead(summary, summaryChars), recentTurns: turns.slice(-keep) };
}
