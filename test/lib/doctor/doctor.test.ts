import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHECKS,
  CHROMIUM_PATH,
  type CheckId,
  type CheckResult,
  type DoctorEnv,
  type ExecResult,
  exitCode,
  formatReport,
  type PortState,
  runChecks,
} from '../../../lib/doctor/checks';
import { createNodeEnv } from '../../../lib/doctor/node-env';

const ROOT = '/home/dev/crossdesk';
const GB = 1024 ** 3;

type Program = (args: readonly string[]) => ExecResult | Promise<ExecResult>;

interface FakeOptions {
  /** null removes a default file. */
  files?: Record<string, string | number | null>;
  /** null removes a default directory. */
  dirs?: Record<string, readonly string[] | null>;
  programs?: Record<string, Program>;
  ports?: Record<number, PortState>;
  http?: Record<string, { status: number; body: string }>;
  vars?: Record<string, string>;
  freeBytes?: number;
  nodeVersion?: string;
  isRoot?: boolean;
}

const ok = (stdout = ''): ExecResult => ({ code: 0, stdout, stderr: '' });
const notFound: ExecResult = { code: null, stdout: '', stderr: '', failure: 'not-found' };

/** A healthy machine unless told otherwise. */
function healthyPrograms(): Record<string, Program> {
  return {
    [`${ROOT}/node_modules/.bin/node`]: () => ok('v24.21.0\n'),
    npm: () => ok(`crossdesk@0.1.0 ${ROOT}\n├── vitest@5.1.1\n`),
    [CHROMIUM_PATH]: () => ok('Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)\n'),
    'fc-list': () => ok('Noto Sans CJK JP,Noto Sans CJK JP Regular\n'),
  };
}

function fakeEnv(options: FakeOptions = {}): DoctorEnv {
  const files: Record<string, string | number | null> = {
    [`${ROOT}/package.json`]: JSON.stringify({ devDependencies: { node: '24.21.0' } }),
    [`${ROOT}/package-lock.json`]: 1_000,
    [`${ROOT}/node_modules/.package-lock.json`]: 2_000,
    [CHROMIUM_PATH]: '#!/bin/sh',
    '/usr/bin/aws': '',
    ...options.files,
  };
  const dirs: Record<string, readonly string[] | null> = {
    '/': ['home', 'usr'],
    '/home': ['dev'],
    '/home/dev': ['crossdesk', 'shared'],
    [ROOT]: ['node_modules', 'package.json'],
    [`${ROOT}/node_modules`]: ['vitest'],
    '/home/dev/shared/conformance': ['line', 'telegram', 'whatsapp', 'signatures.json'],
    ...options.dirs,
  };
  for (const [path, value] of Object.entries(files)) if (value === null) delete files[path];
  for (const [path, value] of Object.entries(dirs)) if (value === null) delete dirs[path];
  const programs = { ...healthyPrograms(), ...options.programs };
  return {
    projectRoot: ROOT,
    vars: { PATH: '/usr/local/bin:/usr/bin', ...options.vars },
    nodeVersion: options.nodeVersion ?? 'v24.21.0',
    homeDir: '/home/dev',
    isRoot: options.isRoot ?? false,
    async exec(file, args) {
      const program = programs[file];
      return program ? program(args) : notFound;
    },
    fs: {
      exists: async (path) => path in files || path in dirs,
      readText: async (path) => {
        const value = files[path];
        return typeof value === 'string' ? value : undefined;
      },
      mtimeMs: async (path) => {
        const value = files[path];
        return typeof value === 'number' ? value : value === undefined ? undefined : 1;
      },
      readDir: async (path) => dirs[path] ?? undefined,
      freeBytes: async () => options.freeBytes ?? 50 * GB,
    },
    async fetch(url) {
      const answer = options.http?.[url];
      if (!answer) throw new TypeError('fetch failed: ECONNREFUSED');
      return answer;
    },
    net: { probePort: async (port) => options.ports?.[port] ?? 'free' },
  };
}

async function check(env: DoctorEnv, id: CheckId): Promise<CheckResult> {
  const results = await runChecks(env);
  const found = results.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} result`);
  return found;
}

describe('doctor checks against fake environments', () => {
  it('passes a healthy machine with every check on its own line', async () => {
    const results = await runChecks(fakeEnv());
    expect(results.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
    expect(results.filter((r) => r.status !== 'ok' && r.status !== 'info')).toEqual([]);
    expect(exitCode(results)).toBe(0);
    const report = formatReport(results);
    for (const c of CHECKS) expect(report).toMatch(new RegExp(`^✔ ${c.label}|^· ${c.label}`, 'm'));
    expect(report).toContain('Ready for npm start and npm test');
    expect(report.split('\n').length).toBeLessThan(25);
  });

  it('fails on missing chromium and prints the apt command', async () => {
    const env = fakeEnv({ files: { [CHROMIUM_PATH]: null } });
    const results = await runChecks(env);
    const chromium = results.find((r) => r.id === 'chromium')!;
    expect(chromium.status).toBe('fail');
    expect(chromium.found).toContain('browser tests will be skipped');
    expect(chromium.fix).toBe('sudo apt-get install -y chromium');
    expect(exitCode(results)).toBe(1);
    const report = formatReport(results);
    expect(report).toMatch(/^✖ Chromium/m);
    expect(report).toContain('→ sudo apt-get install -y chromium');
    expect(report).toContain('1 problem');
  });

  it('fails when chromium is there but does not run', async () => {
    const env = fakeEnv({
      programs: { [CHROMIUM_PATH]: () => ({ code: 127, stdout: '', stderr: 'libnss3.so: not found' }) },
    });
    const chromium = await check(env, 'chromium');
    expect(chromium.status).toBe('fail');
    expect(chromium.found).toContain('libnss3.so');
    expect(chromium.fix).toContain('--reinstall');
  });

  it('fails when the port is held by another program and suggests a free one', async () => {
    const env = fakeEnv({ ports: { 3000: 'in-use', 3001: 'in-use' } });
    const results = await runChecks(env);
    const port = results.find((r) => r.id === 'port')!;
    expect(port.status).toBe('fail');
    expect(port.found).toContain('another program');
    expect(port.fix).toContain('PORT=3002 npm start');
    expect(exitCode(results)).toBe(1);
  });

  it('fails when something that is not Crossdesk answers /dev/health', async () => {
    const env = fakeEnv({
      ports: { 3000: 'in-use' },
      http: { 'http://127.0.0.1:3000/dev/health': { status: 200, body: '<html>Grafana</html>' } },
    });
    expect((await check(env, 'port')).status).toBe('fail');
  });

  it('warns "already running" when the port is held by Crossdesk itself', async () => {
    const env = fakeEnv({
      ports: { 3000: 'in-use' },
      http: {
        'http://127.0.0.1:3000/dev/health': {
          status: 200,
          body: JSON.stringify({ ok: true, url: 'http://127.0.0.1:3000', dataDir: `${ROOT}/.crossdesk` }),
        },
      },
    });
    const results = await runChecks(env);
    const port = results.find((r) => r.id === 'port')!;
    expect(port.status).toBe('warn');
    expect(port.found).toContain('already running');
    expect(port.found).toContain(`${ROOT}/.crossdesk`);
    expect(exitCode(results)).toBe(0);
    expect(formatReport(results)).toMatch(/^! Port .*already running/m);
  });

  it('honours PORT and rejects a PORT that is no port', async () => {
    expect((await check(fakeEnv({ vars: { PORT: '4000' }, ports: { 3000: 'in-use' } }), 'port')).status).toBe(
      'ok',
    );
    const busy = await check(fakeEnv({ vars: { PORT: '4000' }, ports: { 4000: 'in-use' } }), 'port');
    expect(busy.fix).toContain('PORT=4001');
    expect((await check(fakeEnv({ vars: { PORT: '70000' } }), 'port')).status).toBe('fail');
  });

  it('only warns about missing fonts: they matter for screenshots alone', async () => {
    const env = fakeEnv({
      programs: {
        'fc-list': (args) => (args[0] === ':lang=ar' ? ok('DejaVu Sans\n') : ok('')),
      },
    });
    const results = await runChecks(env);
    const fonts = results.find((r) => r.id === 'fonts')!;
    expect(fonts.status).toBe('warn');
    expect(fonts.found).toContain('screenshots only');
    expect(fonts.found).toContain('Japanese');
    expect(fonts.found).not.toContain('Arabic');
    expect(fonts.fix).toBe('sudo apt-get install -y fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji');
    expect(exitCode(results)).toBe(0);
    expect(formatReport(results)).toMatch(/^! Fonts/m);
  });

  it('names only the packages for the scripts that are missing', async () => {
    const env = fakeEnv({
      programs: { 'fc-list': (args) => (args[0] === ':lang=und-zsye' ? ok('') : ok('Noto Sans\n')) },
    });
    expect((await check(env, 'fonts')).fix).toBe('sudo apt-get install -y fonts-noto-color-emoji');
  });

  it('offers one apt-get line for chromium and fonts together, without sudo for root', async () => {
    const env = fakeEnv({
      files: { [CHROMIUM_PATH]: null },
      programs: { 'fc-list': () => ok('') },
      isRoot: true,
    });
    const report = formatReport(await runChecks(env), { isRoot: true });
    expect(report).toContain(
      'Everything from Debian at once: apt-get install -y chromium fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji',
    );
    expect(report).not.toContain('sudo');
  });

  it('warns when fontconfig itself is missing', async () => {
    const fonts = await check(fakeEnv({ programs: { 'fc-list': () => notFound } }), 'fonts');
    expect(fonts.status).toBe('warn');
    expect(fonts.fix).toContain('fontconfig');
  });

  it('checks node_modules against package-lock.json', async () => {
    const missing = await check(fakeEnv({ dirs: { [`${ROOT}/node_modules`]: null } }), 'deps');
    expect(missing).toMatchObject({ status: 'fail', fix: 'npm ci --no-audit --no-fund' });

    const stale = await check(fakeEnv({ files: { [`${ROOT}/package-lock.json`]: 3_000 } }), 'deps');
    expect(stale).toMatchObject({ status: 'fail', found: 'package-lock.json is newer than node_modules' });

    const broken = await check(
      fakeEnv({
        programs: {
          npm: () => ({
            code: 1,
            stdout: '├── UNMET DEPENDENCY vitest@5.1.1\n',
            stderr: 'npm error missing: vitest@5.1.1, required by crossdesk@0.1.0\n',
          }),
        },
      }),
      'deps',
    );
    expect(broken.status).toBe('fail');
    expect(broken.found).toContain('vitest@5.1.1');

    const slow = await check(
      fakeEnv({ programs: { npm: () => ({ code: null, stdout: '', stderr: '', failure: 'timeout' }) } }),
      'deps',
    );
    expect(slow.status).toBe('warn');
  });

  it('checks the pinned Node 24', async () => {
    const noPin = { [`${ROOT}/node_modules/.bin/node`]: () => notFound };
    const old = await check(fakeEnv({ programs: noPin, nodeVersion: 'v20.20.2' }), 'node');
    expect(old.status).toBe('fail');
    expect(old.fix).toContain('npm ci');
    expect((await check(fakeEnv({ programs: noPin, nodeVersion: 'v22.23.3' }), 'node')).status).toBe('warn');
    const shell20 = await check(fakeEnv({ nodeVersion: 'v20.20.2' }), 'node');
    expect(shell20.status).toBe('ok');
    expect(shell20.found).toContain('v24.21.0');
  });

  it('warns that the conformance suite skips without ../shared/conformance', async () => {
    const result = await check(fakeEnv({ dirs: { '/home/dev/shared/conformance': null } }), 'conformance');
    expect(result.status).toBe('warn');
    expect(result.found).toContain('/home/dev/shared/conformance');
    expect(result.found).toContain('skipped');
  });

  it('measures the disk of the data dir (or its nearest existing parent)', async () => {
    const low = await check(fakeEnv({ freeBytes: 50 * 1024 ** 2 }), 'disk');
    expect(low.status).toBe('fail');
    expect(low.found).toContain(`${ROOT}/.crossdesk`);
    expect((await check(fakeEnv({ freeBytes: 0.5 * GB }), 'disk')).status).toBe('warn');
    const moved = await check(fakeEnv({ vars: { CROSSDESK_DATA_DIR: '/mnt/big/data' } }), 'disk');
    expect(moved).toMatchObject({ status: 'ok' });
    expect(moved.found).toContain('/mnt/big/data');
  });

  it('reports AWS as information only and never prints credential values', async () => {
    const none = await check(fakeEnv(), 'aws');
    expect(none.status).toBe('info');
    expect(none.found).toContain('no credentials');
    const env = fakeEnv({
      vars: { AWS_ACCESS_KEY_ID: 'not-a-real-access-key-id', AWS_SECRET_ACCESS_KEY: 'shh' },
      files: { '/usr/bin/aws': null },
    });
    const results = await runChecks(env);
    const report = formatReport(results);
    expect(report).toContain('credentials from AWS_ACCESS_KEY_ID');
    expect(report).not.toContain('not-a-real-access-key-id');
    expect(report).not.toContain('shh');
    expect(exitCode(results)).toBe(0);
  });

  it('never hangs: a probe that never answers becomes a warning at the guard', async () => {
    const env = fakeEnv({ programs: { 'fc-list': () => new Promise<ExecResult>(() => undefined) } });
    const started = Date.now();
    const results = await runChecks(env, CHECKS, 100);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(results.find((r) => r.id === 'fonts')).toMatchObject({ status: 'warn' });
    expect(results.find((r) => r.id === 'fonts')?.found).toContain('not verified');
  });

  it('turns a crashing check into a warning', async () => {
    const env = fakeEnv();
    const broken: DoctorEnv = {
      ...env,
      net: {
        probePort: async () => {
          throw new Error('boom');
        },
      },
    };
    expect(await check(broken, 'port')).toMatchObject({ status: 'warn', found: 'check crashed: boom' });
  });
});

describe('the real environment', () => {
  it('probes a port, reads /dev/health and kills a program at its timeout', async () => {
    const env = createNodeEnv(process.cwd());
    const server = createServer((_req, res) => res.end(JSON.stringify({ ok: true, dataDir: '/tmp/x' })));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    try {
      expect(await env.net.probePort(port, '127.0.0.1', 1_000)).toBe('in-use');
      const results = await runChecks(
        { ...env, vars: { ...env.vars, PORT: String(port) } },
        CHECKS.filter((c) => c.id === 'port'),
      );
      expect(results[0]).toMatchObject({ status: 'warn' });
      expect(results[0]?.found).toContain('already running');
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
    expect(await env.net.probePort(port, '127.0.0.1', 1_000)).toBe('free');
    const started = Date.now();
    expect(await env.exec('sleep', ['5'], { timeoutMs: 100 })).toMatchObject({ failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await env.exec('no-such-program-crossdesk', [], { timeoutMs: 500 })).toMatchObject({
      failure: 'not-found',
    });
  });
});

describe('npm run doctor (real run)', () => {
  it('exits and prints every check name', async () => {
    const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
    const started = Date.now();
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/doctor.ts'],
        { cwd: root, timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } },
        (_error, out) => done({ code: child.exitCode, stdout: out }),
      );
    });
    expect([0, 1]).toContain(code);
    for (const c of CHECKS) expect(stdout).toMatch(new RegExp(`^[✔✖!·] ${c.label} `, 'm'));
    expect(stdout).toMatch(code === 0 ? /Ready for npm start and npm test/ : /problem/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
