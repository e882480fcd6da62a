import { describe, expect, it } from 'vitest';
import { WebhookShapeError } from '../../../../functions/channels/errors';
import { botIdFromToken, parseTelegram } from '../../../../functions/channels/telegram/parse';

const from = { id: 42, is_bot: false, first_name: 'Yuki', last_name: 'Sato', language_code: 'ja' };
const chat = { id: 42, type: 'private', first_name: 'Yuki' };

function update(fields: Record<string, unknown>, id = 1000) {
  return parseTelegram(Buffer.from(JSON.stringify({ update_id: id, ...fields })), { botId: '777' });
}
const message = (extra: Record<string, unknown>) =>
  update({ message: { message_id: 5, from, chat, date: 1_700_000_000, ...extra } });

describe('parseTelegram', () => {
  it('text: ids, sender with language, time; commands stay text', () => {
    expect(message({ text: '/start' }).messages).toEqual([
      expect.objectContaining({
        eventId: 'telegram:1000',
        conversationId: 'telegram:777:42',
        channel: 'telegram',
        sender: { id: '42', name: 'Yuki Sato', languageCode: 'ja' },
        kind: 'text',
        text: '/start',
        platformMessageId: '5',
        receivedAt: '2023-11-14T22:13:20.000Z',
      }),
    ]);
  });

  it('keeps text with astral characters intact (entity offsets are UTF-16)', () => {
    const text = '注文 😆👍 12345';
    const parsed = message({ text, entities: [{ type: 'bold', offset: 3, length: 4 }] });
    expect(parsed.messages[0]?.text).toBe(text);
    expect(text.slice(3, 7)).toBe('😆👍');
  });

  it('media: the largest photo, voice, audio, video, document, sticker emoji', () => {
    const photo = message({
      photo: [
        { file_id: 'small', width: 90, height: 90 },
        { file_id: 'big', width: 1280, height: 960 },
        { file_id: 'mid', width: 600, height: 800 },
      ],
      caption: 'damaged box',
    }).messages[0];
    expect(photo).toMatchObject({ kind: 'image', media: { id: 'big' }, text: 'damaged box' });
    expect(message({ voice: { file_id: 'v', mime_type: 'audio/ogg' } }).messages[0]).toMatchObject({
      kind: 'audio',
      media: { id: 'v', mimeType: 'audio/ogg', voice: true },
    });
    expect(message({ audio: { file_id: 'a' } }).messages[0]?.kind).toBe('audio');
    expect(message({ video_note: { file_id: 'vn' } }).messages[0]?.kind).toBe('video');
    expect(message({ animation: { file_id: 'gif' }, document: { file_id: 'gif' } }).messages[0]?.kind).toBe(
      'video',
    );
    expect(message({ document: { file_id: 'd', file_name: 'r.pdf' } }).messages[0]).toMatchObject({
      kind: 'file',
      media: { id: 'd', fileName: 'r.pdf' },
    });
    expect(message({ sticker: { file_id: 's', emoji: '🤬' } }).messages[0]).toMatchObject({
      kind: 'sticker',
      text: '🤬',
    });
  });

  it('location, venue and contact', () => {
    expect(message({ location: { latitude: 65.0, longitude: 25.5 } }).messages[0]?.location).toEqual({
      latitude: 65,
      longitude: 25.5,
    });
    expect(
      message({ location: { latitude: 1, longitude: 2 }, venue: { title: 'Depot', address: 'Main St 1' } })
        .messages[0]?.location,
    ).toEqual({ latitude: 1, longitude: 2, name: 'Depot', address: 'Main St 1' });
    expect(message({ contact: { phone_number: '+81 90', first_name: 'Ken' } }).messages[0]?.contacts).toEqual(
      [{ name: 'Ken', phones: ['+81 90'] }],
    );
  });

  it('callback query → button with payload and callback query id', () => {
    const parsed = update({
      callback_query: {
        id: 'cq1',
        from,
        message: { message_id: 9, chat, date: 0 },
        chat_instance: 'x',
        data: 'track:12345',
      },
    });
    expect(parsed.messages[0]).toMatchObject({
      kind: 'button',
      payload: 'track:12345',
      callbackQueryId: 'cq1',
      conversationId: 'telegram:777:42',
    });
  });

  it('edits, reactions, joins, leaves, blocks', () => {
    expect(
      update({ edited_message: { message_id: 5, from, chat, date: 1, edit_date: 2, text: 'oops' } })
        .messages[0],
    ).toMatchObject({
      kind: 'edit',
      text: 'oops',
      receivedAt: '1970-01-01T00:00:02.000Z',
    });
    expect(
      update({
        message_reaction: {
          chat,
          message_id: 5,
          user: from,
          date: 1,
          old_reaction: [],
          new_reaction: [{ type: 'emoji', emoji: '👍' }],
        },
      }).messages[0]?.reaction,
    ).toEqual({ emoji: '👍', targetMessageId: '5' });
    expect(
      message({ new_chat_members: [{ id: 1, is_bot: true, first_name: 'bot' }] }).messages[0]?.kind,
    ).toBe('join');
    expect(message({ left_chat_member: { id: 1, is_bot: true, first_name: 'bot' } }).messages[0]?.kind).toBe(
      'leave',
    );
    const member = (status: string, type = 'private') =>
      update({
        my_chat_member: {
          chat: { ...chat, type },
          from,
          date: 1,
          old_chat_member: {},
          new_chat_member: { status },
        },
      }).messages[0]?.kind;
    expect([
      member('kicked'),
      member('member'),
      member('left', 'group'),
      member('member', 'supergroup'),
    ]).toEqual(['unfollow', 'follow', 'leave', 'join']);
  });

  it('unknown update kinds, live-location edits and service messages are ignored', () => {
    expect(update({ new_update_kind: { x: 1 } }).ignored).toEqual(['telegram update 1000: new_update_kind']);
    expect(
      update({
        edited_message: { message_id: 5, from, chat, date: 1, location: { latitude: 1, longitude: 2 } },
      }).messages,
    ).toEqual([]);
    expect(message({ dice: { emoji: '🎲', value: 3 } }).ignored).toHaveLength(1);
    expect(update({}).ignored).toHaveLength(1);
  });

  it('throws WebhookShapeError without a numeric update_id', () => {
    expect(() => parseTelegram(Buffer.from('{"message":{}}'), { botId: '1' })).toThrow(WebhookShapeError);
    expect(() => parseTelegram(Buffer.from('{"update_id":"1"}'), { botId: '1' })).toThrow(WebhookShapeError);
    expect(() => parseTelegram(Buffer.from('nope'), { botId: '1' })).toThrow(WebhookShapeError);
  });

  it('bot id is the digits before the colon of the token', () => {
    expect(botIdFromToken('7000000001:LOCAL-token')).toBe('7000000001');
    expect(botIdFromToken(undefined)).toBe('unknown');
  });
});
