import { scopeAuthOptions, type AuthScopes } from '@capstone/auth';
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { dateTimeScalar } from '@capstone/server-kit';
import type { AccountsContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: AccountsContext;
  AuthScopes: AuthScopes;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
}>({
  // Scope auth first: the federation plugin must see resolvers already wrapped by it.
  plugins: [ScopeAuthPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: scopeAuthOptions<AccountsContext>(),
  defaultFieldNullability: false,
});

builder.scalarType('DateTime', dateTimeScalar);
builder.queryType({ description: 'Reads of the accounts subgraph.' });
builder.mutationType({
  description: 'Sign-up, log-in, sessions, two-factor authentication and API keys.',
});
