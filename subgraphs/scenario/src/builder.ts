import { scopeAuthOptions, type AuthScopes } from '@capstone/auth';
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { dateScalar } from '@capstone/server-kit';
import type { ScenarioContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: ScenarioContext;
  AuthScopes: AuthScopes;
  Scalars: { Date: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
}>({
  // Scope auth first: the federation plugin must see resolvers already wrapped by it.
  plugins: [ScopeAuthPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: scopeAuthOptions<ScenarioContext>(),
  defaultFieldNullability: false,
});

builder.scalarType('Date', dateScalar);
builder.queryType({ description: 'Reads of the scenario subgraph.' });
