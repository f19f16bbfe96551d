import { FixedBuffer, Repeater } from 'graphql-yoga';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { SharedSubscription, Subscriber } from './shared-upstream.js';

/** Events held for one slow subscriber before it is cut off (it may resubscribe). */
const SUBSCRIBER_BUFFER = 10_000;

/**
 * One client's stream of a shared subscription, with a buffer of its own. `leave` runs once,
 * however the stream ends: the client cancels (even before reading), the upstream ends, or
 * the client falls too far behind.
 */
export function subscriberStream(
  joined: SharedSubscription,
  leave: () => void,
): AsyncIterableIterator<ExecutionResult> {
  // The subscriber joins now, not when the client first reads: a client may cancel before
  // that (graphql-ws then returns the iterator without ever reading it), and its slot and its
  // share of the upstream subscription must still be given back.
  let cleanedUp = false;
  const cleanUp = async () => {
    if (cleanedUp) return;
    cleanedUp = true;
    leave();
    await joined.remove(subscriber);
  };
  // Events that arrive before the client starts reading wait here.
  const early: ExecutionResult[] = [];
  let ended = false;
  let deliverNow: ((result: ExecutionResult) => void) | undefined;
  let endNow: (() => void) | undefined;
  const subscriber: Subscriber = {
    deliver: (result) => (deliverNow ? deliverNow(result) : early.push(result)),
    end: () => {
      ended = true;
      endNow?.();
    },
  };
  joined.add(subscriber);

  // A Repeater rather than an async generator: a generator waiting for the next upstream event
  // would not see the client's cancellation until that event came, and might wait forever.
  // Its buffer holds events for a client that reads more slowly than they come.
  const events = new Repeater<ExecutionResult>(async (push, stop) => {
    deliverNow = (result) => {
      try {
        void push(result).catch(() => undefined);
      } catch {
        // The client has let more events pile up than anyone can catch up on.
        stop(
          new GraphQLError('Events came faster than this client read them; subscribe again', {
            extensions: { code: 'SUBSCRIBER_TOO_SLOW' },
          }),
        );
      }
    };
    endNow = () => stop();
    for (const result of early.splice(0)) deliverNow(result);
    if (ended) stop();
    await stop;
    await cleanUp();
  }, new FixedBuffer(SUBSCRIBER_BUFFER));

  const iterator: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => iterator,
    next: () => events.next(),
    return: async (value?: unknown) => {
      await cleanUp();
      return events.return(value as never);
    },
    throw: (error?: unknown) => events.throw(error),
  };
  return iterator;
}
