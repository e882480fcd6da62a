// The console page as a document: what it embeds, what its CSP allows, and that nothing in it can reach
// beyond its own origin. The page's behaviour is tested in a real browser by test/e2e/console.e2e.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_CSP,
  ConsolePageError,
  jsonForScript,
  renderConsolePage,
} from '../../../functions/handlers/agent-console-page';

const COGNITO = {
  auth: 'cognito',
  cognitoDomainUrl: 'https://crossdesk-agents-123456789012.auth.eu-west-1.amazoncognito.com/',
  clientId: '5abc123example',
  redirectUri: 'https://api.example.com/console',
} as const;

function configOf(html: string): unknown {
  const match = /<script type="application\/json" id="console-config">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no console-config element');
  return JSON.parse(match[1]!);
}

function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  // Only executable scripts: the JSON data block is not run and needs no hash.
  const pattern = tag === 'script' ? /<script>([\s\S]*?)<\/script>/g : /<style>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(pattern)].map((m) => m[1]!);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('renderConsolePage', () => {
  it('embeds the options as JSON the page reads back unchanged', () => {
    const { html } = renderConsolePage(COGNITO);
    expect(configOf(html)).toEqual({
      auth: 'cognito',
      cognitoDomainUrl: 'https://crossdesk-agents-123456789012.auth.eu-west-1.amazoncognito.com',
      clientId: '5abc123example',
      redirectUri: 'https://api.example.com/console',
    });
    expect(configOf(renderConsolePage({ auth: 'token' }).html)).toEqual({ auth: 'token' });
  });

  it('keeps a hostile clientId inside its JSON element', () => {
    const clientId = '</script><script>alert(1)</script><!--&amp;\u2028';
    const { html } = renderConsolePage({ ...COGNITO, clientId });
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the config's and the console script's closers only
    expect(html).not.toContain('alert(1)</script>');
    expect(html).not.toContain('<!--&');
    expect(configOf(html)).toMatchObject({ clientId });
  });

  it('escapes <, >, & and the JS line separators', () => {
    expect(jsonForScript({ a: '<b>&\u2028\u2029' })).toBe('{"a":"\\u003cb\\u003e\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(jsonForScript({ a: '<b>&\u2028' }))).toEqual({ a: '<b>&\u2028' });
  });

  it('allows exactly its own inline script and style by hash, with no unsafe-inline', () => {
    const { html, csp } = renderConsolePage({ auth: 'token' });
    const policy = directives(csp);
    const scripts = inlineBlocks(html, 'script');
    const styles = inlineBlocks(html, 'style');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([sha256(scripts[0]!)]);
    expect(policy.get('style-src')).toEqual([sha256(styles[0]!)]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp).toBe(CONSOLE_CSP);
    // No inline handlers or style attributes, which the hashes would not cover.
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
  });

  it('lets the page talk to the Cognito domain (its origin only) in cognito mode', () => {
    const { csp, headers } = renderConsolePage(COGNITO);
    expect(directives(csp).get('connect-src')).toEqual([
      "'self'",
      'https://crossdesk-agents-123456789012.auth.eu-west-1.amazoncognito.com',
    ]);
    expect(headers['content-security-policy']).toBe(csp);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses a Cognito domain that is not https or could smuggle a directive', () => {
    expect(() => renderConsolePage({ ...COGNITO, cognitoDomainUrl: 'http://evil.example.com' })).toThrow(
      ConsolePageError,
    );
    expect(() => renderConsolePage({ ...COGNITO, cognitoDomainUrl: 'not a url' })).toThrow(ConsolePageError);
    expect(() => renderConsolePage({ auth: 'cognito', clientId: 'x' })).toThrow(/cognitoDomainUrl/);
    const { csp } = renderConsolePage({
      ...COGNITO,
      cognitoDomainUrl: "https://auth.example.com/;script-src 'unsafe-inline'",
    });
    expect(csp).not.toContain('unsafe-inline');
  });

  it('references no external resource: no URL in the page but the configured ones', () => {
    for (const options of [{ auth: 'token' } as const, COGNITO]) {
      const { html } = renderConsolePage(options);
      const withoutConfig = html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '');
      expect(withoutConfig).not.toMatch(/(?:https?:)?\/\/[a-z0-9-]+\.[a-z]/i);
      expect(withoutConfig).not.toMatch(/<(?:link|script|img|iframe)[^>]+(?:src|href)=["'](?!data:)/i);
      for (const style of inlineBlocks(html, 'style')) expect(style).not.toMatch(/@import|url\(/i);
    }
  });

  it('keeps the inline script free of sequences that would end or confuse its element', () => {
    const [script] = inlineBlocks(renderConsolePage({ auth: 'token' }).html, 'script');
    expect(script).not.toMatch(/<\/script|<!--|<script/i);
    // And it never writes HTML: every node is built with createElement and textContent.
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('names the storage keys and routes the agent API contract uses', () => {
    const { html } = renderConsolePage({ auth: 'token' });
    for (const needle of [
      'crossdesk.agentToken',
      'crossdesk.agentName',
      "'x-agent-name'",
      '/agent/conversations?status=',
      "'/claim'",
      "'/messages'",
      "'/translate'",
      "'/video'",
      "'/release'",
      "'/close'",
      '/oauth2/authorize',
      '/oauth2/token',
      'code_verifier',
      "'S256'",
      '/logout',
    ]) {
      expect(html).toContain(needle);
    }
  });
});
