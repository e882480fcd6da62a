import { describe, expect, it } from 'vitest';
import {
  informativeLength,
  type LanguageState,
  languageFromHint,
  pinLanguage,
} from '../../../functions/core/language';

const sure = (language: 'en' | 'es' | 'th') => ({ language, confidence: 0.95 });

describe('pinLanguage', () => {
  it('pins the first detected language directly from a short message, but not from a lone word like "STOP"', () => {
    expect(pinLanguage({}, sure('es'), 5)).toEqual({ language: 'es', languageCandidate: undefined });
    expect(pinLanguage({}, sure('en'), 4)).toEqual({ language: undefined, languageCandidate: undefined });
  });

  it('never switches on short or content-free messages', () => {
    let state: LanguageState = { language: 'es' };
    for (const text of ['ok', '👍', '48213', 'ORD-48213', 'thx']) {
      state = pinLanguage(state, { language: 'en', confidence: 0.9 }, informativeLength(text));
    }
    expect(state.language).toBe('es');
    expect(state.languageCandidate).toBeUndefined();
  });

  it('switches after two consecutive substantive messages in another language', () => {
    let state: LanguageState = { language: 'es' };
    state = pinLanguage(state, sure('en'), informativeLength('where is my order please'));
    expect(state.language).toBe('es');
    expect(state.languageCandidate).toEqual({ language: 'en', streak: 1 });
    state = pinLanguage(state, sure('en'), informativeLength('it was supposed to arrive last week'));
    expect(state).toEqual({ language: 'en', languageCandidate: undefined });
  });

  it('resets the streak when the shopper goes back to the pinned language', () => {
    let state: LanguageState = { language: 'es' };
    state = pinLanguage(state, sure('en'), 20);
    state = pinLanguage(state, sure('es'), 20);
    state = pinLanguage(state, sure('en'), 20);
    expect(state.language).toBe('es');
    expect(state.languageCandidate?.streak).toBe(1);
  });

  it('ignores uncertain detections', () => {
    const state = pinLanguage({ language: 'th' }, { language: 'en', confidence: 0.3 }, 30);
    expect(state.language).toBe('th');
    expect(state.languageCandidate).toBeUndefined();
  });

  it('pins nothing from an unsure first detection ("oi" guessed as English)', () => {
    expect(pinLanguage({}, { language: 'en', confidence: 0 }, 2)).toEqual({
      language: undefined,
      languageCandidate: undefined,
    });
    expect(pinLanguage({}, { language: 'es', confidence: 0.5 }, 20).language).toBeUndefined();
  });

  it('keeps the state when nothing was detected', () => {
    expect(pinLanguage({ language: 'en' }, { confidence: 0 }, 0).language).toBe('en');
  });
});

describe('informativeLength', () => {
  it('counts letters, not digits, ids or emoji; dense scripts count double', () => {
    expect(informativeLength('48213')).toBe(0);
    expect(informativeLength('👍👍')).toBe(0);
    expect(informativeLength('ok')).toBe(2);
    expect(informativeLength('你好')).toBe(4);
  });

  it('counts no letters in an email address or a link', () => {
    expect(informativeLength('mei.lin@example.com')).toBe(0);
    expect(informativeLength('https://shop.example.com/track')).toBe(0);
    expect(informativeLength('it is mei@example.com')).toBe(4);
  });
});

describe('languageFromHint', () => {
  it.each([
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['zh-hans', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['id', 'id'],
    ['in', 'id'],
    ['en-US', 'en'],
    ['tl', 'fil'],
    ['ms_MY', 'ms'],
  ])('%s → %s', (hint, language) => {
    expect(languageFromHint(hint)).toBe(language);
  });

  it('returns undefined for languages we do not write', () => {
    expect(languageFromHint('ru')).toBeUndefined();
    expect(languageFromHint('')).toBeUndefined();
    expect(languageFromHint(undefined)).toBeUndefined();
  });
});
