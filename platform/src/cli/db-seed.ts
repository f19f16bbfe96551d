/** `npm run db:seed`: seeds the demo user, portfolios, instruments and scenario templates. */
import { loadConfig } from '@capstone/config';
import { seedDemoData } from '../index.js';
import { exitOnSetupError } from '../setup-errors.js';

try {
  const config = loadConfig();
  if (config.NODE_ENV === 'production') {
    process.stderr.write('Refusing to seed demo data with NODE_ENV=production\n');
    process.exit(1);
  }
  const report = await seedDemoData(config);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  exitOnSetupError(error);
}
