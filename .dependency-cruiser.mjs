// The dependency rules of DESIGN.md §3, checked by `npm run lint` (`depcruise functions`). Dependencies
// point inward: every folder may import core, core imports none of them, and only handlers (and lib/local)
// wire concrete pieces together. Type-only imports count (tsPreCompilationDeps): a type import is still
// a coupling, and the next refactor turns it into a value import without anyone noticing.

/** Folders of functions/ other than core. */
const OUTER = 'functions/(tools|channels|stores|services|understanding|handlers)/';
/** Everything outside functions/ that the Lambda code must never depend on. */
const NOT_LAMBDA_CODE = '^(lib|scripts|bin|test)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'functions/core holds the turn pipeline and declares every port; adapters implement those ports, so ' +
        'core importing one (even a type) turns the dependency arrow around and drags SDKs into every bundle.',
      severity: 'error',
      from: { path: '^functions/core/' },
      to: { path: [`^${OUTER}`, NOT_LAMBDA_CODE] },
    },
    {
      name: 'functions-never-import-tooling',
      comment:
        'lib/ (CDK, local stack), scripts/, bin/ and test/ are not deployed: a Lambda importing them would ' +
        'bundle CDK or test fakes, or fail at run time.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: NOT_LAMBDA_CODE },
    },
    {
      name: 'channels-are-platform-adapters',
      comment:
        'A channel only verifies, parses, renders and sends for its platform; looking up orders, running ' +
        'tools or understanding text is the turn’s job, wired by the handlers.',
      severity: 'error',
      from: { path: '^functions/channels/' },
      to: { path: '^functions/(stores|tools|understanding|services)/' },
    },
    {
      name: 'tools-stay-below-the-turn',
      comment:
        'Tools get their stores and clock injected and answer the turn; they must not reach up to channels, ' +
        'understanding, handlers or services (concrete adapters) — use the ports in core.',
      severity: 'error',
      from: { path: '^functions/tools/' },
      to: { path: '^functions/(channels|understanding|handlers|services)/' },
    },
    {
      name: 'understanding-is-text-only',
      comment:
        'Understanding turns text into intents/entities/cues; it learns about tools only through the types ' +
        'core re-exports (core/tools.ts), never from the tool implementations, stores, channels or handlers.',
      severity: 'error',
      from: { path: '^functions/understanding/' },
      to: { path: '^functions/(channels|stores|handlers|tools)/' },
    },
    {
      name: 'stores-are-persistence-only',
      comment:
        'Stores are the only code that knows table keys; they serve core’s store ports and must not depend ' +
        'on channels, tools, understanding or handlers.',
      severity: 'error',
      from: { path: '^functions/stores/' },
      to: { path: '^functions/(channels|tools|understanding|handlers)/' },
    },
    {
      name: 'ingest-bundle-stays-small',
      comment:
        'The ingest Lambda answers the platforms within their webhook timeouts: its bundle (everything ' +
        'functions/handlers/webhook.ts reaches, dynamic imports included) must not carry the LLM client, ' +
        'the intent model, language detection or any send SDK (functions/channels/*/send.ts).',
      severity: 'error',
      from: { path: '^functions/handlers/webhook\\.ts$' },
      to: {
        reachable: true,
        path: [
          '^functions/understanding/',
          '^functions/channels/[^/]+/send\\.ts$',
          '(^|/)node_modules/(openai|@nlpjs/[^/]+|tinyld)/',
        ],
      },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes module load order matter (undefined at import time under ESM) and means two modules ' +
        'cannot be understood, tested or bundled apart.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (see the header).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
