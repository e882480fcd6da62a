// The browser side of the Chime join page: amazon-chime-sdk-js bundled for the browser (esbuild, ~1.2 MB
// minified, ~250 KB gzipped). It is served beside the page as `/video/{token}?sdk`, never inlined, so the
// page itself stays a few KB and the agent API's own bundle does not grow by a megabyte.
//
// In AWS the stack builds it at deploy time into the agent API's asset, next to `index.mjs`
// (lib/cloud: `chimeSdkAfterBundling`); locally (tsx, vitest) there is no such file and it is built on first
// use from node_modules — nothing here needs the network.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** The file name next to the bundled handler. */
export const CHIME_SDK_FILE = 'chime-sdk.js';

// The package's own entry (its module order: deep imports break a circular require and a class ends up
// extending undefined); the meeting session pulls in nearly all of it anyway. Its barrel also references the
// messaging session's AWS SDK client (Node-only credential providers), stubbed below. What the page uses
// lands on `ChimeSDK`.
export const CHIME_SDK_ENTRY = `
import { ConsoleLogger, LogLevel, DefaultDeviceController, DefaultMeetingSession, MeetingSessionConfiguration, MeetingSessionStatusCode } from 'amazon-chime-sdk-js';
globalThis.ChimeSDK = { ConsoleLogger, LogLevel, DefaultDeviceController, DefaultMeetingSession, MeetingSessionConfiguration, MeetingSessionStatusCode };
`;

/** esbuild options for the browser bundle (plain values: the stack and the dev fallback share them). */
export function chimeSdkBuildOptions(resolveDir: string, outfile?: string) {
  return {
    stdin: { contents: CHIME_SDK_ENTRY, resolveDir, loader: 'js' as const, sourcefile: 'chime-sdk-entry.js' },
    bundle: true,
    minify: true,
    platform: 'browser' as const,
    format: 'iife' as const,
    target: 'es2020',
    legalComments: 'none' as const,
    // Some of its CommonJS dependencies still say `global`.
    define: { global: 'globalThis' },
    logLevel: 'error' as const,
    ...(outfile ? { outfile, write: true } : { write: false }),
    plugins: [
      {
        name: 'no-chime-messaging',
        setup(build: {
          onResolve(o: { filter: RegExp }, f: () => { path: string; namespace: string }): void;
          onLoad(o: { filter: RegExp; namespace: string }, f: () => { contents: string; loader: 'js' }): void;
        }) {
          // Referenced by DefaultMessagingSession at module load only; the page never opens a messaging session.
          build.onResolve({ filter: /^@aws-sdk\/client-chime-sdk-messaging$/ }, () => ({
            path: 'client-chime-sdk-messaging',
            namespace: 'chime-stub',
          }));
          build.onLoad({ filter: /.*/, namespace: 'chime-stub' }, () => ({
            contents: 'module.exports = {};',
            loader: 'js',
          }));
        },
      },
    ],
  };
}

interface LoadedScript {
  js: string;
  gzip: Buffer;
}
let loaded: Promise<LoadedScript> | undefined;

async function buildFromNodeModules(): Promise<string> {
  // A computed specifier: the Lambda bundle must not try to include esbuild (it reads the prebuilt file).
  const name = 'esbuild';
  const esbuild = (await import(name)) as {
    build(options: unknown): Promise<{ outputFiles?: { text: string }[] }>;
  };
  const result = await esbuild.build(chimeSdkBuildOptions(process.cwd()));
  const text = result.outputFiles?.[0]?.text;
  if (!text) throw new Error('esbuild produced no Chime SDK bundle');
  return text;
}

/**
 * The browser bundle of amazon-chime-sdk-js, plain and gzipped; read once per container.
 * @example
 * const { js, gzip } = await loadChimeSdkScript();
 */
export function loadChimeSdkScript(): Promise<LoadedScript> {
  loaded ??= readFile(new URL(`./${CHIME_SDK_FILE}`, import.meta.url), 'utf8')
    .catch(() => buildFromNodeModules())
    .then((js) => ({ js, gzip: gzipSync(js) }))
    .catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
  return loaded;
}
