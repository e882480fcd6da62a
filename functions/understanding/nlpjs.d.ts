// Minimal typings for the parts of nlp.js we use (the packages ship none).
declare module '@nlpjs/core' {
  export interface Container {
    register(name: string, instance: unknown, isSingleton?: boolean): void;
  }
  export function containerBootstrap(): Container;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';
  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    export(minified?: boolean): string;
    import(data: string | object): void;
    nluManager: {
      process(
        locale: string,
        utterance: string,
      ): Promise<{ classifications: NlpClassification[]; intent: string; score: number }>;
    };
    container: Container;
  }
}
