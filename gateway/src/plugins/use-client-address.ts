import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';

export interface ClientAddressContext {
  /** The caller's address as the gateway's socket saw it (absent for in-process requests). */
  clientIp?: string;
}

/** Puts the caller's address in the context, for the rate limit and the subgraphs. */
export function useClientAddress(): Plugin<ClientAddressContext & { req?: IncomingMessage }> {
  return {
    onContextBuilding({ context, extendContext }) {
      extendContext({ clientIp: context.req?.socket.remoteAddress });
    },
  };
}
