// Which translator the environment gets, and that the AWS one is wired to the endpoint and terminology.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../../../functions/config';
import { translatorFromEnv } from '../../../../functions/services/translators/index';
import { createMemoryTranslationCache } from '../../../../functions/stores/memory-translations';
import { createFakeTranslate, type FakeTranslateRequest } from '../../../../lib/local/fakes/translate';

const servers: Server[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

const base = { OPENAI_MODEL: 'gpt-test' } as const;

describe('translatorFromEnv', () => {
  it('gives no translator for TRANSLATOR=none', () => {
    expect(
      translatorFromEnv({ ...base, TRANSLATOR: 'none' }, { cache: createMemoryTranslationCache() }),
    ).toBeUndefined();
  });

  it('refuses TRANSLATOR=llm without OPENAI_API_KEY or a client, naming the variable', () => {
    expect(() =>
      translatorFromEnv({ ...base, TRANSLATOR: 'llm' }, { cache: createMemoryTranslationCache() }),
    ).toThrow(ConfigError);
    expect(() =>
      translatorFromEnv({ ...base, TRANSLATOR: 'llm' }, { cache: createMemoryTranslationCache() }),
    ).toThrow(/OPENAI_API_KEY/);
    expect(
      translatorFromEnv(
        { ...base, TRANSLATOR: 'llm', OPENAI_API_KEY: 'sk-test' },
        { cache: createMemoryTranslationCache() },
      ),
    ).toBeDefined();
  });

  it('wires TRANSLATOR=aws to AWS_ENDPOINT_URL_TRANSLATE and TRANSLATE_TERMINOLOGY, behind the cache', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const requests: FakeTranslateRequest[] = [];
    const route = createFakeTranslate({ onTranslate: (request) => requests.push(request) });
    const server = createServer(async (req, res) => {
      if (!(await route(req, res, new URL(req.url ?? '/', 'http://local')))) res.writeHead(404).end();
    });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fake/translate`;

    const cache = createMemoryTranslationCache();
    const translator = translatorFromEnv(
      {
        ...base,
        TRANSLATOR: 'aws',
        AWS_ENDPOINT_URL_TRANSLATE: endpoint,
        TRANSLATE_TERMINOLOGY: 'shop-terms, brand-terms',
      },
      { cache, glossary: ['AeroFlex'] },
    );
    const input = { text: 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ', from: 'th', to: 'en' } as const;
    expect(await translator?.translate(input)).toBe('Can I talk to a staff member, please?');
    expect(await translator?.translate(input)).toBe('Can I talk to a staff member, please?');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.terminologyNames).toEqual(['shop-terms', 'brand-terms']);
    expect(translator?.stats()).toEqual({ hits: 1, misses: 1, translatedChars: 27 });
    expect(cache.size()).toBe(1);
  });
});
