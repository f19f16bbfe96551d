export { callerWith, type Caller, type GatewayConnection } from './callers.js';
export { graphql, testClient, type AnyData, type GraphQLResponse } from './graphql-client.js';
export {
  TEST_PASSWORD,
  internalHeaders,
  uniqueEmail,
  type ApiKeyCaller,
  type ApiScope,
  type SignedInUser,
} from './identities.js';
export { startMailSink, tokenFrom, type CaughtMail, type MailSink } from './mail-sink.js';
export {
  KOSPI_CLOSES_FILE,
  KRX_DATA_DIR,
  insertKospiBars,
  insertKrxBars,
  readKospiCloses,
  readKrxBars,
  type Bar,
} from './market-fixtures.js';
export {
  startLocalOidcProvider,
  type LocalAccount,
  type LocalOidcProvider,
} from './oidc-provider.js';
export { unusedPort } from './ports.js';
export { quoteFeed, type QuoteFeed } from './quote-feed.js';
export {
  graphqlWsClient,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionTransport,
} from './subscriptions.js';
export { createTestDatabases, testConfig, type TestDatabases } from './test-databases.js';
export { startPlatform, type StartPlatformOptions, type TestPlatform } from './test-platform.js';
export { usePlatform, type PlatformFixture, type UsePlatformOptions } from './use-platform.js';
