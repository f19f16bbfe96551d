import getPort from 'get-port';

// Below Linux's ephemeral range (32768–60999 by default), where the kernel never hands a port to
// an outgoing connection; above the range `npm start`'s test walks through (20000–24999).
const FIRST = 25_000;
const LAST = 32_767;

/**
 * A loopback port free now, for a server a test starts a little later. A port from get-port's
 * default (the kernel's pick) lies in the ephemeral range, where one of the suite's thousands of
 * client connections to MariaDB, Redis or a service may take it before the server listens
 * (EADDRINUSE). Candidates are random, so parallel test files do not all try the same one first.
 */
export function unusedPort(exclude: readonly number[] = []): Promise<number> {
  const candidates = Array.from(
    { length: 64 },
    () => FIRST + Math.floor(Math.random() * (LAST - FIRST + 1)),
  );
  return getPort({ host: '127.0.0.1', port: candidates, exclude });
}
