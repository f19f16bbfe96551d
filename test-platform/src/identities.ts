import {
  INTERNAL_IDENTITY_HEADER,
  signInternalIdentity,
  type Identity,
  type Scope,
} from '@capstone/auth';
import { databaseUrl, type Env } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { callerWith, type Caller, type GatewayConnection } from './callers.js';
import { tokenFrom } from './mail-sink.js';

/** Headers that make a direct subgraph request look as if the gateway sent it, as `identity`. */
export async function internalHeaders(
  config: Env,
  identity: Identity,
): Promise<Record<string, string>> {
  return {
    [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(identity, config.INTERNAL_JWT_SECRET),
  };
}

/** A scope as the API's `ApiScope` enum spells it: `portfolio:read` is PORTFOLIO_READ. */
export type ApiScope = Scope extends infer Each
  ? Each extends `${infer Area}:${infer Action}`
    ? Uppercase<`${Area}_${Action}`>
    : never
  : never;

export interface ApiKeyCaller extends Caller {
  id: string;
  secret: string;
  prefix: string;
  scopes: ApiScope[];
}

export interface SignedInUser extends Caller {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** Creates one of this user's API keys, as the user; the key is a caller of its own. */
  createApiKey: (scopes: ApiScope[], name?: string) => Promise<ApiKeyCaller>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** An e-mail address no other test, worker or run uses. */
export const uniqueEmail = (name: string) =>
  `${name}-${process.pid}-${Date.now()}-${counter++}@example.com`;

const AUTH_FIELDS = 'accessToken refreshToken user { id email }';
interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string };
}

/**
 * Signs a new user up through the gateway, sent by `via` (anonymous unless given): the sign-up,
 * the link from the mail the platform's sink caught, and the first log-in, as a person would.
 */
export async function signUp(
  gateway: GatewayConnection,
  name = 'user',
  via: Caller = callerWith(gateway),
): Promise<SignedInUser> {
  const email = uniqueEmail(name);
  const response = await via.ask<{ signUp: { email: string } }>(
    `mutation SignUp($email: String!, $password: String!) { signUp(email: $email, password: $password) { email } }`,
    { email, password: TEST_PASSWORD },
  );
  if (!response.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(response.errors)}`);
  // The link and the log-in go the same way as the sign-up (a production gateway refuses
  // anonymous operations that are not trusted documents).
  await verifyEmail(gateway, email, via);
  return logIn(gateway, email, TEST_PASSWORD, via);
}

/** Opens the newest sign-up link mailed to `email`. */
export async function verifyEmail(
  gateway: GatewayConnection,
  email: string,
  via: Caller = callerWith(gateway),
): Promise<void> {
  const mail = await gateway.mail.nextMail(email, { subject: /Confirm your e-mail/ });
  const verified = await via.ask<{ verifyEmail: boolean }>(
    'mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }',
    { token: tokenFrom(mail, '/verify-email') },
  );
  if (!verified.data?.verifyEmail) {
    throw new Error(`verifying ${email} failed: ${JSON.stringify(verified.errors)}`);
  }
}

/** Logs an existing user in through the gateway; the new token carries their current role. */
export async function logIn(
  gateway: GatewayConnection,
  email: string,
  password: string,
  via: Caller = callerWith(gateway),
): Promise<SignedInUser> {
  const response = await via.ask<{ logIn: AuthPayload }>(
    `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { ${AUTH_FIELDS} } }`,
    { email, password },
  );
  if (!response.data?.logIn) throw new Error(`log-in failed: ${JSON.stringify(response.errors)}`);
  return signedIn(gateway, response.data.logIn, password);
}

function signedIn(
  gateway: GatewayConnection,
  payload: AuthPayload,
  password: string,
): SignedInUser {
  const user = callerWith(gateway, { authorization: `Bearer ${payload.accessToken}` });
  return {
    ...user,
    id: payload.user.id,
    email: payload.user.email,
    password,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    createApiKey: async (scopes, name = 'test key') => {
      const response = await user.ask<{
        createApiKey: { secret: string; apiKey: { id: string; prefix: string } };
      }>(
        'mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) { createApiKey(name: $name, scopes: $scopes) { secret apiKey { id prefix } } }',
        { name, scopes },
      );
      const created = response.data?.createApiKey;
      if (!created) throw new Error(`creating a key failed: ${JSON.stringify(response.errors)}`);
      return {
        ...callerWith(gateway, { 'x-api-key': created.secret }),
        id: created.apiKey.id,
        secret: created.secret,
        prefix: created.apiKey.prefix,
        scopes,
      };
    },
  };
}

/**
 * Makes `user` an administrator straight in the accounts database. Only for the first
 * administrator of a platform: `setUserRole` is the API for roles, but only an administrator
 * may call it, so the first one has nobody to appoint them. Every later role goes through
 * the API. The user must log in again for a token that carries the role.
 */
export async function appointFirstAdministrator(config: Env, user: { id: string }): Promise<void> {
  await withConnection(databaseUrl(config, 'accounts'), (connection) =>
    connection.query("UPDATE `User` SET role = 'ADMIN' WHERE id = ?", [user.id]),
  );
}
