// Reads the merchant's `crossdesk.config.json`. Kept apart from the stack so tests can hand the stack a
// config object without touching the file system.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type MerchantConfig,
  MerchantConfigError,
  parseMerchantConfig,
} from '../../functions/core/merchant-config';
import { PROJECT_ROOT } from './bundling';

export const DEFAULT_MERCHANT_CONFIG_PATH = path.join(PROJECT_ROOT, 'crossdesk.config.json');

/**
 * Reads and validates a merchant config file, filling defaults.
 * @example
 * const config = readMerchantConfigFile(); // <project root>/crossdesk.config.json
 */
export function readMerchantConfigFile(file: string = DEFAULT_MERCHANT_CONFIG_PATH): MerchantConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MerchantConfigError(`Cannot read merchant config ${file}`, { cause: error });
  }
  return parseMerchantConfig(raw);
}
