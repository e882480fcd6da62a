// One definition of how a handler becomes a Lambda bundle. The stack hands it to NodejsFunction and
// `scripts/bench/bundles.ts` hands the same values to esbuild directly, so the benchmark measures what
// we deploy and the two cannot drift apart.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root: NodejsFunction bundles from here and resolves `package-lock.json` here. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every Lambda entry point, by the short name the stack and the benchmark use. */
export const HANDLER_ENTRIES = {
  ingest: 'functions/handlers/webhook.ts',
  worker: 'functions/handlers/worker.ts',
  agentApi: 'functions/handlers/agent-api.ts',
  delayScan: 'functions/handlers/delay-scan.ts',
  tracking: 'functions/handlers/tracking-webhook.ts',
} as const;
export type HandlerName = keyof typeof HANDLER_ENTRIES;

export function handlerEntry(name: HandlerName): string {
  return path.join(PROJECT_ROOT, HANDLER_ENTRIES[name]);
}

// ESM output has no `require`; CommonJS dependencies bundled into it still call it for Node built-ins.
// The alias keeps the banner from colliding with any symbol esbuild emits.
const ESM_REQUIRE_BANNER =
  "import{createRequire as __crossdeskCreateRequire}from'node:module';const require=__crossdeskCreateRequire(import.meta.url);";

/**
 * The house bundling settings. Plain values only, so both NodejsFunction and esbuild can consume them.
 * `@aws-sdk/*` stays external: the Node.js Lambda runtime ships SDK v3, and bundling it costs ~500 KB.
 */
export const HOUSE_BUNDLING = {
  target: 'node24',
  format: 'esm',
  minify: true,
  sourceMap: true,
  // Maps without the original sources: stack traces still point at file:line, and the worker's map drops
  // from ~11 MB (it would embed every dependency's source and the model) to a fraction of that.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  externalModules: ['@aws-sdk/*'],
  banner: ESM_REQUIRE_BANNER,
} as const;

/** The NODE_OPTIONS every function runs with: stack traces point at TypeScript lines via the source map. */
export const HOUSE_NODE_OPTIONS = '--enable-source-maps';

/**
 * esbuild options equivalent to what NodejsFunction runs for one handler.
 * @example
 * await build(esbuildOptionsFor('ingest', '/tmp/ingest/index.mjs'));
 */
export function esbuildOptionsFor(name: HandlerName, outfile: string): BuildOptions {
  return {
    entryPoints: [handlerEntry(name)],
    outfile,
    bundle: true,
    platform: 'node',
    target: HOUSE_BUNDLING.target,
    format: HOUSE_BUNDLING.format,
    minify: HOUSE_BUNDLING.minify,
    sourcemap: HOUSE_BUNDLING.sourceMap,
    sourcesContent: HOUSE_BUNDLING.sourcesContent,
    mainFields: [...HOUSE_BUNDLING.mainFields],
    external: [...HOUSE_BUNDLING.externalModules],
    banner: { js: HOUSE_BUNDLING.banner },
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'warning',
  };
}
