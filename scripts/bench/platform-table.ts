// The cost bench's platform table: per channel, what the real senders sent per conversation (messages, LINE
// replies vs pushes, WhatsApp templates), the platform's fee for it at the configured rates, and our own
// cost beside it.
import { CHANNELS, type ChannelName } from '../../functions/core/types';
import type { ConversationRun } from './cost-harness';
import { channelFigures, lineFee, type PlatformRates } from './platform-fees';

const usd = (n: number) => (Number.isNaN(n) ? '   n/a   ' : `$${n.toFixed(6)}`);
const num = (n: number, width = 6) => n.toFixed(2).padStart(width);

/** Prints the table; `ourCost` prices one run with the bench's AWS + LLM prices. */
export function printPlatformTable(
  runs: readonly ConversationRun[],
  rates: PlatformRates,
  ourCost: (run: ConversationRun) => number,
  source: string,
): void {
  console.log(
    '\nPlatform side, measured where the real senders reached the local platform fakes (average per conversation ' +
      'of the scripted conversations on each channel, unweighted):',
  );
  console.log(
    '  channel   convs  messages  LINE reply  LINE push  WA templates  platform fee  our cost     together',
  );
  const figures = new Map<ChannelName, ReturnType<typeof channelFigures>>();
  for (const channel of CHANNELS) {
    const mine = runs.filter((run) => run.script.channel === channel);
    if (mine.length === 0) continue;
    const f = channelFigures(
      channel,
      mine.map((run) => run.platform),
      rates,
    );
    figures.set(channel, f);
    const ours = mine.reduce((sum, run) => sum + ourCost(run), 0) / mine.length;
    console.log(
      `  ${channel.padEnd(9)} ${String(f.conversations).padStart(5)}  ${num(f.messages, 8)}  ${num(f.lineReplies, 10)}` +
        `  ${num(f.linePushes, 9)}  ${num(f.whatsappTemplates, 12)}  ${usd(f.fee).padStart(12)}  ${usd(ours)}  ${usd(ours + f.fee)}` +
        (f.blockedPushes > 0
          ? `  (${f.blockedPushes} pushes/month over a quota the plan cannot exceed)`
          : ''),
    );
  }

  // The same measured counts at every rate in the file: which country or plan changes the picture.
  const line = figures.get('line') ?? channelFigures('line', [], rates);
  const whatsapp = runs.filter((r) => r.script.channel === 'whatsapp').map((r) => r.platform);
  const templates = figures.get('whatsapp')?.whatsappTemplates ?? 0;
  const service = whatsapp.length
    ? whatsapp.reduce(
        (n, t) => n + Object.values(t.whatsappByRecipient).reduce((m, r) => m + r.service, 0),
        0,
      ) / whatsapp.length
    : 0;
  const byCountry = Object.entries(rates.whatsapp.rates).map(
    ([country, rate]) => `${country} ${usd(templates * rate.template + service * rate.service)}`,
  );
  console.log(`  WhatsApp fee per conversation if every shopper were in: ${byCountry.join(' · ')}`);
  const byPlan = Object.keys(rates.line.plans).map((plan) => {
    const fee = lineFee(line.linePushes, rates, plan);
    return fee.blockedPushes > 0
      ? `${plan} cannot send ${fee.blockedPushes.toFixed(0)} of ${fee.monthlyBotPushes.toFixed(0)} pushes`
      : `${plan} ${usd(fee.perConversation)} (then ${usd(fee.marginalPerConversation)})`;
  });
  console.log(
    `  LINE fee per conversation at ${rates.conversationsPerMonth.value} conversations/month ` +
      `(+${rates.line.otherPushesPerMonth.value} other pushes), by plan: ${byPlan.join(' · ')}`,
  );
  console.log(
    `  rates: ${source} (${rates.currency}) — EXAMPLE figures, replace them with your own rate cards; ` +
      `LINE plan in the table: ${rates.line.plan}; Telegram charges ${usd(rates.telegram.perMessage)} a message`,
  );
}
