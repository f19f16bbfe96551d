/**
 * `npm run accounts:rotate-signing-key [-- --publish-ahead-seconds N]`: adds the next
 * access-token signing key (see docs/operations.md, "Rotating keys").
 */
import { parseArgs } from 'node:util';
import { rotateSigningKey } from '@capstone/accounts';
import { loadConfig } from '@capstone/config';
import { exitOnSetupError } from '../setup-errors.js';

try {
  const { values } = parseArgs({ options: { 'publish-ahead-seconds': { type: 'string' } } });
  const ahead = values['publish-ahead-seconds'];
  const rotated = await rotateSigningKey(loadConfig(), {
    publishAheadSeconds: ahead === undefined ? undefined : Number(ahead),
  });
  process.stdout.write(
    `new signing key ${rotated.kid}: published now, signs from ${rotated.activatesAt.toISOString()}\n`,
  );
} catch (error) {
  exitOnSetupError(error);
}
