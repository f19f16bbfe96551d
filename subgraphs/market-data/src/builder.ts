import { scopeAuthOptions, type AuthScopes } from '@capstone/auth';
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { type Decimal, dateScalar, dateTimeScalar, decimalScalar } from '@capstone/server-kit';
import type { MarketDataContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: MarketDataContext;
  AuthScopes: AuthScopes;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: Decimal; Output: Decimal | { toFixed(): string } | string };
  };
  DefaultFieldNullability: false;
}>({
  // Scope auth first: the federation plugin must see resolvers already wrapped by it.
  plugins: [ScopeAuthPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: scopeAuthOptions<MarketDataContext>(),
  defaultFieldNullability: false,
});

builder.scalarType('Date', dateScalar);
builder.scalarType('DateTime', dateTimeScalar);
builder.scalarType('Decimal', decimalScalar);
builder.queryType({ description: 'Reads of the market-data subgraph.' });
builder.mutationType({
  description: 'Administration of market data: what is collected, and when.',
});
builder.subscriptionType({ description: 'Live market data.' });
