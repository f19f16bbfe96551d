import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs reference/<script>.py (numpy and scipy, the independent reference) with `input` as JSON on
 * stdin and returns its JSON answer. Typed arrays travel as plain arrays; JSON keeps every double
 * exactly.
 */
export function runReference<T = any>(script: string, input: unknown): T {
  const path = fileURLToPath(new URL(`reference/${script}.py`, import.meta.url));
  const json = JSON.stringify(input, (_key, value: unknown) =>
    value instanceof Float64Array ? Array.from(value) : value,
  );
  const output = execFileSync('python3', ['-B', path], {
    input: json,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output) as T;
}
