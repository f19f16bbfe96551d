import type { AuthenticationContext } from './plugins/use-authentication.js';
import type { ClientAddressContext } from './plugins/use-client-address.js';
import type { InternalIdentityContext } from './plugins/use-internal-identity.js';

/** What each gateway request carries to the subgraph fetches, built by the gateway's plugins. */
export type GatewayContext = AuthenticationContext & InternalIdentityContext & ClientAddressContext;
