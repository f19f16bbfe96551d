import type { Identity } from '@capstone/auth';

/** What each gateway request carries to the subgraph fetches. */
export interface GatewayContext {
  identity: Identity;
  /** The identity signed for the subgraphs. */
  internalToken: string;
  clientIp?: string;
}
