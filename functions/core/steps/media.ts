// Step "media": photos, videos and files (damage evidence when a claim waits for it, else "what is it
// about?"), and voice notes we could not transcribe.
import { answerIntent } from '../flows/answer';
import { attachDamagePhoto } from '../flows/orders';
import { agentButton, ask, mediaRef, say } from '../flows/state';
import { step } from '../pipeline';

const VISUAL = new Set(['image', 'video', 'file']);

export const mediaStep = step('media', async (state, next) => {
  const { message, pending } = state;
  if (message.kind === 'audio' && !state.text) {
    return say(state, 'voice_not_supported', undefined, { buttons: [agentButton(state)] });
  }
  if (!VISUAL.has(message.kind)) return next();
  if (pending?.kind === 'damage_photo') return attachDamagePhoto(state, pending.orderId);
  const u = state.u;
  if (u && u.intent === 'damaged_item' && !u.signals.injection) return answerIntent(state, u, 'damaged_item');
  // Keep the photo: if the next message says it arrived broken, it goes into the claim.
  const photo = mediaRef(message);
  const photos = [...(pending?.kind === 'media_context' ? pending.photos : []), ...(photo ? [photo] : [])];
  say(state, message.kind === 'image' ? 'image_ask_context' : 'media_received');
  ask(state, { kind: 'media_context', photos });
});
