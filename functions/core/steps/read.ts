// Step "language": reads the message once — a voice note's transcript, this message's one understanding
// — and settles the language the turn answers in.
import { customerLanguage, pinFrom, settleLanguage } from '../flows/language';
import { step } from '../pipeline';

export const readStep = step('language', async (state, next) => {
  const { message, deps } = state;
  let text = message.text?.trim() ?? '';
  if (message.kind === 'audio' && deps.transcribe) {
    // The transcriber is told the language we would answer in so far; a failure is a message without words.
    await settleLanguage(state);
    text =
      (await deps.transcribe({ message, language: state.language }).catch(() => undefined))?.trim() ?? '';
  }
  state.text = text;
  // A tap carries its meaning in the payload; its visible title is only read when the payload is not ours.
  if (text && message.kind !== 'button') {
    state.u = await deps.understand({ text, conversation: state.conversation });
    pinFrom(state, state.u, text, state.conversation.language ? undefined : await customerLanguage(state));
  }
  await settleLanguage(state);
  if (state.u)
    Object.assign(state.log, {
      intent: state.u.intent,
      confidence: state.u.confidence,
      source: state.u.source,
    });
  await next();
});
