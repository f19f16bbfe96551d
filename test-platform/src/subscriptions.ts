import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLErrorItem, Variables } from '@capstone/graphql-client';
import type { AnyData } from './graphql-client.js';

export interface SubscriptionEvent<Data = AnyData> {
  data?: Data | null;
  errors?: GraphQLErrorItem[];
}

export type SubscriptionTransport = 'graphql-ws' | 'sse';

export interface Subscription<Data = AnyData> {
  /** The next event; a refusal or an error that ends the stream is an event with errors. */
  next(): Promise<SubscriptionEvent<Data>>;
  /**
   * The first event, calling `meanwhile` (publish a quote, say) every 50 ms until it comes: the
   * server may still be subscribing upstream when the first publication goes out.
   */
  first(meanwhile?: () => unknown, timeoutMs?: number): Promise<SubscriptionEvent<Data>>;
  close(): Promise<void>;
}

/** Where the subscription goes and as whom: the headers become connectionParams over graphql-ws. */
export interface SubscriptionTarget {
  graphqlUrl: string;
  headers: Record<string, string>;
}

/** A graphql-ws client at the gateway as the target's caller, retrying nothing. */
export function graphqlWsClient(
  target: SubscriptionTarget,
  options: Partial<ClientOptions> = {},
): Client {
  return createClient({
    url: target.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: target.headers,
    retryAttempts: 0,
    ...options,
  });
}

/** Subscribes at the gateway over graphql-ws (its own connection) or SSE (its own request). */
export function subscribe<Data = AnyData>(
  target: SubscriptionTarget,
  query: string,
  variables: Variables = {},
  transport: SubscriptionTransport = 'graphql-ws',
): Subscription<Data> {
  const queue = new EventQueue<SubscriptionEvent<Data>>();
  const stop =
    transport === 'sse'
      ? streamSse(target, query, variables, queue)
      : streamGraphqlWs(target, query, variables, queue);
  const close = async () => {
    queue.end();
    await stop();
  };
  return {
    next: () => queue.next(),
    async first(meanwhile, timeoutMs = 10_000) {
      let arrived = false;
      const pending = queue.next().finally(() => (arrived = true));
      const deadline = Date.now() + timeoutMs;
      while (!arrived) {
        if (Date.now() > deadline) {
          await close();
          throw new Error(`No subscription event within ${timeoutMs} ms`);
        }
        await meanwhile?.();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return pending;
    },
    close,
  };
}

/** Events in arrival order for one reader; `next` waits for the next one. */
class EventQueue<Event> {
  private readonly events: Event[] = [];
  private readonly waiting: { resolve: (event: Event) => void; reject: (error: Error) => void }[] =
    [];
  private ended: Error | undefined;

  push(event: Event): void {
    if (this.ended) return;
    const reader = this.waiting.shift();
    if (reader) reader.resolve(event);
    else this.events.push(event);
  }

  end(error = new Error('The subscription ended without another event')): void {
    if (this.ended) return;
    this.ended = error;
    for (const reader of this.waiting.splice(0)) reader.reject(error);
  }

  next(): Promise<Event> {
    const event = this.events.shift();
    if (event !== undefined) return Promise.resolve(event);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
}

function streamGraphqlWs<Data>(
  target: SubscriptionTarget,
  query: string,
  variables: Variables,
  queue: EventQueue<SubscriptionEvent<Data>>,
): () => Promise<void> {
  const client = graphqlWsClient(target);
  const unsubscribe = client.subscribe<Data>(
    { query, variables },
    {
      next: (event) => queue.push(event as SubscriptionEvent<Data>),
      // The errors of an `error` message are the subscription's answer; anything else ends it.
      error: (error) =>
        Array.isArray(error)
          ? (queue.push({ errors: error as GraphQLErrorItem[] }), queue.end())
          : queue.end(new Error(`The subscription's connection failed: ${String(error)}`)),
      complete: () => queue.end(),
    },
  );
  return async () => {
    unsubscribe();
    await client.dispose();
  };
}

function streamSse<Data>(
  target: SubscriptionTarget,
  query: string,
  variables: Variables,
  queue: EventQueue<SubscriptionEvent<Data>>,
): () => Promise<void> {
  const abort = new AbortController();
  const reading = (async () => {
    const response = await fetch(target.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...target.headers,
      },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.startsWith('text/event-stream')) {
      // Refused before it started: one plain GraphQL answer with errors. Anything else is not
      // a subscription over SSE.
      const answer = (await response.json()) as SubscriptionEvent<Data>;
      if (!answer.errors?.length) {
        throw new Error(`answered ${response.status} ${contentType}, not an event stream`);
      }
      queue.push(answer);
      return;
    }
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body!) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = parseSseMessage(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (message.event === 'complete') return;
        if (message.data) queue.push(JSON.parse(message.data) as SubscriptionEvent<Data>);
      }
    }
  })();
  reading.then(
    () => queue.end(),
    (error: unknown) =>
      queue.end(abort.signal.aborted ? undefined : new Error(`SSE failed: ${String(error)}`)),
  );
  return async () => {
    abort.abort();
    await reading.catch(() => undefined);
  };
}

/** One `text/event-stream` message: its `event` and its `data` lines joined. */
function parseSseMessage(text: string): { event?: string; data?: string } {
  const message: { event?: string; data?: string } = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') message.event = value;
    if (field === 'data')
      message.data = message.data === undefined ? value : `${message.data}\n${value}`;
  }
  return message;
}
