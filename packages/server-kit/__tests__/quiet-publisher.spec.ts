import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '@capstone/observability';
import { quietPublisher } from '../src/optional-redis.js';

describe('the publishing side of a Redis event target', () => {
  it('drops and logs a publish Redis refuses, rather than rejecting (which would end the process)', async () => {
    const client = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    const warn = vi.fn();
    const publisher = quietPublisher(client, { warn } as unknown as Logger);
    expect(await publisher.publish('quiet-publisher-test', 'before')).toBeGreaterThanOrEqual(0);
    await client.quit();
    // As during a shutdown: the connection is closed, and ioredis rejects the command.
    await expect(client.publish('quiet-publisher-test', 'raw')).rejects.toThrow(/closed/i);
    await expect(publisher.publish('quiet-publisher-test', 'after')).resolves.toBe(0);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'quiet-publisher-test' }),
      'Redis publish failed; the event is dropped',
    );
    // Everything else is the client itself.
    expect(publisher.status).toBe('end');
  });
});
