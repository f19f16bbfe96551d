/** One server-sent event as Yoga writes them: `event: next` with `data: {data, errors}`. */
export interface SseEvent {
  event?: string;
  data?: string;
  /** A comment line (Yoga's keep-alive ping). */
  comment?: boolean;
}

/** The events of a `text/event-stream` body, read one at a time. */
export interface EventReader {
  /** The next event; undefined once the body has ended or been cancelled. */
  next(): Promise<SseEvent | undefined>;
  /**
   * Cancels the body, so that its source (the subscription) is given back now: a `next` that
   * waits for the next event resolves at once, with undefined.
   */
  cancel(): Promise<void>;
}

/**
 * Reads the events of a `text/event-stream` body, in order. Not an async generator: one waiting
 * for the next chunk cannot be returned until that chunk comes, so a client that went away would
 * hold the subscription until its next event or keep-alive.
 */
export function readEvents(body: ReadableStream<Uint8Array>): EventReader {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  const parsed: SseEvent[] = [];
  let buffered = '';
  let ended = false;
  let cancelled: Promise<void> | undefined;

  const parse = () => {
    let end: number;
    while ((end = buffered.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end).replace(/^\r?\n\r?\n/, '');
      const event: SseEvent = {};
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) event.comment = true;
        else if (line.startsWith('event:')) event.event = line.slice(6).trim();
        else if (line.startsWith('data:'))
          event.data =
            (event.data === undefined ? '' : `${event.data}\n`) + line.slice(5).trimStart();
      }
      parsed.push(event);
    }
  };

  return {
    async next() {
      while (parsed.length === 0 && !ended) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (ended) return undefined; // cancelled while reading
          throw error;
        }
        const { done, value } = chunk;
        if (done) ended = true;
        else {
          buffered += decoder.decode(value, { stream: true });
          parse();
        }
      }
      return parsed.shift();
    },
    cancel() {
      ended = true;
      parsed.length = 0;
      cancelled ??= (async () => {
        // Not reader.cancel(): on the ReadableStream Yoga answers with (a Node stream, read
        // through an async generator) it too waits for the pending read. Letting go of the lock
        // ends that read, and cancelling the body reaches its source at once.
        try {
          reader.releaseLock();
        } catch {
          // An implementation that refuses while a read is pending: cancel through the reader.
        }
        await body
          .cancel()
          .catch(() => reader.cancel())
          .catch(() => undefined);
      })();
      return cancelled;
    },
  };
}

export const sse = (event: string, data: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
