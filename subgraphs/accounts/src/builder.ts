import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { dateTimeScalar } from '@capstone/server-kit';
import type { AccountsContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: AccountsContext;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
}>({
  plugins: [DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
});

builder.scalarType('DateTime', dateTimeScalar);
builder.queryType({ description: 'Reads of the accounts subgraph.' });
