// Where the dashboard finds the platform: /graphql and /api/chat on its own origin, which the
// Kubernetes Ingress and the Compose TLS edge route to the gateway and the MCP server.
{
  const here = globalThis.location.href;
  globalThis.CAPSTONE_CONFIG = {
    gatewayUrl: new URL('/graphql', here).href,
    chatUrl: new URL('/api/chat', here).href,
  };
  globalThis.CAPSTONE_GATEWAY = globalThis.CAPSTONE_CONFIG.gatewayUrl;
}
