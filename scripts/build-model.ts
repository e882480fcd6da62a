// `npm run build:model`: trains the offline intent model and writes the committed JSON the worker imports.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainIntentModel } from '../functions/understanding/train-model';
import { TRAINING } from '../functions/understanding/training/index';

const target = fileURLToPath(new URL('../functions/understanding/model/intent-model.json', import.meta.url));
const started = performance.now();
const model = await trainIntentModel(TRAINING);
writeFileSync(target, `${JSON.stringify(model)}\n`);
const kb = Math.round(Buffer.byteLength(JSON.stringify(model)) / 1024);
console.log(
  `intent model: ${model.utterances} utterances, ${kb} KB, trained in ${Math.round(performance.now() - started)} ms → ${target}`,
);
