import { describe, expect, it } from 'vitest';
import type { TurnState } from '../../../functions/core/flows/state';
import { compose, step, TurnStepError } from '../../../functions/core/pipeline';
import { combineReplies } from '../../../functions/core/steps/reply';
import { TURN_STEPS } from '../../../functions/core/turn';

const stateStub = () => ({ log: { steps: [] as string[] } }) as unknown as TurnState;

describe('the turn pipeline', () => {
  it('runs the steps in one order, each deciding whether to pass the message on', async () => {
    const seen: string[] = [];
    const run = compose([
      step('outer', async (_s, next) => {
        seen.push('outer:before');
        await next();
        seen.push('outer:after');
      }),
      step('answers', async () => {
        seen.push('answers');
      }),
      step('never', async () => {
        seen.push('never');
      }),
    ]);
    const state = stateStub();
    await run(state);
    expect(seen).toEqual(['outer:before', 'answers', 'outer:after']);
    expect(state.log.steps).toEqual(['outer', 'answers']);
  });

  it('names the step that failed, with the cause', async () => {
    const boom = new Error('store down');
    const run = compose([step('ok', (_s, next) => next()), step('act', async () => Promise.reject(boom))]);
    const error = await run(stateStub()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TurnStepError);
    expect((error as TurnStepError).step).toBe('act');
    expect((error as TurnStepError).cause).toBe(boom);
  });

  it('is the documented order', () => {
    expect(TURN_STEPS.map((s) => s.name)).toEqual([
      'reply',
      'language',
      'human mode',
      'buttons',
      'media',
      'requests',
      'pending question',
      'understand',
      'decide',
      'act',
    ]);
  });
});

describe('one message per answer', () => {
  it('joins "verified" and the answer, or the handoff line and the video link, into one message', () => {
    const joined = combineReplies([
      { text: 'Thank you, you’re verified ✅' },
      { text: 'Order 48213 is on its way.', buttons: [{ id: 'handoff', title: 'Talk to a person' }] },
    ]);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.text).toBe('Thank you, you’re verified ✅\n\nOrder 48213 is on its way.');
    expect(joined[0]?.buttons).toHaveLength(1);
    const handoff = combineReplies([
      { text: 'A colleague will reply here.' },
      {
        text: 'Video call: https://meet.example.com/x',
        links: [{ url: 'https://meet.example.com/x', title: 'Video' }],
      },
    ]);
    expect(handoff).toHaveLength(1);
    expect(handoff[0]?.links).toHaveLength(1);
  });

  it('keeps two sets of buttons, images and very long texts apart', () => {
    const b = [{ id: 'x', title: 'X' }];
    expect(
      combineReplies([
        { text: 'a', buttons: b },
        { text: 'b', buttons: b },
      ]),
    ).toHaveLength(2);
    expect(combineReplies([{ text: 'a', image: { url: 'https://x/y.png' } }, { text: 'b' }])).toHaveLength(2);
    expect(combineReplies([{ text: 'a'.repeat(900) }, { text: 'b'.repeat(200) }])).toHaveLength(2);
  });
});
