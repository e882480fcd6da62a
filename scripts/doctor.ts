// `npm run doctor`: checks Node, dependencies, Chromium, fonts, the conformance corpus, disk, the port
// and AWS, and prints on one screen what to install. Exit 0 when `npm start` and `npm test` will work
// (warnings allowed), 1 otherwise. The checks live in lib/doctor/checks.ts; docs/doctor.md explains them.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCode, formatReport, runChecks } from '../lib/doctor/checks';
import { createNodeEnv } from '../lib/doctor/node-env';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const env = createNodeEnv(projectRoot);
const started = performance.now();
const results = await runChecks(env);
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
console.log(formatReport(results, { color, isRoot: env.isRoot, elapsedMs: performance.now() - started }));
// A probe killed at its timeout may leave a socket or child behind: do not wait for it.
process.exit(exitCode(results));
