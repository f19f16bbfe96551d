export { graphql, type GraphQLResponse } from './graphql-client.js';
export { createTestDatabases, testConfig, type TestDatabases } from './test-databases.js';
export { startPlatform, type StartPlatformOptions, type TestPlatform } from './test-platform.js';
