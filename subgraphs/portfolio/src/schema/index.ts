import { builder } from '../builder.js';
import './csv-import.js';
import './holding.js';
import './portfolio-changes.js';
import './portfolio.js';
import './ledger-entry.js';
import './transaction.js';
import './user.js';
import './valuation.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
