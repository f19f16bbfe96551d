import { TOTP } from 'otpauth';
import { tokenFrom, uniqueEmail, TEST_PASSWORD, type SignedInUser } from '@capstone/test-platform';
import {
  EVERYONE,
  OWNER_ONLY,
  REDIRECT_URI,
  SESSIONS_ONLY,
  SIGNED_IN,
  allow,
  row,
  unique,
  type MatrixRow,
  type RowContext,
} from '../matrix.js';

/** Starts two-factor enrolment of `user`; the returned function gives a code `stepsAhead` ahead. */
export async function enrol(user: SignedInUser): Promise<(stepsAhead?: number) => string> {
  const response = await user.ask<{ enrolTotp: { secret: string } }>(
    'mutation { enrolTotp { secret } }',
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  const totp = new TOTP({
    secret: response.data.enrolTotp.secret,
    issuer: 'capstone-trading',
    label: user.email,
  });
  return (stepsAhead = 0) => totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

/** The session id an access token carries (its `sid` claim). */
export const sessionIdOf = (accessToken: string): string =>
  (JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()) as { sid: string })
    .sid;

/** A token mailed to a fresh address: a sign-up link, or a reset link of a new account. */
export async function mailedToken({ platform }: RowContext, purpose: 'verify' | 'reset') {
  if (purpose === 'verify') {
    const email = uniqueEmail('matrix-verify');
    await platform.anonymous.ask(
      'mutation($email: String!, $password: String!) { signUp(email: $email, password: $password) { email } }',
      { email, password: TEST_PASSWORD },
    );
    return tokenFrom(await platform.mail.nextMail(email), '/verify-email');
  }
  const user = await platform.signUp('matrix-reset');
  await platform.anonymous.ask(
    'mutation($email: String!) { requestPasswordReset(email: $email) }',
    {
      email: user.email,
    },
  );
  return tokenFrom(
    await platform.mail.nextMail(user.email, { subject: /Reset your password/ }),
    '/reset-password',
  );
}

/** A new session of the owner's: its refresh token, to refresh or end. */
export async function newSessionOfOwner({ scene, platform }: RowContext) {
  const owner = await scene.owner();
  return { token: (await platform.logIn(owner.email, owner.password)).refreshToken };
}

export const accountRows: MatrixRow[] = [
  row('Query.me', {
    operation: '{ me { id email } }',
    outcomes: allow(...SIGNED_IN, 'partnerKeyWithoutScope'),
  }),
  row('Query.user', {
    case: 'the owner',
    operation: 'query($id: ID!) { user(id: $id) { email } }',
    variables: async ({ scene }) => ({ id: (await scene.owner()).id }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Query.apiKeys', { operation: '{ apiKeys { id } }', outcomes: allow(...SESSIONS_ONLY) }),
  row('Query.externalLoginProviders', {
    operation: '{ externalLoginProviders { name displayName } }',
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.createApiKey', {
    operation: 'mutation { createApiKey(name: "m", scopes: [MARKET_READ]) { secret } }',
    outcomes: allow(...SESSIONS_ONLY),
  }),
  row('Mutation.revokeApiKey', {
    case: "the owner's key",
    operation: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: async ({ scene }) => ({
      id: (await (await scene.owner()).createApiKey(['MARKET_READ'], 'spare')).id,
    }),
    outcomes: allow('owner'),
  }),
  // Administration: administrators with a session only, and none of these callers is one.
  row('Query.adminUsers', {
    operation: '{ adminUsers(first: 5) { users { user { id email } } } }',
    outcomes: allow(),
  }),
  row('Query.adminApiKeys', {
    operation: '{ adminApiKeys(first: 5) { apiKeys { apiKey { id } owner { email } } } }',
    outcomes: allow(),
  }),
  row('Mutation.adminRevokeApiKey', {
    case: "a partner's key",
    operation: 'mutation($id: ID!) { adminRevokeApiKey(id: $id) { apiKey { revokedAt } } }',
    variables: async ({ scene }) => ({
      id: (await (await scene.partner()).createApiKey(['AI_READ'], 'spare')).id,
    }),
    outcomes: allow(),
  }),
  row('Mutation.setUserRole', {
    operation: 'mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }',
    variables: async ({ scene }) => ({ id: (await scene.owner()).id }),
    // Administrators only, and none of these callers is one.
    outcomes: allow(),
  }),
  row('Mutation.signUp', {
    operation:
      'mutation($email: String!, $password: String!) { signUp(email: $email, password: $password) { email } }',
    variables: () => ({ email: uniqueEmail('matrix-sign-up'), password: TEST_PASSWORD }),
    outcomes: allow(...EVERYONE),
  }),
  // The mailed token is the credential: whoever holds it may use it, once.
  row('Mutation.verifyEmail', {
    operation: 'mutation($token: String!) { verifyEmail(token: $token) }',
    variables: async (context) => ({ token: await mailedToken(context, 'verify') }),
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.requestPasswordReset', {
    operation: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
    variables: () => ({ email: uniqueEmail('matrix-reset-request') }),
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.resetPassword', {
    operation:
      'mutation($token: String!) { resetPassword(token: $token, newPassword: "matrix reset password 1") }',
    variables: async (context) => ({ token: await mailedToken(context, 'reset') }),
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.changePassword', {
    case: 'with the caller’s own current password',
    operation:
      'mutation($current: String!) { changePassword(currentPassword: $current, newPassword: "matrix changed password 1") { accessToken } }',
    variables: async ({ scene, caller }) => ({
      current: (await scene.accountOf(caller)).password,
    }),
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  }),
  row('Query.sessions', {
    operation: '{ sessions { id lastActiveAt } }',
    outcomes: allow(...SESSIONS_ONLY),
  }),
  row('Mutation.revokeSession', {
    case: 'a session of the caller’s own',
    operation: 'mutation($id: ID!) { revokeSession(id: $id) }',
    variables: async ({ scene, caller, platform }) => {
      const account = await scene.accountOf(caller);
      const spare = await platform.logIn(account.email, account.password);
      return { id: sessionIdOf(spare.accessToken) };
    },
    outcomes: allow(...SESSIONS_ONLY),
  }),
  row('Mutation.signOutEverywhere', {
    operation: 'mutation { signOutEverywhere }',
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  }),
  row('Mutation.logIn', {
    operation:
      'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }',
    variables: async ({ scene }) => {
      const owner = await scene.owner();
      return { email: owner.email, password: owner.password };
    },
    outcomes: allow(...EVERYONE),
  }),
  // The refresh token is the credential: whoever holds it may refresh or end its session.
  row('Mutation.refreshSession', {
    operation: 'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }',
    variables: newSessionOfOwner,
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.logOut', {
    operation: 'mutation($token: String!) { logOut(refreshToken: $token) }',
    variables: newSessionOfOwner,
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.startExternalLogin', {
    operation:
      'mutation($redirect: String!) { startExternalLogin(provider: "local", redirectUri: $redirect) { authorizationUrl } }',
    variables: () => ({ redirect: REDIRECT_URI }),
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.completeExternalLogin', {
    operation:
      'mutation($url: String!) { completeExternalLogin(provider: "local", callbackUrl: $url) { accessToken } }',
    variables: async ({ platform }) => {
      const subject = unique('matrix-subject');
      const url = await platform.externalLoginCallback(subject, {
        email: `${subject}@example.com`,
        emailVerified: true,
        name: 'Matrix',
      });
      return { url };
    },
    outcomes: allow(...EVERYONE),
  }),
  row('Mutation.enrolTotp', {
    operation: 'mutation { enrolTotp { secret } }',
    outcomes: allow(...SESSIONS_ONLY),
  }),
  row('Mutation.confirmTotp', {
    case: 'with a code of the caller’s own enrolment',
    operation: 'mutation($code: String!) { confirmTotp(code: $code) }',
    variables: async ({ scene, caller }) => ({
      code: (await enrol(await scene.accountOf(caller)))(),
    }),
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  }),
  row('Mutation.disableTotp', {
    case: 'with a current code of the caller’s own',
    operation: 'mutation($code: String!) { disableTotp(code: $code) }',
    variables: async ({ scene, caller }) => {
      const account = await scene.accountOf(caller);
      const code = await enrol(account);
      const confirmed = await account.ask('mutation($code: String!) { confirmTotp(code: $code) }', {
        code: code(),
      });
      if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
      // The confirming code's time step is spent; the next one's is current too.
      return { code: code(1) };
    },
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  }),
];
