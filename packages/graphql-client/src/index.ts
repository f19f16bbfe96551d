export {
  createGraphQLClient,
  type GraphQLClient,
  type GraphQLClientOptions,
  type RequestOptions,
} from './client.js';
export { GraphQLRequestError, type TransportFailure } from './errors.js';
export {
  typedDocument,
  type GraphQLErrorItem,
  type GraphQLResult,
  type TypedDocument,
  type Variables,
} from './types.js';
