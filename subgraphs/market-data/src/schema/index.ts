import { builder } from '../builder.js';
import './daily-bar.js';
import './instrument.js';
import './quote.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
