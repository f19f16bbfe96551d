/** Where the browser finds the gateway and the chat, written by the web server into /config.js. */
export interface RuntimeConfig {
  gatewayUrl: string;
  chatUrl: string;
}

declare global {
  interface Window {
    CAPSTONE_CONFIG?: Partial<RuntimeConfig>;
  }
}

/** The page's configuration; without /config.js (the Vite dev server) the default ports. */
export function runtimeConfig(): RuntimeConfig {
  const configured = window.CAPSTONE_CONFIG ?? {};
  const host = `${location.protocol}//${location.hostname}`;
  return {
    gatewayUrl: configured.gatewayUrl ?? `${host}:4000/graphql`,
    chatUrl: configured.chatUrl ?? `${host}:4010/api/chat`,
  };
}
