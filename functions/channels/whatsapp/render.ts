// OutboundMessage → WhatsApp Cloud API messages, built with whatsapp-api-js's message classes. The
// classes validate Meta's limits when constructed (3 reply buttons, 20-char titles, 1024-char bodies…);
// whenever they refuse, we fall back one step (buttons → list → numbered text) instead of failing a turn.

import {
  ActionButtons,
  ActionCTA,
  ActionList,
  Body,
  BodyComponent,
  BodyParameter,
  Button,
  Image,
  Interactive,
  Language,
  ListSection,
  PayloadComponent,
  Row,
  Template,
  Text,
} from 'whatsapp-api-js/messages';
import type { ClientMessage } from 'whatsapp-api-js/types';
import type { OutboundMessage, Language as ShopperLanguage } from '../../core/types';
import { plainText, splitText, truncate, uniqueLabels } from '../outbound-text';

const BODY_MAX = 1024;
const TEXT_MAX = 4096;

// The label on the button that opens a list (≤ 20 chars). Fixed UI text, so a small table is enough.
const LIST_BUTTON: Partial<Record<ShopperLanguage, string>> = {
  en: 'Choose',
  es: 'Elegir',
  'pt-BR': 'Escolher',
  id: 'Pilih',
  ms: 'Pilih',
  th: 'เลือก',
  vi: 'Chọn',
  ja: '選択',
  'zh-Hans': '选择',
  'zh-Hant': '選擇',
  ko: '선택',
  ar: 'اختر',
  fr: 'Choisir',
  de: 'Auswählen',
  tr: 'Seç',
  fil: 'Pumili',
  it: 'Scegli',
  nl: 'Kiezen',
  pl: 'Wybierz',
};

type AtLeastOne<T> = [T, ...T[]];

function textMessages(text: string, preview: boolean): ClientMessage[] {
  return splitText(text, TEXT_MAX).map((piece) => new Text(piece, preview));
}

function listAction(message: OutboundMessage, rows: Row[]): ActionList {
  const label = LIST_BUTTON[message.language ?? 'en'] ?? 'Choose';
  return new ActionList(label, new ListSection(undefined, ...(rows as AtLeastOne<Row>)));
}

/** The interactive form of the message, or undefined when it cannot be one. */
function interactive(message: OutboundMessage): ClientMessage | undefined {
  const buttons = message.buttons ?? [];
  const links = message.links ?? [];
  try {
    // Rows with a second line: only list rows have one (title ≤ 24, description ≤ 72).
    if (buttons.some((b) => b.description) && buttons.length <= 10) {
      const body = plainText(message, { buttons: false });
      if (body.length > BODY_MAX) return undefined;
      const rows = buttons.map(
        (button) =>
          new Row(
            button.id.trim().slice(0, 200),
            truncate(button.title.trim() || button.id, 24),
            button.description ? truncate(button.description, 72) : undefined,
          ),
      );
      return new Interactive(listAction(message, rows), new Body(body));
    }
    if (buttons.length >= 1 && buttons.length <= 3) {
      const body = plainText(message, { buttons: false });
      const labels = uniqueLabels(buttons, 20);
      if (!labels || body.length > BODY_MAX) return undefined;
      const replies = buttons.map((button, i) => new Button(button.id.trim().slice(0, 256), labels[i]!));
      return new Interactive(new ActionButtons(...(replies as AtLeastOne<Button>)), new Body(body));
    }
    if (buttons.length >= 4 && buttons.length <= 10) {
      const body = plainText(message, { buttons: false });
      const labels = uniqueLabels(buttons, 24);
      if (!labels || body.length > BODY_MAX) return undefined;
      const rows = buttons.map((button, i) => new Row(button.id.trim().slice(0, 200), labels[i]!));
      return new Interactive(listAction(message, rows), new Body(body));
    }
    if (buttons.length === 0 && links.length === 1 && message.text.length <= BODY_MAX && message.text) {
      const link = links[0]!;
      return new Interactive(new ActionCTA(truncate(link.title, 20), link.url), new Body(message.text));
    }
  } catch {
    // The SDK refused a limit we did not foresee: the text fallback below still says everything.
  }
  return undefined;
}

/**
 * Renders a message for inside the 24-hour window.
 * @example
 * renderWhatsApp({ text: 'Which order?', buttons: [{ id: 'o:1', title: '#10001' }] }) // [Interactive]
 */
export function renderWhatsApp(message: OutboundMessage): ClientMessage[] {
  const out: ClientMessage[] = [];
  const rest: OutboundMessage = { ...message };
  if (message.image) {
    const simple = !message.buttons?.length && !message.links?.length && message.text.length <= BODY_MAX;
    if (simple) return [new Image(message.image.url, false, message.text || message.image.caption)];
    out.push(new Image(message.image.url, false, message.image.caption));
  }
  if (!rest.text && !rest.buttons?.length && !rest.links?.length) return out;
  const native = interactive(rest);
  if (native) out.push(native);
  else out.push(...textMessages(plainText(rest), Boolean(rest.links?.length)));
  return out;
}

export interface TemplateSettings {
  name: string;
  languageCodes: Partial<Record<ShopperLanguage, string>>;
  defaultLanguageCode: string;
}

/**
 * The approved fallback template with the message's text as its one body parameter.
 * Meta rejects parameters with newlines, tabs or more than four spaces in a row, so those are folded.
 */
export function renderTemplate(message: OutboundMessage, template: TemplateSettings): ClientMessage {
  const code = (message.language && template.languageCodes[message.language]) || template.defaultLanguageCode;
  const folded = plainText(message)
    .replace(/\s*\n+\s*/g, ' · ')
    .replace(/\t/g, ' ')
    .replace(/ {4,}/g, '   ');
  return new Template(
    template.name,
    new Language(code),
    new BodyComponent(new BodyParameter(truncate(folded, BODY_MAX))),
  );
}

export interface PurposeTemplateSettings extends TemplateSettings {
  /** The message's named values in the template's {{1}}, {{2}}… order. */
  parameters: readonly string[];
  /**
   * The payloads of the template's quick-reply buttons, in the template's order: the button labels are
   * fixed when Meta approves the template, so the payloads are fixed with them (not taken from the message).
   */
  quickReplies: readonly string[];
}

/** Folds what Meta rejects in a parameter: newlines, tabs, more than four spaces in a row. */
const foldParameter = (text: string): string =>
  text
    .replace(/\s*\n+\s*/g, ' · ')
    .replace(/\t/g, ' ')
    .replace(/ {4,}/g, '   ');

/**
 * A purpose template (e.g. `delay_update`): each configured parameter filled from the message's values (a
 * missing value is a dash: Meta rejects empty parameters), its quick-reply buttons given the configured
 * payloads so a tap comes back to the same dialog step as a tap on the in-window message's buttons.
 */
export function renderPurposeTemplate(
  message: OutboundMessage,
  template: PurposeTemplateSettings,
): ClientMessage {
  const code = (message.language && template.languageCodes[message.language]) || template.defaultLanguageCode;
  const values = message.template?.values ?? {};
  const parameters = template.parameters.map(
    (name) => new BodyParameter(truncate(foldParameter(values[name]?.trim() || '-'), BODY_MAX)),
  );
  const [first, ...rest] = parameters;
  const body = first ? [new BodyComponent(first, ...rest)] : [];
  const buttons = template.quickReplies.map((payload) => new PayloadComponent(payload));
  return new Template(template.name, new Language(code), ...body, ...buttons);
}
