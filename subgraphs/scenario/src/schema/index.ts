import { builder } from '../builder.js';
import './scenario-template.js';
import './user-scenario.js';
import './simulation-results.js';
import './simulation-run.js';
import './simulation-mutations.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
