/** One server-sent event as Yoga writes them: `event: next` with `data: {data, errors}`. */
export interface SseEvent {
  event?: string;
  data?: string;
  /** A comment line (Yoga's keep-alive ping). */
  comment?: boolean;
}

/** The events of a `text/event-stream` body, in order. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffered = '';
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
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
        yield event;
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => undefined);
  }
}

export const sse = (event: string, data: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
