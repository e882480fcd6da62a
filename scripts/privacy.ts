// `npm run privacy -- export|delete --shopper <conversation id | phone | email | customer:id> [options]`
// (lib/privacy/run.ts; docs/security.md "Data protection"). Exit codes: 0 done, 2 bad flags or target.
import { runPrivacyCli } from '../lib/privacy/run';

process.exit(await runPrivacyCli(process.argv.slice(2)));
