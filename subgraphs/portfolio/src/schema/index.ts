import { builder } from '../builder.js';
import './holding.js';
import './portfolio.js';
import './transaction.js';
import './user.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
