import { writeOperations } from './operations.js';

/** Vitest global setup: the typed documents the app imports exist and are current. */
export async function setup() {
  await writeOperations();
}
