// A deterministic, rule-based "model" for `npm start` demos of the LLM path without a real key (set
// OPENAI_API_KEY to a local value and OPENAI_BASE_URL to the fake). It is not a language model: it picks a
// tool from keywords and order numbers, then reports the tool's answer plainly, in English. Good enough to
// watch the tool loop, the handoff tool and authorization work end to end.
import type { ChatRequestBody, FakeBrain, FakeStep } from './fake-openai';

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
      .join(' ');
  }
  return '';
}

function hasTool(request: ChatRequestBody, name: string): boolean {
  return (request.tools ?? []).some((tool) => tool.function.name === name);
}

/** The first property of a tool's schema whose name mentions "order" (the real tools name it their way). */
function orderArgument(request: ChatRequestBody, toolName: string): string | undefined {
  const tool = (request.tools ?? []).find((t) => t.function.name === toolName);
  const properties = (tool?.function.parameters as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return Object.keys(properties ?? {}).find((key) => /order/i.test(key));
}

function describeResult(raw: string): string {
  try {
    const result = JSON.parse(raw) as { ok: boolean; message?: string; data?: unknown };
    if (!result.ok) return `Sorry, I could not do that: ${result.message ?? 'unknown error'}.`;
    return `Here is what I found: ${JSON.stringify(result.data).slice(0, 400)}`;
  } catch {
    return 'Here is what I found.';
  }
}

function answer(text: string, withFinal: boolean): FakeStep {
  return withFinal
    ? { toolCalls: [{ name: 'final_answer', arguments: { text, confidence: 0.9 } }] }
    : { content: text };
}

export const ruleBrain: FakeBrain = (request) => {
  const messages = request.messages;
  const lastUser = messages.map((m) => m.role).lastIndexOf('user');
  const userText = textOf(messages[lastUser]?.content);
  const toolResults = messages.slice(lastUser + 1).filter((m) => m.role === 'tool');
  const withFinal = hasTool(request, 'final_answer');

  const lastResult = toolResults.at(-1);
  if (lastResult) return answer(describeResult(textOf(lastResult.content)), withFinal);

  if (
    /\b(human|humano|humain|mensch|agent|agente|person|persona|manager)\b/i.test(userText) &&
    hasTool(request, 'handoff')
  ) {
    return { toolCalls: [{ name: 'handoff', arguments: { reason: 'shopper asked for a person' } }] };
  }
  const orderId = userText.match(/\b\d{5}\b/)?.[0];
  const key = orderArgument(request, 'lookup_order');
  if (orderId && key) return { toolCalls: [{ name: 'lookup_order', arguments: { [key]: orderId } }] };
  if (hasTool(request, 'find_orders')) return { toolCalls: [{ name: 'find_orders', arguments: {} }] };
  return answer('Could you tell me your order number?', withFinal);
};
