import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { dateScalar } from '@capstone/server-kit';
import type { ScenarioContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: ScenarioContext;
  Scalars: { Date: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
}>({
  plugins: [DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
});

builder.scalarType('Date', dateScalar);
builder.queryType({ description: 'Reads of the scenario subgraph.' });
