import type { Identity } from '@capstone/auth';
import { GraphQLError } from 'graphql';

export type SubscriptionLimits = ReturnType<typeof createSubscriptionLimits>;

/** Caps how many subscriptions one connection, and one user or key, may hold open at once. */
export function createSubscriptionLimits(perConnection: number, perUser: number) {
  const byConnection = new WeakMap<object, number>();
  const byUser = new Map<string, number>();

  const refuse = (message: string) =>
    new GraphQLError(message, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });

  return {
    /** Takes a slot, or throws; the returned function gives it back. */
    acquire(identity: Identity, connection: object | undefined): () => void {
      const userKey =
        identity.kind === 'anonymous'
          ? undefined
          : identity.kind === 'apiKey'
            ? `key:${identity.keyId}`
            : `user:${identity.userId}`;
      const connectionCount = connection ? (byConnection.get(connection) ?? 0) : 0;
      const userCount = userKey ? (byUser.get(userKey) ?? 0) : 0;
      if (connection && connectionCount >= perConnection) {
        throw refuse(`A connection may hold at most ${perConnection} subscriptions`);
      }
      if (userKey && userCount >= perUser) {
        throw refuse(`You may hold at most ${perUser} subscriptions at once`);
      }
      if (connection) byConnection.set(connection, connectionCount + 1);
      if (userKey) byUser.set(userKey, userCount + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (connection) byConnection.set(connection, (byConnection.get(connection) ?? 1) - 1);
        if (userKey) {
          const left = (byUser.get(userKey) ?? 1) - 1;
          if (left > 0) byUser.set(userKey, left);
          else byUser.delete(userKey);
        }
      };
    },
  };
}
