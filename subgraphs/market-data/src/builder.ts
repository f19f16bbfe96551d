import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { type Decimal, dateScalar, decimalScalar } from '@capstone/server-kit';
import type { MarketDataContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: MarketDataContext;
  Scalars: {
    Date: { Input: Date; Output: Date };
    Decimal: { Input: Decimal; Output: Decimal | { toFixed(): string } };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
});

builder.scalarType('Date', dateScalar);
builder.scalarType('Decimal', decimalScalar);
builder.queryType({ description: 'Reads of the market-data subgraph.' });
