/**
 * The authorisation matrix: for every root field of the API (queries, mutations and
 * subscriptions, deprecated ones too), one row or more saying what each kind of caller gets.
 * `matrix-is-complete.spec.ts` fails when a root field has no row, so a new operation cannot
 * ship without one. To add a row, append to `rows/<subgraph>.ts`:
 *
 *     row('Mutation.runStressTest', {
 *       operation: 'mutation($id: ID!) { runStressTest(portfolioId: $id, scenarioId: "gfc-2008") { id } }',
 *       variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
 *       outcomes: allow(...OWNER_ONLY),
 *     }),
 */
import type { Variables } from '@capstone/graphql-client';
import type {
  Caller,
  PlatformFixture,
  SignedInUser,
  SubscriptionTransport,
} from '@capstone/test-platform';

/** Where the matrix's local OpenID Connect provider sends the browser back to. */
export const REDIRECT_URI = 'http://127.0.0.1:8080/auth/callback';

/**
 * The platform's rate limits for a matrix run: every row is sent five times, and sign-ups and
 * log-ins set them up, so no caller may run out.
 */
export const UNLIMITED_RATES = {
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_API_KEY_PER_MINUTE: '1000000',
};

/** Every kind of caller each row is sent as. */
export const CALLERS = [
  'anonymous',
  /** A signed-in user who owns nothing of the owner's. */
  'otherUser',
  /** A partner's API key with only `AI_READ`. */
  'partnerKeyWithoutScope',
  /** The owner's API key with every scope. */
  'ownerKeyWithScope',
  /** The owner, signed in with a session. */
  'owner',
] as const;
export type CallerKind = (typeof CALLERS)[number];

export const EVERYONE: CallerKind[] = [...CALLERS];
/** Anyone signed in who may read the data (the partner's key lacks the scope). */
export const SIGNED_IN: CallerKind[] = ['otherUser', 'ownerKeyWithScope', 'owner'];
export const OWNER_ONLY: CallerKind[] = ['ownerKeyWithScope', 'owner'];
/** Signed in with a password or a provider, not with an API key. */
export const SESSIONS_ONLY: CallerKind[] = ['otherUser', 'owner'];

/**
 * `ok`: no errors. `hidden`: no errors and a null root field, the answer for an id that does not
 * exist (so that the caller learns nothing of it). A code: the first error has it, and every
 * error is a refusal (NOT_FOUND: someone else's thing, answered as if it did not exist).
 */
export type Outcome = 'ok' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * The usual outcomes: the listed callers succeed; an anonymous caller must sign in
 * (UNAUTHENTICATED) and every other caller is refused (FORBIDDEN).
 */
export function allow(...allowed: CallerKind[]): Record<CallerKind, Outcome> {
  return Object.fromEntries(
    CALLERS.map((caller) => [
      caller,
      allowed.includes(caller) ? 'ok' : caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]),
  ) as Record<CallerKind, Outcome>;
}

export interface RowContext {
  scene: Scene;
  caller: CallerKind;
  platform: PlatformFixture;
}

export interface MatrixRow {
  /** The root field the row is about, as `Query.portfolio`. */
  field: `${'Query' | 'Mutation' | 'Subscription'}.${string}`;
  /** What sets this row apart from the field's other rows. */
  case?: string;
  operation: string;
  /** The operation's variables, made for each caller (a fresh portfolio, a TOTP code, …). */
  variables?: (context: RowContext) => Variables | Promise<Variables>;
  outcomes: Record<CallerKind, Outcome>;
  /**
   * A new owner, other user, partner and keys for each caller: for operations that change the
   * account itself (two-factor), so that other rows keep the accounts they expect.
   */
  freshScene?: boolean;
  /** For subscriptions: graphql-ws unless given. */
  transport?: SubscriptionTransport;
  /**
   * For subscriptions: what makes the first event come for an allowed subscriber, called until
   * it does (default: a quote of 005930).
   */
  meanwhile?: (context: RowContext) => unknown;
}

export const row = (field: MatrixRow['field'], rest: Omit<MatrixRow, 'field'>): MatrixRow => ({
  field,
  ...rest,
});

export const rowTitle = (matrixRow: MatrixRow) =>
  matrixRow.case ? `${matrixRow.field} (${matrixRow.case})` : matrixRow.field;

/** Remembers the first call's promise. */
const once = <Value>(make: () => Promise<Value>) => {
  let made: Promise<Value> | undefined;
  return () => (made ??= make());
};

let counter = 0;
/** A name no other call in this run has used. */
export const unique = (name: string) => `${name}-${process.pid}-${counter++}`;

/**
 * The people and things a row acts on, made on first use: an owner with a portfolio and a key
 * with every scope, another user, and a partner whose key lacks the scopes.
 */
export class Scene {
  constructor(private readonly platform: PlatformFixture) {}

  readonly owner = once(() => this.platform.signUp('owner'));
  readonly other = once(() => this.platform.signUp('other'));
  readonly partner = once(async () =>
    this.platform.withRole(await this.platform.signUp('partner'), 'PARTNER'),
  );
  readonly ownerKey = once(async () =>
    (await this.owner()).createApiKey([
      'PORTFOLIO_READ',
      'PORTFOLIO_WRITE',
      'MARKET_READ',
      'SIMULATION_RUN',
      'AI_READ',
    ]),
  );
  readonly partnerKey = once(async () => (await this.partner()).createApiKey(['AI_READ']));
  /** The owner's portfolio, with cash. */
  readonly portfolioId = once(() => this.newPortfolio());

  /** Another portfolio of the owner's, for operations that use one up. */
  async newPortfolio(): Promise<string> {
    const response = await (
      await this.owner()
    ).ask<{ createPortfolio: { id: string } }>(
      'mutation($name: String!) { createPortfolio(input: { name: $name, cash: "1000000" }) { id } }',
      { name: unique('fixture') },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createPortfolio.id;
  }

  async caller(kind: CallerKind): Promise<Caller> {
    const callers: Record<CallerKind, () => Promise<Caller>> = {
      anonymous: async () => this.platform.anonymous,
      otherUser: this.other,
      partnerKeyWithoutScope: this.partnerKey,
      ownerKeyWithScope: this.ownerKey,
      owner: this.owner,
    };
    return callers[kind]();
  }

  /** The account a caller acts for (a key's owner); the owner's for an anonymous caller. */
  async accountOf(kind: CallerKind): Promise<SignedInUser> {
    if (kind === 'otherUser') return this.other();
    if (kind === 'partnerKeyWithoutScope') return this.partner();
    return this.owner();
  }
}
