import { builder } from '../builder.js';
import './daily-bar.js';
import './instrument.js';
import './quote.js';
import './index-bar.js';
import './calendar.js';
import './etl.js';
import './tracking.js';
import './tracked-instruments.js';
import './corporate-action.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
