import { builder } from '../builder.js';
import './forecast.js';
import './model-version.js';
import './promotion.js';
import './risk-score.js';
import './training.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
