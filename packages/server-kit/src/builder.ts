// The plugins add their field options (authScopes, validate) to Pothos's global types;
// these keep them in this file's declarations, so that the subgraphs' builders see them.
/// <reference types="@pothos/core" preserve="true" />
/// <reference types="@pothos/plugin-directives" preserve="true" />
/// <reference types="@pothos/plugin-federation" preserve="true" />
/// <reference types="@pothos/plugin-scope-auth" preserve="true" />
/// <reference types="@pothos/plugin-validation" preserve="true" />
import { scopeAuthOptions, type AuthScopes, type Identity } from '@capstone/auth';
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { dateScalar, dateTimeScalar, decimalScalar, type Decimal } from './scalars.js';
import { argumentError } from './validation.js';

/** The scalars the subgraphs share; each declares only those it uses. */
const SCALARS = { Date: dateScalar, DateTime: dateTimeScalar, Decimal: decimalScalar } as const;
export type SubgraphScalarName = keyof typeof SCALARS;

export interface SubgraphSchemaTypes<Context extends object> {
  Context: Context;
  AuthScopes: AuthScopes;
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
    // Prisma's Decimal is its own copy of decimal.js, hence the shape.
    Decimal: { Input: Decimal; Output: Decimal | { toFixed(): string } | string };
  };
  DefaultFieldNullability: false;
}

export interface SubgraphBuilderOptions {
  scalars: readonly SubgraphScalarName[];
  /** Descriptions of the root types the subgraph has; a root without one is left out. */
  roots: { query: string; mutation?: string; subscription?: string };
}

/**
 * The Pothos builder of a subgraph: scope auth first (the federation plugin must see resolvers
 * already wrapped by it), then directives, federation and argument validation;
 * fields are non-null unless they say otherwise, and a failed validation is a BAD_USER_INPUT
 * naming the argument.
 */
export function createSubgraphBuilder<Context extends { identity: Identity }>({
  scalars,
  roots,
}: SubgraphBuilderOptions) {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<Context>>({
    plugins: [ScopeAuthPlugin, DirectivesPlugin, FederationPlugin, ValidationPlugin],
    scopeAuth: scopeAuthOptions<Context>(),
    validation: { validationError: (failure) => argumentError(failure.issues) },
    defaultFieldNullability: false,
  });
  for (const name of scalars) builder.scalarType(name, SCALARS[name]);
  builder.queryType({ description: roots.query });
  if (roots.mutation) builder.mutationType({ description: roots.mutation });
  if (roots.subscription) builder.subscriptionType({ description: roots.subscription });
  return builder;
}
