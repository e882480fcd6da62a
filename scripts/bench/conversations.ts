// Scripted 6-turn conversations for the cost benchmark, written for the seeded demo shoppers
// (lib/local/seed-data/demo-shoppers.ts): WhatsApp shoppers are known by their phone, LINE and Telegram
// shoppers verify with an order number + email or postcode. Which path each turn takes (offline, LLM,
// handoff) is NOT declared here: the benchmark reads it from what the real turn did.
import type { ChannelName } from '../../functions/core/types';

export interface ScriptedTurn {
  /** What the shopper sends. */
  text: string;
  /** When the conversation is with a person: what the agent answers (through the agent API). */
  agentReply?: string;
  /**
   * How long after the shopper's message the agent answers, when it matters to the platform: past 24 hours
   * WhatsApp only takes a template (billed), and a LINE reply token is long gone (a push). @default 0
   */
  agentReplyAfterHours?: number;
}

export interface ScriptedConversation {
  /** What the script is meant to exercise; the benchmark checks it against what happened. */
  intended: 'offline' | 'llm' | 'handoff';
  /** A key of DEMO_SHOPPERS. */
  shopper: string;
  channel: ChannelName;
  turns: ScriptedTurn[];
}

const t = (text: string, agentReply?: string, agentReplyAfterHours?: number): ScriptedTurn => ({
  text,
  ...(agentReply ? { agentReply } : {}),
  ...(agentReplyAfterHours ? { agentReplyAfterHours } : {}),
});

export const CONVERSATIONS: ScriptedConversation[] = [
  // --- answered offline: status, ETA, address change, cancel, size, return, verification ---
  {
    intended: 'offline',
    shopper: 'maria-whatsapp',
    channel: 'whatsapp',
    turns: [
      t('oi, boa tarde! onde está meu pedido 50731?'),
      t('e quando chega?'),
      t('quero mudar o endereço de entrega do pedido 52118'),
      t('Rua Augusta, 1500, apto 12, São Paulo, 01304-001'),
      t('sim'),
      t('obrigada!'),
    ],
  },
  {
    intended: 'offline',
    shopper: 'lucia-whatsapp',
    channel: 'whatsapp',
    turns: [
      t('hola'),
      t('¿dónde está mi pedido 51877?'),
      t('¿y cuándo llega?'),
      t('quiero cancelar el pedido 52230'),
      t('sí'),
      t('muchas gracias'),
    ],
  },
  {
    intended: 'offline',
    shopper: 'yui-line',
    channel: 'line',
    turns: [
      t('こんにちは'),
      t('注文51842はどこですか？'),
      t('yui.tanaka@example.jp'),
      t('いつ届きますか？'),
      t('返品はできますか？'),
      t('ありがとうございます'),
    ],
  },
  {
    intended: 'offline',
    shopper: 'budi-telegram',
    channel: 'telegram',
    turns: [
      t('halo'),
      t('pesanan saya 54406 di mana?'),
      t('budi.santoso@example.co.id'),
      t('kapan sampainya?'),
      t('ukuran kemeja apa untuk tinggi 175 cm berat 70 kg?'),
      t('terima kasih'),
    ],
  },
  {
    intended: 'offline',
    shopper: 'lukas-telegram',
    channel: 'telegram',
    turns: [
      t('hallo'),
      t('wo ist meine Bestellung 55012?'),
      t('10115'),
      t('wann kommt sie an?'),
      t('kann ich die Bestellung zurückschicken?'),
      t('danke schön'),
    ],
  },
  {
    intended: 'offline',
    shopper: 'lucia-whatsapp',
    channel: 'whatsapp',
    turns: [
      t('buenas'),
      t('¿qué talla del gabardina me queda si mido 165 cm y peso 58 kg?'),
      t('¿puedo devolver el pedido 51877 si no me queda?'),
      t('¿cuánto tiempo tengo para devolverlo?'),
      t('perfecto'),
      t('gracias, adiós'),
    ],
  },
  {
    intended: 'offline',
    shopper: 'yichun-line',
    channel: 'line',
    turns: [
      t('您好，請問訂單52005'),
      t('yichun.chen@example.com.tw'),
      t('鞋子太小了，我想退貨'),
      t('退款多久會到？'),
      t('請問退貨標籤在哪裡？'),
      t('謝謝'),
    ],
  },
  // --- one or two turns the offline model is unsure of: the LLM takes them ---
  {
    intended: 'llm',
    shopper: 'james-whatsapp',
    channel: 'whatsapp',
    turns: [
      t('hi there'),
      t('where is my order 51409?'),
      t(
        'no scan in three weeks, honestly is it lost or should I keep waiting? I need those jeans for a trip on the 20th',
      ),
      t('ok'),
      t('is the linen throw machine washable and does it shrink?'),
      t('thanks'),
    ],
  },
  {
    intended: 'llm',
    shopper: 'yichun-line',
    channel: 'line',
    turns: [
      t('你好'),
      t('我的訂單52005'),
      t('yichun.chen@example.com.tw'),
      t('鞋子穿起來有點緊，前面會磨腳，是換大半號比較好還是直接退貨再買別款？'),
      t('好'),
      t('謝謝'),
    ],
  },
  // --- a person takes over; the agent reads the shopper in their own language through translation ---
  {
    intended: 'handoff',
    shopper: 'maria-whatsapp',
    channel: 'whatsapp',
    turns: [
      t('oi'),
      t('meu pedido 47020 chegou com a caneca quebrada'),
      t('quero falar com um atendente humano, por favor'),
      t(
        'a caneca veio rachada no fundo, a caixa estava amassada',
        'Sorry about that! I have opened a claim and a replacement mug ships tomorrow.',
      ),
      t(
        'e preciso devolver a quebrada?',
        'No need to send it back, please just recycle it. The replacement tracking number follows by message.',
      ),
      t('obrigada', 'You are welcome, have a nice day!'),
    ],
  },
  {
    intended: 'handoff',
    shopper: 'yui-line',
    channel: 'line',
    turns: [
      t('こんにちは'),
      t('注文51842のことで相談したいです'),
      t('yui.tanaka@example.jp'),
      t('オペレーターさんと話せますか？'),
      t(
        'サイズ交換したいんですけど、送料ってこっち負担ですか？',
        'Exchanges are free for you: I have emailed a prepaid return label for order 51842.',
      ),
      t('助かります！ありがとうございます', 'You are welcome, enjoy the new size!'),
    ],
  },
  // The agent answers the next day: outside WhatsApp's 24-hour window only a template may go out.
  {
    intended: 'handoff',
    shopper: 'lucia-whatsapp',
    channel: 'whatsapp',
    turns: [
      t('hola'),
      t('me llegó el pedido 51877 pero la gabardina trae una costura abierta 😕'),
      t('quiero hablar con alguien de atención al cliente porfa'),
      t(
        'está descosida en el hombro, ¿me mandan otra?',
        'So sorry! A new trench coat ships today and you can keep the damaged one.',
        26,
      ),
      t('va, muchas gracias'),
      t('saludos'),
    ],
  },
];
