import { INTERNAL_IDENTITY_HEADER, signInternalIdentity, type Identity } from '@capstone/auth';
import { databaseUrl, type Env } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { graphql } from './graphql-client.js';

/** Headers that make a direct subgraph request look as if the gateway sent it, as `identity`. */
export async function internalHeaders(
  config: Env,
  identity: Identity,
): Promise<Record<string, string>> {
  return {
    [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(identity, config.INTERNAL_JWT_SECRET),
  };
}

export interface SignedInUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  headers: Record<string, string>;
}

let counter = 0;

/** Signs a new user up through the gateway and returns their tokens and bearer headers. */
export async function signUp(
  graphqlUrl: string,
  name = 'user',
  headers: Record<string, string> = {},
): Promise<SignedInUser> {
  const email = `${name}-${process.pid}-${Date.now()}-${counter++}@example.com`;
  const password = 'correct horse battery staple';
  const response = await graphql<{
    signUp: { accessToken: string; refreshToken: string; user: { id: string } };
  }>(
    graphqlUrl,
    'mutation SignUp($email: String!, $password: String!) { signUp(email: $email, password: $password) { accessToken refreshToken user { id } } }',
    { email, password },
    headers,
  );
  if (!response.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(response.errors)}`);
  const { accessToken, refreshToken, user } = response.data.signUp;
  return {
    id: user.id,
    email,
    password,
    accessToken,
    refreshToken,
    headers: { authorization: `Bearer ${accessToken}` },
  };
}

/** Signs a new user up and makes them an administrator; the returned token carries the role. */
export async function signUpAdmin(
  graphqlUrl: string,
  config: Env,
  name = 'admin',
): Promise<SignedInUser> {
  const user = await signUp(graphqlUrl, name);
  await withConnection(databaseUrl(config, 'accounts'), (connection) =>
    connection.query("UPDATE `User` SET role = 'ADMIN' WHERE id = ?", [user.id]),
  );
  const response = await graphql<{ logIn: { accessToken: string; refreshToken: string } }>(
    graphqlUrl,
    'mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken refreshToken } }',
    { email: user.email, password: user.password },
  );
  if (!response.data?.logIn) throw new Error(`log-in failed: ${JSON.stringify(response.errors)}`);
  const { accessToken, refreshToken } = response.data.logIn;
  return {
    ...user,
    accessToken,
    refreshToken,
    headers: { authorization: `Bearer ${accessToken}` },
  };
}
