// How agents hear about a handoff, beyond the console: the optional notifier settings the worker reads.
// Checked here at synth time so a typo fails `cdk synth`, not the first handoff after a deploy. Their
// secrets (AGENT_WEBHOOK_SECRET, SLACK_WEBHOOK_URL) come from the Secrets Manager secret, never from here.
import { bindAgentEmail } from './bind';
import type { CrossdeskFunction } from './crossdesk-function';

export interface AgentNotifierProps {
  /** Every handoff is POSTed here as signed JSON (needs AGENT_WEBHOOK_SECRET in the secret). @default - no webhook */
  readonly agentWebhookUrl?: string;
  /** Agents e-mailed per handoff through SES; needs `sesFromAddress`. @default - no e-mail */
  readonly agentEmails?: readonly string[];
  /** The SES sender of agent e-mails (a verified address, or an address at a verified domain). */
  readonly sesFromAddress?: string;
  /** The Telegram group where agents get handoffs (uses the bot token from the secret). @default - none */
  readonly telegramAgentsChatId?: string;
}

export class AgentNotifierConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgentNotifierConfigError';
  }
}

// Deliberately loose (one @, a dot in the domain, no spaces or commas): SES is the real judge, this only
// catches what would break the comma-joined AGENT_EMAILS list or the identity ARN.
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const TELEGRAM_CHAT_ID = /^-?\d+$/;

function assertHttpsUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new AgentNotifierConfigError(`agentWebhookUrl "${value}" is not a URL`, { cause: error });
  }
  // The payload carries shoppers' words and order details: never in clear text.
  if (url.protocol !== 'https:') throw new AgentNotifierConfigError('agentWebhookUrl must use https');
}

/**
 * Sets the worker's notifier environment and, only when agent e-mails are configured, its SES grant.
 * @example
 * bindAgentNotifiers(worker, { agentEmails: ['ana@shop.example'], sesFromAddress: 'desk@shop.example' });
 */
export function bindAgentNotifiers(worker: CrossdeskFunction, props: AgentNotifierProps): void {
  if (props.agentWebhookUrl !== undefined) {
    assertHttpsUrl(props.agentWebhookUrl);
    worker.addEnvironment('AGENT_WEBHOOK_URL', props.agentWebhookUrl);
  }
  if (props.telegramAgentsChatId !== undefined) {
    if (!TELEGRAM_CHAT_ID.test(props.telegramAgentsChatId)) {
      throw new AgentNotifierConfigError(
        `telegramAgentsChatId "${props.telegramAgentsChatId}" must be a numeric chat id (groups are negative)`,
      );
    }
    worker.addEnvironment('TELEGRAM_AGENTS_CHAT_ID', props.telegramAgentsChatId);
  }
  const emails = [...new Set((props.agentEmails ?? []).map((email) => email.trim()).filter(Boolean))];
  if (emails.length === 0) return;
  const invalid = emails.find((email) => !EMAIL.test(email));
  if (invalid) throw new AgentNotifierConfigError(`agentEmails has an invalid address "${invalid}"`);
  const from = props.sesFromAddress?.trim();
  if (!from) throw new AgentNotifierConfigError('agentEmails needs sesFromAddress (the SES sender)');
  if (!EMAIL.test(from)) throw new AgentNotifierConfigError(`sesFromAddress "${from}" is not an address`);
  bindAgentEmail(worker, { from, to: emails });
}
