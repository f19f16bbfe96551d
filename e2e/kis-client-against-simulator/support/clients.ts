import {
  createKisClient,
  memoryTokenStore,
  type KisClient,
  type KisClientOptions,
} from '@capstone/kis-client';
import { credentials } from './loopback.js';

/**
 * Clients for one test file. Each has an app key and a token store of its own unless the test
 * passes them, so no test inherits another's token or rate budget. `defaults` is read at each
 * call because the simulator it points at is only started in `beforeAll`.
 */
export function clientPool(defaults: () => Partial<KisClientOptions>) {
  const open: KisClient[] = [];
  return {
    client(options: Partial<KisClientOptions> = {}): KisClient {
      const kis = createKisClient({
        env: 'real',
        ...credentials(),
        tokenStore: memoryTokenStore(),
        ...defaults(),
        ...options,
      });
      open.push(kis);
      return kis;
    },
    closeAll: async () => {
      await Promise.all(open.splice(0).map((kis) => kis.close()));
    },
  };
}

/** A clock the test moves ahead of real time, so "a minute later" takes no time. */
export function shiftedClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms: number) => {
      offsetMs += ms;
    },
  };
}
