import type { Client, ClientOptions } from 'graphql-ws';
import type { RequestOptions, Variables } from '@capstone/graphql-client';
import type { MailSink } from './mail-sink.js';
import { testClient, type AnyData, type GraphQLResponse } from './graphql-client.js';
import {
  graphqlWsClient,
  subscribe,
  type Subscription,
  type SubscriptionTransport,
} from './subscriptions.js';

/** The running gateway the callers talk to, and where they leave what must be closed. */
export interface GatewayConnection {
  graphqlUrl: string;
  /** Where the platform's mail lands, for sign-up and reset links. */
  mail: MailSink;
  /** Closes it when the platform stops, if the test has not already. */
  track: (close: () => unknown) => void;
}

/** Anyone who sends operations to the gateway: anonymous, a user, an API key, a service. */
export interface Caller {
  /** What this caller sends: nothing, a bearer token, an API key or a signed identity. */
  readonly headers: Record<string, string>;
  /** Sends one operation through the gateway as this caller (extra headers in `options`). */
  ask<Data = AnyData>(
    query: string,
    variables?: Variables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  /** Subscribes through the gateway as this caller; closed at the latest when the platform stops. */
  subscribe<Data = AnyData>(
    query: string,
    variables?: Variables,
    transport?: SubscriptionTransport,
  ): Subscription<Data>;
  /**
   * A graphql-ws client connected as this caller, for tests of the connection itself (several
   * subscriptions on one socket, say); disposed at the latest when the platform stops.
   */
  ws(options?: Partial<ClientOptions>): Client;
}

export function callerWith(
  gateway: GatewayConnection,
  headers: Record<string, string> = {},
): Caller {
  const client = testClient(gateway.graphqlUrl, headers);
  const target = { graphqlUrl: gateway.graphqlUrl, headers };
  return {
    headers,
    ask: (query, variables = {}, options) => client.execute(query, variables, options),
    subscribe: <Data>(query: string, variables?: Variables, transport?: SubscriptionTransport) => {
      const subscription = subscribe<Data>(target, query, variables, transport);
      gateway.track(subscription.close);
      return subscription;
    },
    ws: (options) => {
      const ws = graphqlWsClient(target, options);
      gateway.track(() => ws.dispose());
      return ws;
    },
  };
}
