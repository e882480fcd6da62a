// `npm run bench`: prints measured figures for every section (or the ones named: `npm run bench -- bundles cost`;
// `crash-soak` runs only when named).
// Benchmarks print numbers; they never pass or fail on timing.
const sections: Record<string, () => Promise<unknown>> = {
  bundles: async () => (await import('./bench/bundles')).benchBundles(),
  ingest: async () => (await import('./bench/channels-ingest')).benchIngest(),
  understanding: async () => (await import('./bench/understanding')).printUnderstandingBench(),
  e2e: async () => (await import('./bench/e2e')).benchEndToEnd(),
  cost: async () => (await import('./bench/cost')).benchCost(),
  'delay-scan': async () => (await import('./bench/delay-scan')).printDelayScanBench(),
  import: async () => (await import('./bench/import')).benchImport(),
  insights: async () => (await import('./bench/insights')).printInsightsBench(),
  'crash-soak': async () => (await import('./bench/crash-soak')).printCrashSoak(),
};

/**
 * Left out of the default run: the crash soak boots and SIGKILLs the whole stack three times, then drains a
 * backlog that Telegram's one-message-a-second spacing stretches: about a minute on 2 vCPUs, and longer
 * when fewer redelivered messages are lost, since each is then a turn to drain.
 */
const NAMED_ONLY = new Set(['crash-soak']);

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(sections).filter((name) => !NAMED_ONLY.has(name));
for (const name of names) {
  const run = sections[name];
  if (!run) {
    console.error(`unknown bench section "${name}"; sections: ${Object.keys(sections).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n=== ${name} ===`);
  await run();
}

export {};
