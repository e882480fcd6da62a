import type { Intent } from '../../core/types';

/** Our own example messages for one language, by intent. */
export type TrainingSet = Record<Intent, readonly string[]>;
