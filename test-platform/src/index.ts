export { graphql, type GraphQLResponse } from './graphql-client.js';
export { internalHeaders, signUp, signUpAdmin, type SignedInUser } from './identities.js';
export { KRX_DATA_DIR, insertKrxBars, readKrxBars, type Bar } from './market-fixtures.js';
export { createTestDatabases, testConfig, type TestDatabases } from './test-databases.js';
export { startPlatform, type StartPlatformOptions, type TestPlatform } from './test-platform.js';
