/**
 * Attack: locking someone out by failing their log-in on purpose. The lock used to be keyed by
 * e-mail alone, so anyone could pause any account for 15 minutes. Attempts are now counted per
 * e-mail and source address, with a higher ceiling per e-mail that the owner's usual address
 * does not share.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const LOG_IN =
  'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }';

/** Sends a log-in from another loopback address (Linux routes all of 127.0.0.0/8 locally). */
function logInFrom(localAddress: string, email: string, password: string) {
  const body = JSON.stringify({ query: LOG_IN, variables: { email, password } });
  return new Promise<{ errors?: { extensions?: { code?: string } }[]; data?: unknown }>(
    (resolve, reject) => {
      const outgoing = request(
        platform.graphqlUrl,
        {
          method: 'POST',
          localAddress,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(JSON.parse(text) as never));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    },
  );
}

describe('attack: a stranger fails the owner’s log-in to lock them out', () => {
  it('pauses the stranger’s address, not the owner at their usual address', async () => {
    const owner = await platform.signUp('lockout-owner');
    // The owner signs in from their usual address once (sign-up's first log-in did too).
    expect((await logInFrom('127.0.0.1', owner.email, owner.password)).errors).toBeUndefined();

    const stranger = [];
    for (let guess = 0; guess < 12; guess++) {
      stranger.push(await logInFrom('127.0.0.2', owner.email, `stranger guess ${guess}`));
    }
    expect(stranger.at(-1)!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    const owners = await logInFrom('127.0.0.1', owner.email, owner.password);
    expect(owners.errors).toBeUndefined();
  });
});
