// Runs the local stack's dynalite on its data dir in a process of its own, for `npm run import` without
// --endpoint: the import's SDK client and dynalite then each get a CPU core. Prints one JSON line with the
// endpoint once the table is ready, and stops (flushing LevelDB) when the parent closes stdin — so it
// also stops when the parent crashes.
import { startDynalite } from '../local/dynalite';

const [path, tableName] = process.argv.slice(2);
if (!path || !tableName) {
  console.error('usage: local-dynalite-child.ts <data path> <table name>');
  process.exit(2);
}
const dynamo = await startDynalite({ path, tableName });
process.stdout.write(`${JSON.stringify({ endpoint: dynamo.endpoint, createdTable: dynamo.createdTable })}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await dynamo.stop().catch(() => undefined);
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
