import { builder } from '../builder.js';
import './admin.js';
import './api-key.js';
import './external-login.js';
import './password.js';
import './session.js';
import './sign-up.js';
import './totp.js';
import './user.js';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
});
