import { builder } from '../builder.js';
import './api-key.js';
import './external-login.js';
import './session.js';
import './totp.js';
import './user.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
