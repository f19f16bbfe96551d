import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@capstone/platform';
import { rowTitle } from './matrix.js';
import { ROWS } from './rows/index.js';

/** The composed supergraph as partners get it, and each root field's subgraph. */
const supergraph = Supergraph.build(
  readFileSync(join(repoRoot, 'gateway', 'supergraph.graphql'), 'utf8'),
);
const api: GraphQLSchema = supergraph.apiSchema().toGraphQLJSSchema();

const ROOT_TYPES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** Every root field of the API, deprecated ones included, as `Query.portfolio`. */
function rootFields(): string[] {
  return [api.getQueryType(), api.getMutationType(), api.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

/** The subgraph that resolves each root field. */
function owners(): Map<string, string> {
  const owner = new Map<string, string>();
  for (const subgraph of supergraph.subgraphs()) {
    for (const root of subgraph.schema.schemaDefinition.roots()) {
      for (const field of root.type.fields()) {
        owner.set(`${ROOT_TYPES[root.rootKind]}.${field.name}`, subgraph.name);
      }
    }
  }
  return owner;
}

describe('the authorisation matrix', () => {
  it('has a row for every query, mutation and subscription of the API', () => {
    const covered = new Set(ROWS.map((matrixRow) => matrixRow.field));
    const owner = owners();
    const missing = rootFields()
      .filter((field) => !covered.has(field as never))
      .map((field) => {
        const subgraph = owner.get(field) ?? 'unknown';
        return `${field}: add its row to e2e/authorization-matrix/rows/${subgraph}.ts`;
      });
    expect(missing, 'root fields without a row in the authorisation matrix').toEqual([]);
  });

  it('has rows only for fields the API has', () => {
    const fields = new Set(rootFields());
    expect(ROWS.filter((matrixRow) => !fields.has(matrixRow.field)).map(rowTitle)).toEqual([]);
  });

  it.each(ROWS.map((matrixRow) => [rowTitle(matrixRow), matrixRow] as const))(
    '%s sends a valid operation that selects its field',
    (_title, matrixRow) => {
      const document = parse(matrixRow.operation);
      expect(validate(api, document).map((error) => error.message)).toEqual([]);
      const [type, field] = matrixRow.field.split('.');
      const operation = document.definitions[0] as OperationDefinitionNode;
      expect(ROOT_TYPES[operation.operation]).toBe(type);
      expect(
        operation.selectionSet.selections.map((selection) =>
          selection.kind === 'Field' ? selection.name.value : undefined,
        ),
      ).toContain(field);
    },
  );
});
