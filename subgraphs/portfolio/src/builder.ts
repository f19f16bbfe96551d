import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { type Decimal, dateTimeScalar, decimalScalar } from '@capstone/server-kit';
import type { PortfolioContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: PortfolioContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: Decimal; Output: Decimal | { toFixed(): string } };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
});

builder.scalarType('DateTime', dateTimeScalar);
builder.scalarType('Decimal', decimalScalar);
builder.queryType({ description: 'Reads of the portfolio subgraph.' });
