import { writeOperations } from './operations.js';

/**
 * Vitest global setup: the typed documents the app imports exist and are current. The
 * committed manifest is left alone, so that a test can tell when it is stale.
 */
export async function setup() {
  await writeOperations({ manifest: false });
}
