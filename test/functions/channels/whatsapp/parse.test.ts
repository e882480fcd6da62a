import { describe, expect, it } from 'vitest';
import { WebhookShapeError } from '../../../../functions/channels/errors';
import { parseWhatsApp } from '../../../../functions/channels/whatsapp/parse';

const META = { display_phone_number: '15550001111', phone_number_id: '555' };
const CONTACT = { profile: { name: 'Ana' }, wa_id: '34600111222' };

function body(value: Record<string, unknown>, field = 'messages'): Buffer {
  return Buffer.from(
    JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'waba',
          changes: [{ field, value: { messaging_product: 'whatsapp', metadata: META, ...value } }],
        },
      ],
    }),
  );
}

function one(message: Record<string, unknown>) {
  const parsed = parseWhatsApp(
    body({
      contacts: [CONTACT],
      messages: [{ from: '34600111222', id: 'wamid.1', timestamp: '1700000000', ...message }],
    }),
  );
  return parsed;
}

describe('parseWhatsApp', () => {
  it('text: ids, sender, time', () => {
    const { messages } = one({ type: 'text', text: { body: '¿Dónde está mi pedido 12345?' } });
    expect(messages).toEqual([
      expect.objectContaining({
        eventId: 'whatsapp:wamid.1',
        conversationId: 'whatsapp:555:34600111222',
        channel: 'whatsapp',
        kind: 'text',
        text: '¿Dónde está mi pedido 12345?',
        platformMessageId: 'wamid.1',
        sender: { id: '34600111222', name: 'Ana', phone: '34600111222' },
        receivedAt: '2023-11-14T22:13:20.000Z',
      }),
    ]);
  });

  it('media kinds with caption, mime type, file name and the voice flag', () => {
    expect(
      one({ type: 'image', image: { id: 'm1', mime_type: 'image/jpeg', caption: 'broken' } }).messages[0],
    ).toMatchObject({
      kind: 'image',
      text: 'broken',
      media: { id: 'm1', mimeType: 'image/jpeg' },
    });
    expect(one({ type: 'audio', audio: { id: 'm2', voice: true } }).messages[0]).toMatchObject({
      kind: 'audio',
      media: { id: 'm2', voice: true },
    });
    expect(
      one({ type: 'document', document: { id: 'm3', filename: 'invoice.pdf' } }).messages[0],
    ).toMatchObject({
      kind: 'file',
      media: { id: 'm3', fileName: 'invoice.pdf' },
    });
    expect(one({ type: 'video', video: { id: 'm4' } }).messages[0]?.kind).toBe('video');
    expect(one({ type: 'sticker', sticker: { id: 'm5' } }).messages[0]?.kind).toBe('sticker');
  });

  it('location, contacts, template button and interactive replies', () => {
    expect(
      one({ type: 'location', location: { latitude: 1.5, longitude: 103.8, name: 'Home' } }).messages[0],
    ).toMatchObject({
      kind: 'location',
      location: { latitude: 1.5, longitude: 103.8, name: 'Home' },
    });
    expect(
      one({
        type: 'contacts',
        contacts: [{ name: { first_name: 'Li', last_name: 'Wei' }, phones: [{ phone: '+65 1234' }] }],
      }).messages[0]?.contacts,
    ).toEqual([{ name: 'Li Wei', phones: ['+65 1234'] }]);
    expect(one({ type: 'button', button: { text: 'Yes', payload: 'CONFIRM' } }).messages[0]).toMatchObject({
      kind: 'button',
      text: 'Yes',
      payload: 'CONFIRM',
    });
    expect(
      one({
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: 'order:12345', title: '#12345' } },
      }).messages[0],
    ).toMatchObject({ kind: 'button', text: '#12345', payload: 'order:12345' });
    expect(
      one({
        type: 'interactive',
        interactive: { type: 'nfm_reply', nfm_reply: { response_json: '{"a":1}', body: 'Sent' } },
      }).messages[0],
    ).toMatchObject({ kind: 'button', payload: '{"a":1}', text: 'Sent' });
  });

  it('reactions (removed = no emoji) and edits', () => {
    expect(
      one({ type: 'reaction', reaction: { message_id: 'wamid.0', emoji: '' } }).messages[0]?.reaction,
    ).toEqual({
      targetMessageId: 'wamid.0',
    });
    expect(
      one({
        type: 'edit',
        edit: { original_message_id: 'wamid.0', message: { type: 'text', text: { body: 'fixed' } } },
      }).messages[0],
    ).toMatchObject({ kind: 'edit', text: 'fixed' });
  });

  it('unknown, unsupported and incomplete messages are ignored, not thrown', () => {
    const parsed = parseWhatsApp(
      body({
        contacts: [CONTACT],
        messages: [
          { from: '34600111222', id: 'wamid.2', type: 'unsupported', errors: [{ code: 131051 }] },
          { from: '34600111222', id: 'wamid.3', type: 'interactive' },
          { from: '34600111222', type: 'text', text: { body: 'no id' } },
          { id: 'wamid.4', type: 'text', text: { body: 'nobody' } },
          'not an object',
          { from: 34600111222, id: 'wamid.5', type: 'location', location: { latitude: 'north' } },
        ],
      }),
    );
    // wamid.4 has no `from`, but the single contact names the sender, so it is read; the rest are not.
    expect(parsed.messages.map((m) => [m.eventId, m.sender.id])).toEqual([
      ['whatsapp:wamid.4', '34600111222'],
    ]);
    expect(parsed.ignored).toHaveLength(5);
  });

  it('a lone BSUID contact names the sender when `from` is absent', () => {
    const parsed = parseWhatsApp(
      body({
        contacts: [{ user_id: 'US.1' }],
        messages: [{ id: 'wamid.6', type: 'text', text: { body: 'hi' } }],
      }),
    );
    expect(parsed.messages[0]?.sender).toEqual({ id: 'US.1' });
    expect(parsed.messages[0]?.conversationId).toBe('whatsapp:555:US.1');
  });

  it('several entries × changes × messages, statuses separately', () => {
    const change = (id: string) => ({
      field: 'messages',
      value: {
        metadata: META,
        messages: [{ from: '1', id, timestamp: 1, type: 'text', text: { body: id } }],
      },
    });
    const parsed = parseWhatsApp(
      Buffer.from(
        JSON.stringify({
          entry: [
            { changes: [change('a'), change('b')] },
            {
              changes: [
                change('c'),
                {
                  field: 'messages',
                  value: {
                    metadata: META,
                    statuses: [
                      {
                        id: 'wamid.out',
                        status: 'read',
                        timestamp: '1700000000',
                        recipient_id: '34600111222',
                      },
                      { id: 'wacid.x', type: 'call', status: 'RINGING' },
                    ],
                  },
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(parsed.messages.map((m) => m.text)).toEqual(['a', 'b', 'c']);
    expect(parsed.statuses).toEqual([
      {
        eventId: 'whatsapp-status:wamid.out:read',
        conversationId: 'whatsapp:555:34600111222',
        channel: 'whatsapp',
        platformMessageId: 'wamid.out',
        status: 'read',
        at: '2023-11-14T22:13:20.000Z',
      },
    ]);
    expect(parsed.ignored).toHaveLength(1);
  });

  it('other webhook fields are ignored', () => {
    const parsed = parseWhatsApp(body({ event: 'DISABLED' }, 'account_update'));
    expect(parsed).toEqual({ messages: [], statuses: [], ignored: ['whatsapp field "account_update"'] });
  });

  it('throws WebhookShapeError for non-JSON and for a body without entry[]', () => {
    expect(() => parseWhatsApp(Buffer.from('{nope'))).toThrow(WebhookShapeError);
    expect(() => parseWhatsApp(Buffer.from('{"object":"whatsapp_business_account"}'))).toThrow(
      WebhookShapeError,
    );
    expect(() => parseWhatsApp(Buffer.from('{"entry":{}}'))).toThrow(WebhookShapeError);
    expect(() => parseWhatsApp(Buffer.from('[]'))).toThrow(WebhookShapeError);
  });
});
