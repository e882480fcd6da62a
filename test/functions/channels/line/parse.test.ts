import { describe, expect, it } from 'vitest';
import { WebhookShapeError } from '../../../../functions/channels/errors';
import { parseLine } from '../../../../functions/channels/line/parse';

const user = { type: 'user', userId: 'U1' };
const group = { type: 'group', groupId: 'C1', userId: 'U2' };

function events(list: unknown[], destination: string | null = 'Ubot') {
  return parseLine(Buffer.from(JSON.stringify({ ...(destination ? { destination } : {}), events: list })));
}

const ev = (type: string, extra: Record<string, unknown> = {}, source: unknown = user) => ({
  type,
  mode: 'active',
  timestamp: 1_700_000_000_000,
  source,
  webhookEventId: `01H${type}`,
  deliveryContext: { isRedelivery: false },
  replyToken: 'rt',
  ...extra,
});

describe('parseLine', () => {
  it('text from a user: ids, reply token, time', () => {
    const { messages } = events([ev('message', { message: { id: '100', type: 'text', text: 'สวัสดีค่ะ 👋' } })]);
    expect(messages).toEqual([
      expect.objectContaining({
        eventId: 'line:01Hmessage',
        conversationId: 'line:Ubot:U1',
        channel: 'line',
        sender: { id: 'U1' },
        kind: 'text',
        text: 'สวัสดีค่ะ 👋',
        platformMessageId: '100',
        replyToken: 'rt',
        receivedAt: '2023-11-14T22:13:20.000Z',
      }),
    ]);
  });

  it('group and room messages belong to the group / room, sent by the user', () => {
    const { messages } = events([
      ev('message', { message: { id: '1', type: 'image' } }, group),
      ev(
        'message',
        { message: { id: '2', type: 'file', fileName: 'a.pdf' }, webhookEventId: 'x2' },
        { type: 'room', roomId: 'R1', userId: 'U3' },
      ),
    ]);
    expect(messages.map((m) => [m.conversationId, m.sender.id, m.kind, m.media])).toEqual([
      ['line:Ubot:C1', 'U2', 'image', { id: '1' }],
      ['line:Ubot:R1', 'U3', 'file', { id: '2', fileName: 'a.pdf' }],
    ]);
  });

  it('sticker, location, postback, edit', () => {
    const { messages } = events([
      ev('message', {
        webhookEventId: 'a',
        message: { id: '3', type: 'sticker', packageId: '1', stickerId: '2' },
      }),
      ev('message', {
        webhookEventId: 'b',
        message: {
          id: '4',
          type: 'location',
          title: 'Shop',
          address: 'Tokyo',
          latitude: 35.6,
          longitude: 139.7,
        },
      }),
      ev('postback', {
        webhookEventId: 'c',
        postback: { data: 'order=12345', params: { date: '2026-12-01' } },
      }),
      ev('messageEdited', { webhookEventId: 'd', message: { id: '5', type: 'text', text: 'fixed' } }),
    ]);
    expect(messages.map((m) => m.kind)).toEqual(['sticker', 'location', 'button', 'edit']);
    expect(messages[1]?.location).toEqual({
      latitude: 35.6,
      longitude: 139.7,
      name: 'Shop',
      address: 'Tokyo',
    });
    expect(messages[2]).toMatchObject({ payload: 'order=12345', text: '2026-12-01' });
    expect(messages[3]?.text).toBe('fixed');
  });

  it('follow / unfollow / join / leave / memberJoined / memberLeft', () => {
    const { messages } = events([
      ev('follow', { webhookEventId: '1' }),
      ev('unfollow', { webhookEventId: '2', replyToken: undefined }),
      ev('join', { webhookEventId: '3' }, { type: 'group', groupId: 'C9' }),
      ev('leave', { webhookEventId: '4' }, { type: 'group', groupId: 'C9' }),
      ev(
        'memberJoined',
        { webhookEventId: '5', joined: { members: [{ type: 'user', userId: 'U7' }] } },
        { type: 'group', groupId: 'C9' },
      ),
      ev(
        'memberLeft',
        { webhookEventId: '6', left: { members: [{ type: 'user', userId: 'U8' }] } },
        { type: 'group', groupId: 'C9' },
      ),
    ]);
    expect(messages.map((m) => [m.kind, m.conversationId, m.sender.id])).toEqual([
      ['follow', 'line:Ubot:U1', 'U1'],
      ['unfollow', 'line:Ubot:U1', 'U1'],
      ['join', 'line:Ubot:C9', 'C9'],
      ['leave', 'line:Ubot:C9', 'C9'],
      ['join', 'line:Ubot:C9', 'U7'],
      ['leave', 'line:Ubot:C9', 'U8'],
    ]);
    expect(messages[1]?.replyToken).toBeUndefined();
  });

  it('empty events (console verification) → nothing', () => {
    expect(events([])).toEqual({ messages: [], statuses: [], ignored: [] });
  });

  it('unknown events, unknown message types, standby mode and source-less events are ignored', () => {
    const parsed = events([
      ev('greatNewFeature'),
      ev('message', { message: { id: '9', type: 'hologram' } }),
      ev('message', { mode: 'standby', message: { id: '10', type: 'text', text: 'hi' } }),
      ev('follow', { source: undefined }),
      ev('unsend', { unsend: { messageId: '1' } }),
      42,
    ]);
    expect(parsed.messages).toEqual([]);
    expect(parsed.ignored).toHaveLength(6);
  });

  it('events without webhookEventId get a stable id; a missing destination keeps a slot', () => {
    const legacy = { type: 'follow', timestamp: 1, source: user, replyToken: 'r' };
    const first = events([legacy], null).messages[0];
    const again = events([legacy], null).messages[0];
    expect(first?.eventId).toMatch(/^line:h:[0-9a-f]{32}$/);
    expect(again?.eventId).toBe(first?.eventId);
    expect(first?.conversationId).toBe('line:_:U1');
  });

  it('throws WebhookShapeError without an events array or on bad JSON', () => {
    expect(() => parseLine(Buffer.from('{"destination":"U"}'))).toThrow(WebhookShapeError);
    expect(() => parseLine(Buffer.from('{"events":"x"}'))).toThrow(WebhookShapeError);
    expect(() => parseLine(Buffer.from('i am not jason'))).toThrow(WebhookShapeError);
  });
});
