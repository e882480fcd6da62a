// `npm run doctor`: one check per thing `npm start` and `npm test` rely on. Every check is a pure
// function of an injected environment (programs, files, HTTP, ports), so tests run them against fakes;
// lib/doctor/node-env.ts is the real environment and scripts/doctor.ts the CLI. docs/doctor.md explains
// each line. Every probe carries its own timeout and runChecks adds a guard on top: the doctor never hangs.
import { dirname, isAbsolute, join, resolve } from 'node:path';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'info';

export type CheckId = 'node' | 'deps' | 'chromium' | 'fonts' | 'conformance' | 'disk' | 'port' | 'aws';

export interface CheckResult {
  readonly id: CheckId;
  readonly label: string;
  readonly status: CheckStatus;
  /** What the check found, one line. */
  readonly found: string;
  /** The exact command (or action) that fixes a problem. */
  readonly fix?: string;
  /** Debian packages that fix it, so the report can offer one apt-get line for everything. */
  readonly apt?: readonly string[];
}

export interface ExecResult {
  /** Exit code; null when the program did not run or was killed. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Why the program did not run to completion. */
  readonly failure?: 'not-found' | 'timeout' | 'error';
}

export type PortState = 'free' | 'in-use' | 'denied' | 'unknown';

export interface DoctorFs {
  exists(path: string): Promise<boolean>;
  readText(path: string): Promise<string | undefined>;
  mtimeMs(path: string): Promise<number | undefined>;
  /** Entry names of a directory, undefined when it cannot be read. */
  readDir(path: string): Promise<readonly string[] | undefined>;
  /** Bytes available to this user on the file system holding `path` (which must exist). */
  freeBytes(path: string): Promise<number | undefined>;
}

export interface DoctorEnv {
  readonly projectRoot: string;
  readonly vars: Readonly<Record<string, string | undefined>>;
  /** process.version of the Node running the doctor. */
  readonly nodeVersion: string;
  readonly homeDir: string;
  /** Root needs no `sudo` in the printed commands. */
  readonly isRoot: boolean;
  exec(
    file: string,
    args: readonly string[],
    options: { readonly timeoutMs: number; readonly cwd?: string },
  ): Promise<ExecResult>;
  readonly fs: DoctorFs;
  /** Rejects on network errors and timeouts. */
  fetch(url: string, options: { readonly timeoutMs: number }): Promise<{ status: number; body: string }>;
  readonly net: {
    /** Tries to listen on host:port the way the local stack does, and lets go at once. */
    probePort(port: number, host: string, timeoutMs: number): Promise<PortState>;
  };
}

export interface Check {
  readonly id: CheckId;
  readonly label: string;
  run(env: DoctorEnv): Promise<CheckResult>;
}

/** Where test/helpers/chromium.ts looks for the browser: browser tests skip when it is absent. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const DEFAULT_PORT = 3000;
/** Oldest Node the dependencies accept (package.json engines); the pinned one is 24. */
export const MIN_NODE_MAJOR = 22;
export const DISK_FAIL_BYTES = 100 * 1024 ** 2;
export const DISK_WARN_BYTES = 1024 ** 3;
const PROBE_MS = 2_000;

const NPM_CI = 'npm ci --no-audit --no-fund';

export function aptInstall(packages: readonly string[], isRoot: boolean): string {
  return `${isRoot ? '' : 'sudo '}apt-get install -y ${[...new Set(packages)].join(' ')}`;
}

function result(
  check: Pick<Check, 'id' | 'label'>,
  status: CheckStatus,
  found: string,
  extra: { fix?: string; apt?: readonly string[] } = {},
): CheckResult {
  return { id: check.id, label: check.label, status, found, ...extra };
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

function major(version: string): number {
  return Number(/^v?(\d+)/.exec(version.trim())?.[1] ?? Number.NaN);
}

async function readJson(env: DoctorEnv, path: string): Promise<unknown> {
  const text = await env.fs.readText(path);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------- Node

const nodeCheck: Check = {
  id: 'node',
  label: 'Node',
  async run(env) {
    const pkg = (await readJson(env, join(env.projectRoot, 'package.json'))) as
      | { devDependencies?: Record<string, string> }
      | undefined;
    const wanted = pkg?.devDependencies?.node?.replace(/^[\^~=v]/, '');
    const pinnedPath = join(env.projectRoot, 'node_modules', '.bin', 'node');
    const pinned = await env.exec(pinnedPath, ['--version'], { timeoutMs: PROBE_MS });
    const running = `this process runs ${env.nodeVersion}`;
    if (pinned.code === 0) {
      const version = pinned.stdout.trim();
      if (wanted && version.replace(/^v/, '') !== wanted)
        return result(this, 'warn', `node_modules/.bin/node is ${version}, package.json pins ${wanted}`, {
          fix: NPM_CI,
        });
      return result(
        this,
        'ok',
        `${version} pinned in node_modules/.bin/node (npm scripts run on it)${
          major(env.nodeVersion) === major(version) ? '' : `; ${running}`
        }`,
      );
    }
    const own = major(env.nodeVersion);
    if (own >= MIN_NODE_MAJOR)
      return result(
        this,
        'warn',
        `pinned Node ${wanted ?? '24'} missing from node_modules; ${running} (≥ ${MIN_NODE_MAJOR} works)`,
        { fix: NPM_CI },
      );
    return result(
      this,
      'fail',
      `pinned Node ${wanted ?? '24'} missing from node_modules and ${env.nodeVersion} is too old (need ≥ ${MIN_NODE_MAJOR})`,
      { fix: `${NPM_CI}   # installs Node ${wanted ?? '24'} from the npm registry (devDependency "node")` },
    );
  },
};

// -------------------------------------------------------------------------------------- node_modules

const depsCheck: Check = {
  id: 'deps',
  label: 'Dependencies',
  async run(env) {
    const root = env.projectRoot;
    if (!(await env.fs.exists(join(root, 'node_modules'))))
      return result(this, 'fail', 'node_modules is missing', { fix: NPM_CI });
    const [lockTime, installedTime] = await Promise.all([
      env.fs.mtimeMs(join(root, 'package-lock.json')),
      env.fs.mtimeMs(join(root, 'node_modules', '.package-lock.json')),
    ]);
    // The same test scripts/ensure-deps.sh makes before `npm start` / `npm test`.
    if (installedTime === undefined)
      return result(
        this,
        'fail',
        'node_modules was not installed by npm (no node_modules/.package-lock.json)',
        {
          fix: NPM_CI,
        },
      );
    if (lockTime !== undefined && lockTime > installedTime)
      return result(this, 'fail', 'package-lock.json is newer than node_modules', { fix: NPM_CI });
    const ls = await env.exec('npm', ['ls', '--depth=0'], { timeoutMs: 2_500, cwd: root });
    if (ls.failure === 'not-found') return result(this, 'warn', 'npm not found on PATH; not verified');
    if (ls.failure === 'timeout')
      return result(this, 'warn', 'installed, matches package-lock.json; `npm ls` timed out, not verified');
    if (ls.code === 0) return result(this, 'ok', 'installed and matching package-lock.json');
    const problems = `${ls.stdout}\n${ls.stderr}`
      .split('\n')
      .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
      .filter((l) => /\b(missing|invalid|extraneous|UNMET)\b/i.test(l));
    if (problems.length > 0 && problems.every((l) => /extraneous/i.test(l)))
      return result(this, 'warn', `extra packages: ${problems[0]}`, { fix: 'npm prune' });
    const shown = problems[0] ?? (firstLine(ls.stderr) || `npm ls exited ${ls.code}`);
    return result(
      this,
      'fail',
      `npm ls: ${shown}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`,
      { fix: NPM_CI },
    );
  },
};

// ------------------------------------------------------------------------------------------ Chromium

const chromiumCheck: Check = {
  id: 'chromium',
  label: 'Chromium',
  async run(env) {
    if (!(await env.fs.exists(CHROMIUM_PATH)))
      return result(this, 'fail', `not found at ${CHROMIUM_PATH}: browser tests will be skipped`, {
        fix: aptInstall(['chromium'], env.isRoot),
        apt: ['chromium'],
      });
    const version = await env.exec(CHROMIUM_PATH, ['--version'], { timeoutMs: PROBE_MS });
    const line = firstLine(version.stdout).replace(/\s+built on .*$/, '');
    if (version.code === 0 && line) return result(this, 'ok', `${line} at ${CHROMIUM_PATH}`);
    const why =
      version.failure === 'timeout'
        ? '`chromium --version` did not answer in time'
        : `\`chromium --version\` failed: ${firstLine(version.stderr) || `exit ${version.code}`}`;
    return result(this, 'fail', `${CHROMIUM_PATH} is there but ${why}`, {
      fix: `${env.isRoot ? '' : 'sudo '}apt-get install --reinstall -y chromium`,
      apt: ['chromium'],
    });
  },
};

// --------------------------------------------------------------------------------------------- Fonts

/** Scripts the README screenshots show, the fontconfig language that stands for each, and its package. */
export const FONT_SCRIPTS = [
  { lang: 'ja', name: 'Japanese', pkg: 'fonts-noto-cjk' },
  { lang: 'zh-cn', name: 'Chinese', pkg: 'fonts-noto-cjk' },
  { lang: 'ko', name: 'Korean', pkg: 'fonts-noto-cjk' },
  { lang: 'th', name: 'Thai', pkg: 'fonts-noto-core' },
  { lang: 'ar', name: 'Arabic', pkg: 'fonts-noto-core' },
  { lang: 'und-zsye', name: 'emoji', pkg: 'fonts-noto-color-emoji' },
] as const;

const fontsCheck: Check = {
  id: 'fonts',
  label: 'Fonts',
  async run(env) {
    const answers = await Promise.all(
      FONT_SCRIPTS.map((s) => env.exec('fc-list', [`:lang=${s.lang}`, 'family'], { timeoutMs: PROBE_MS })),
    );
    const allPackages = [...new Set(FONT_SCRIPTS.map((s) => s.pkg))];
    if (answers.some((a) => a.failure === 'not-found')) {
      const apt = ['fontconfig', ...allPackages];
      return result(this, 'warn', 'fc-list (fontconfig) not found: screenshot fonts unknown', {
        fix: aptInstall(apt, env.isRoot),
        apt,
      });
    }
    const missing = FONT_SCRIPTS.filter((_, i) => {
      const a = answers[i];
      return a?.code !== 0 || a.stdout.trim() === '';
    });
    if (missing.length === 0)
      return result(this, 'ok', `${FONT_SCRIPTS.map((s) => s.name).join(', ')} all covered`);
    const apt = [...new Set(missing.map((s) => s.pkg))];
    return result(
      this,
      'warn',
      `no ${missing.map((s) => s.name).join(', ')} font: screenshots only (tests pass; glyphs show as boxes)`,
      { fix: aptInstall(apt, env.isRoot), apt },
    );
  },
};

// --------------------------------------------------------------------------------------- Conformance

const conformanceCheck: Check = {
  id: 'conformance',
  label: 'Conformance',
  async run(env) {
    // test/functions/channels/webhook-harness.ts reads the captured webhooks from here.
    const dir = resolve(env.projectRoot, '..', 'shared', 'conformance');
    const entries = await env.fs.readDir(dir);
    if (entries === undefined)
      return result(this, 'warn', `${dir} is absent: the conformance suite will be skipped`, {
        fix: `put the shared corpus beside the project (it ships as ../shared): ${dir}`,
      });
    const platforms = entries.filter((e) => !e.includes('.')).sort();
    return result(this, 'ok', `${dir} (${platforms.join(', ') || 'empty'})`);
  },
};

// ---------------------------------------------------------------------------------------------- Disk

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

const diskCheck: Check = {
  id: 'disk',
  label: 'Disk',
  async run(env) {
    const configured = env.vars.CROSSDESK_DATA_DIR;
    const dataDir = configured
      ? isAbsolute(configured)
        ? configured
        : resolve(env.projectRoot, configured)
      : join(env.projectRoot, '.crossdesk');
    // The data dir may not exist yet (first start creates it): measure the nearest existing parent.
    let probe = dataDir;
    while (!(await env.fs.exists(probe))) {
      const parent = dirname(probe);
      if (parent === probe) break;
      probe = parent;
    }
    const free = await env.fs.freeBytes(probe);
    if (free === undefined) return result(this, 'warn', `could not measure free space at ${probe}`);
    const found = `${formatBytes(free)} free for the data dir ${dataDir}`;
    const fix = `free space there, or use another disk: CROSSDESK_DATA_DIR=/path/with/space npm start`;
    if (free < DISK_FAIL_BYTES) return result(this, 'fail', `only ${found}`, { fix });
    if (free < DISK_WARN_BYTES) return result(this, 'warn', `only ${found}`, { fix });
    return result(this, 'ok', found);
  },
};

// ---------------------------------------------------------------------------------------------- Port

function isCrossdeskHealth(body: string): { url?: string; dataDir?: string } | undefined {
  try {
    const parsed = JSON.parse(body) as { ok?: unknown; url?: unknown; dataDir?: unknown };
    if (parsed.ok !== true) return undefined;
    return {
      ...(typeof parsed.url === 'string' ? { url: parsed.url } : {}),
      ...(typeof parsed.dataDir === 'string' ? { dataDir: parsed.dataDir } : {}),
    };
  } catch {
    return undefined;
  }
}

async function nextFreePort(env: DoctorEnv, from: number): Promise<number | undefined> {
  const candidates = Array.from({ length: 10 }, (_, i) => from + 1 + i).filter((p) => p <= 65535);
  const states = await Promise.all(candidates.map((p) => env.net.probePort(p, '127.0.0.1', 1_000)));
  return candidates[states.indexOf('free')];
}

const portCheck: Check = {
  id: 'port',
  label: 'Port',
  async run(env) {
    const raw = env.vars.PORT?.trim();
    // lib/local/server.ts: Number(process.env.PORT) || 3000.
    const port = Number(raw) || DEFAULT_PORT;
    const source = raw && Number(raw) ? `PORT=${raw}` : `${DEFAULT_PORT}`;
    const dynalite = 'dynalite takes a random free port';
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return result(this, 'fail', `PORT=${raw} is not a port number`, {
        fix: `PORT=${DEFAULT_PORT} npm start`,
      });
    const state = await env.net.probePort(port, '127.0.0.1', 1_000);
    if (state === 'free')
      return result(this, 'ok', `${source} is free${raw ? '' : ' (PORT to change)'}; ${dynalite}`);
    if (state === 'unknown') return result(this, 'warn', `could not tell whether ${port} is free`);
    const alternative = await nextFreePort(env, port);
    const usePort = `PORT=${alternative ?? port + 1} npm start`;
    if (state === 'denied') return result(this, 'fail', `not allowed to listen on ${port}`, { fix: usePort });
    const health = await env
      .fetch(`http://127.0.0.1:${port}/dev/health`, { timeoutMs: 800 })
      .then((r) => (r.status === 200 ? isCrossdeskHealth(r.body) : undefined))
      .catch(() => undefined);
    if (health)
      return result(
        this,
        'warn',
        `${port}: Crossdesk is already running there${health.dataDir ? ` (data dir ${health.dataDir})` : ''}`,
        { fix: `use http://127.0.0.1:${port}/, stop it with Ctrl-C in its terminal, or ${usePort}` },
      );
    return result(this, 'fail', `${port} is in use by another program (not Crossdesk)`, {
      fix: `${usePort}   # or see who holds it: ss -ltnp 'sport = :${port}'`,
    });
  },
};

// ----------------------------------------------------------------------------------------------- AWS

const CREDENTIAL_VARS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
] as const;

async function onPath(env: DoctorEnv, program: string): Promise<string | undefined> {
  const dirs = (env.vars.PATH ?? '').split(':').filter(Boolean);
  const hits = await Promise.all(dirs.map((d) => env.fs.exists(join(d, program))));
  const index = hits.indexOf(true);
  return index < 0 ? undefined : join(dirs[index]!, program);
}

const awsCheck: Check = {
  id: 'aws',
  label: 'AWS',
  async run(env) {
    // Informational: only `npm run deploy` (cdk deploy) needs AWS; the local stack and tests need none.
    // Only the presence of settings is looked at, never their values.
    const cli = await onPath(env, 'aws');
    const fromVar = CREDENTIAL_VARS.find((v) => env.vars[v]);
    const files = [
      env.vars.AWS_SHARED_CREDENTIALS_FILE ?? join(env.homeDir, '.aws', 'credentials'),
      env.vars.AWS_CONFIG_FILE ?? join(env.homeDir, '.aws', 'config'),
    ];
    const present = await Promise.all(files.map((f) => env.fs.exists(f)));
    const file = files.find((_, i) => present[i]);
    const credentials = fromVar ? `credentials from ${fromVar}` : file ? `profile file ${file}` : undefined;
    const parts = [cli ? `aws CLI at ${cli}` : 'no aws CLI (optional)', credentials ?? 'no credentials'];
    return result(this, 'info', `${parts.join('; ')}: only npm run deploy (cdk deploy) needs AWS`, {
      ...(credentials
        ? {}
        : { fix: 'before deploying: aws configure (or aws configure sso), or export AWS_PROFILE' }),
    });
  },
};

export const CHECKS: readonly Check[] = [
  nodeCheck,
  depsCheck,
  chromiumCheck,
  fontsCheck,
  conformanceCheck,
  diskCheck,
  portCheck,
  awsCheck,
];

/** Upper bound for any one check, on top of each probe's own timeout. */
export const CHECK_GUARD_MS = 2_700;

async function runGuarded(check: Check, env: DoctorEnv, guardMs: number): Promise<CheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<CheckResult>((done) => {
    timer = setTimeout(
      () => done(result(check, 'warn', `no answer within ${(guardMs / 1000).toFixed(1)} s; not verified`)),
      guardMs,
    );
    timer.unref?.();
  });
  try {
    return await Promise.race([
      check
        .run(env)
        .catch((error: unknown) =>
          result(check, 'warn', `check crashed: ${error instanceof Error ? error.message : String(error)}`),
        ),
      guard,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check at once (they are independent), each bounded by `guardMs`. */
export function runChecks(
  env: DoctorEnv,
  checks: readonly Check[] = CHECKS,
  guardMs = CHECK_GUARD_MS,
): Promise<CheckResult[]> {
  return Promise.all(checks.map((c) => runGuarded(c, env, guardMs)));
}

/** 1 when anything `npm start` / `npm test` needs is broken; warnings and info lines do not count. */
export function exitCode(results: readonly CheckResult[]): 0 | 1 {
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

export const SYMBOLS: Record<CheckStatus, string> = { ok: '✔', fail: '✖', warn: '!', info: '·' };

export interface FormatOptions {
  readonly color?: boolean;
  readonly isRoot?: boolean;
  readonly elapsedMs?: number;
}

const COLORS: Record<CheckStatus, string> = { ok: '32', fail: '31', warn: '33', info: '36' };

export function formatReport(results: readonly CheckResult[], options: FormatOptions = {}): string {
  const paint = (status: CheckStatus, text: string) =>
    options.color ? `\u001b[${COLORS[status]}m${text}\u001b[0m` : text;
  const width = Math.max(...results.map((r) => r.label.length));
  const lines = ['Crossdesk doctor', ''];
  for (const r of results) {
    lines.push(`${paint(r.status, SYMBOLS[r.status])} ${r.label.padEnd(width)}  ${r.found}`);
    if (r.fix && r.status !== 'ok') lines.push(`  ${' '.repeat(width)}  → ${r.fix}`);
  }
  lines.push('');
  const failures = results.filter((r) => r.status === 'fail').length;
  const warnings = results.filter((r) => r.status === 'warn').length;
  const apt = [
    ...new Set(results.filter((r) => r.status === 'fail' || r.status === 'warn').flatMap((r) => r.apt ?? [])),
  ];
  if (apt.length > 0 && results.filter((r) => r.apt?.length && r.status !== 'ok').length > 1)
    lines.push(`Everything from Debian at once: ${aptInstall(apt, options.isRoot ?? false)}`);
  const took = options.elapsedMs === undefined ? '' : ` (${(options.elapsedMs / 1000).toFixed(1)} s)`;
  lines.push(
    failures > 0
      ? `${paint('fail', `${failures} problem${failures > 1 ? 's' : ''}`)}${
          warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''
        }: fix the ✖ lines, then npm run doctor again${took}`
      : `${paint('ok', 'Ready')} for npm start and npm test${
          warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''
        }${took}`,
  );
  return lines.join('\n');
}
