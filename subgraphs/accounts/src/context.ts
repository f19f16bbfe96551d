import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { PrismaClient } from './prisma.js';
import type { AuthServices } from './auth-services.js';

export interface AccountsContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  services: AuthServices;
  /**
   * The user who signed in during this request (signUp, logIn, refreshSession): the answer
   * may show them their own details although the request came in anonymous.
   */
  signedIn?: string;
  /** The caller's address as the gateway saw it, for log-in throttling. */
  clientIp: string;
}
