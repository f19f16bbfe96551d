// The tests live in mcp-server/__tests__/chat/, two folders below the package root; the lint rule
// against climbing out of a package cannot tell this path stays inside mcp-server.
// eslint-disable-next-line no-restricted-imports
export * from '../../../src/chat/index.js';
