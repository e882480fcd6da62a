// Buttons with a second line (an order's date and items): WhatsApp list rows carry it natively, LINE and
// Telegram fold it into the label only when it fits, and text fallbacks print both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLine } from '../../../functions/channels/line/render';
import { numberedOptions } from '../../../functions/channels/outbound-text';
import { createChatSpacing } from '../../../functions/channels/telegram/chat-spacing';
import { createTelegramSender } from '../../../functions/channels/telegram/send';
import { renderWhatsApp } from '../../../functions/channels/whatsapp/render';
import type { OutboundMessage } from '../../../functions/core/types';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { manualClock, type RunningFakes, silentLogger, startFakes } from '../../helpers/fake-platforms';

const whichOrder: OutboundMessage = {
  text: 'Which order do you mean?',
  language: 'en',
  buttons: [
    {
      id: 'order:50731',
      title: '#50731',
      description: 'Nov 5, 2025 · Floral Wrap Dress, Straight Leg Jeans',
    },
    { id: 'order:52118', title: '#52118', description: 'Nov 19, 2025 · Tee' },
  ],
};

describe('buttons with descriptions', () => {
  it('WhatsApp: a list whose rows keep the short title and put date and items in the description', () => {
    const [message] = renderWhatsApp(whichOrder);
    const json = JSON.parse(JSON.stringify(message)) as {
      action: { sections: { rows: { id: string; title: string; description?: string }[] }[] };
    };
    expect(json.action.sections[0]?.rows).toEqual([
      {
        id: 'order:50731',
        title: '#50731',
        description: 'Nov 5, 2025 · Floral Wrap Dress, Straight Leg Jeans',
      },
      { id: 'order:52118', title: '#52118', description: 'Nov 19, 2025 · Tee' },
    ]);
  });

  it('LINE: folds the description into the 20-char label only when it fits; displayText has both', () => {
    const short = { id: 'order:52119', title: '#52119', description: 'Tee ×2' };
    const [message] = renderLine({ ...whichOrder, buttons: [...(whichOrder.buttons ?? []), short] });
    const items = message?.quickReply?.items ?? [];
    const labels = items.map((item) => (item.action as { label: string }).label);
    expect(labels).toEqual(['#50731', '#52118', '#52119 · Tee ×2']);
    const first = items[0]?.action as { displayText?: string } | undefined;
    expect(first?.displayText).toContain('Floral Wrap Dress');
  });

  it('text fallback prints title and description', () => {
    expect(numberedOptions(whichOrder.buttons ?? [])).toBe(
      '1. #50731 · Nov 5, 2025 · Floral Wrap Dress, Straight Leg Jeans\n2. #52118 · Nov 19, 2025 · Tee',
    );
  });

  describe('Telegram (through the fake Bot API)', () => {
    let running: RunningFakes;
    const clock = manualClock();
    beforeAll(async () => {
      running = await startFakes({ now: clock.now });
    });
    afterAll(() => running.close());

    it('keeps labels within 64 characters, description folded in when it fits', async () => {
      const sender = createTelegramSender({
        botToken: LOCAL_SECRETS.TELEGRAM_BOT_TOKEN,
        apiRoot: `${running.origin}/fake/telegram`,
        logger: silentLogger,
        spacing: createChatSpacing({ now: clock.now, sleep: clock.sleep }),
        retry: { sleep: clock.sleep, random: () => 0.5 },
      });
      const long = 'Nov 5, 2025 · '.padEnd(80, 'x');
      await sender.send(
        { conversation: { id: 'telegram:1:2', recipient: '2' } },
        {
          ...whichOrder,
          buttons: [whichOrder.buttons![1]!, { id: 'order:1', title: '#1', description: long }],
        },
      );
      const [entry] = running.fakes.outbox.list();
      expect(entry?.buttons?.map((b) => b.title)).toEqual(['#52118 · Nov 19, 2025 · Tee', '#1']);
    });
  });
});
