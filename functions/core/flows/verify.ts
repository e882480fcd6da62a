// Verification for LINE/Telegram shoppers (and WhatsApp shoppers claiming an order placed with another
// phone): order number + the email or postcode used at checkout. The outcome of a wrong guess never says
// whether the order exists.
import { verifyShopper } from '../identity';
import { claimsSomeoneElsesOrder } from '../third-party';
import type { Intent, Understanding } from '../types';
import { agentButton, ask, clearAwaiting, say, type TurnState } from './state';

const SECRET_WORDS =
  /post\s?code|postal\s?code|zip(?:\s?code)?|\bcep\b|c[oó]digo\s+postal|code\s+postal|\bplz\b|postleitzahl|kode\s?pos|poskod|posta\s?kodu|kod\s+pocztowy|\bcap\b|mã\s+bưu\s+(?:điện|chính)|e-?mail|correo|order(?:\s?(?:no|number|nr))?|pedido|bestelling|bestellung|commande|ordine|zamówienie|sipariş|pesanan|đơn\s?hàng|รหัสไปรษณีย์|คำสั่งซื้อ|郵便番号|注文番号|邮编|邮政编码|郵遞區號|郵政編碼|订单号?|訂單(?:編號)?|우편번호|주문\s?번호|الرمز البريدي|رقم الطلب|[:：,，、]/giu;

/** The secret the shopper sent: an email, else a postcode, else a lone token that could be one. */
function secretFrom(u: Understanding, text: string, orderId: string): string | undefined {
  if (u.entities.emails[0]) return u.entities.emails[0];
  if (u.entities.postcodes[0]) return u.entities.postcodes[0];
  // A 5-digit postcode is easily read as an order number: any second "order number" is the postcode.
  const other = u.entities.orderIds.find((id) => id !== orderId);
  if (other) return other;
  // "48213 postcode 3512 JE", "订单号48213 邮编200031": the words around the code are not the code.
  const rest = text.replace(new RegExp(`[#＃]?${orderId}`, 'g'), ' ').replace(SECRET_WORDS, ' ');
  // "48213 238 801": what is left is the postcode, spaces and all.
  const whole = rest
    .replace(/[^\p{L}\p{N} -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?=.*\d)[A-Za-z0-9 -]{3,12}$/.test(whole)) return whole;
  const tokens = rest.split(/[\s,;]+/).filter((token) => /^(?=.*\d)[A-Za-z0-9-]{3,10}$/.test(token));
  return tokens.length === 1 ? tokens[0] : undefined;
}

/**
 * Asks for, or checks, verification. Returns the verified order number to continue with, or undefined
 * when the turn has replied (asked, failed, locked).
 */
export async function verifyStep(
  state: TurnState,
  u: Understanding,
  intent: Intent,
  pendingOrderId?: string,
): Promise<string | undefined> {
  const text = state.text;
  if (state.message.inGroup) {
    // Verifying here would show the answer to the whole group: the shopper is asked to write privately.
    say(state, 'verify_private_only');
    clearAwaiting(state);
    state.log.action = 'verify';
    return undefined;
  }
  // With an email/postcode beside it, an order number in this message wins over the one asked about
  // before (the shopper corrected it); alone, a second number is more likely a numeric postcode.
  const named = u.entities.orderIds[0];
  const hasSecret = u.entities.emails.length + u.entities.postcodes.length > 0;
  const orderId = hasSecret || !pendingOrderId ? (named ?? pendingOrderId) : pendingOrderId;
  if (!orderId) {
    say(state, 'verify_ask');
    ask(state, { kind: 'verify', intent });
    state.log.action = 'verify';
    return undefined;
  }
  const secret = secretFrom(u, text, orderId);
  if (!secret) {
    say(state, 'verify_ask_secret', { order: orderId });
    ask(state, { kind: 'verify', intent, orderId });
    state.log.action = 'verify';
    return undefined;
  }
  if (claimsSomeoneElsesOrder(text)) {
    // Someone else's order proved with their e-mail is what an impostor sends: the owner writes themselves.
    say(state, 'verify_third_party', { order: orderId });
    clearAwaiting(state);
    state.log.action = 'verify';
    return undefined;
  }
  const outcome = await verifyShopper({
    orders: state.deps.orders,
    conversation: state.conversation,
    orderId,
    secret,
    now: state.now,
    ...(state.deps.verifyGuard ? { guard: state.deps.verifyGuard } : {}),
  });
  state.conversation = outcome.conversation;
  state.log.action = 'verify';
  if (!outcome.ok) {
    if (outcome.reason === 'locked') {
      say(state, 'verify_locked', { minutes: outcome.minutes }, { buttons: [agentButton(state)] });
      clearAwaiting(state);
    } else {
      say(state, 'verify_failed');
      ask(state, { kind: 'verify', intent });
    }
    return undefined;
  }
  clearAwaiting(state);
  say(state, 'verify_ok');
  state.conversation.focusOrderId = orderId;
  return orderId;
}
