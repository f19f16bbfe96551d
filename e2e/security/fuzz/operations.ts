import { Supergraph } from '@apollo/federation-internals';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Operations for the schema-driven fuzzer: for a root field of the composed supergraph's API
 * schema, a document (every argument a variable, a selection of its leaf fields) and
 * fast-check arbitraries of variables, valid and invalid by each argument's type.
 */

/** The API schema clients see, from the supergraph the gateway serves. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {});
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {});
  return [
    ...query.map((field) => ({ operation: 'query' as const, field })),
    ...mutation.map((field) => ({ operation: 'mutation' as const, field })),
  ];
}

/** Values that mean something to the platform (the demo's ids, real symbols), for valid cases. */
export interface KnownValues {
  ids: string[];
  strings: string[];
}

const MALFORMED_STRINGS = [
  '',
  ' ',
  '\u0000',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '%s%s%n',
  '{{7*7}}',
  '1e30',
  'NaN',
  'Infinity',
  '-1',
  '9'.repeat(40),
  '0001-01-01',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '💥'.repeat(50),
  'x'.repeat(20_000),
];

const scalar = (name: string, known: KnownValues): fc.Arbitrary<unknown> => {
  const anyString = fc.oneof(
    fc.constantFrom(...MALFORMED_STRINGS),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  // Of the right type most of the time, so that most operations get past validation to the
  // services; a value of the wrong type stops the whole operation at the gateway.
  const wrongType = fc.constantFrom<unknown>(true, 42, -1.5, 'text', [], {}, null);
  const mostly = (...right: fc.Arbitrary<unknown>[]) =>
    fc.oneof(...right.map((arbitrary) => ({ weight: 10, arbitrary })), {
      weight: 1,
      arbitrary: wrongType,
    });
  switch (name) {
    case 'Int':
      return mostly(
        fc.integer({ min: -5, max: 100 }),
        fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2 ** 31, 2 ** 53, 1.5),
      );
    case 'Float':
      return mostly(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, -1, 1e308, -1e308, 5e-324),
      );
    case 'Boolean':
      return mostly(fc.boolean());
    case 'ID':
      return mostly(fc.constantFrom(...known.ids), anyString, fc.uuid());
    case 'Decimal':
      return mostly(
        fc.constantFrom(
          '1',
          '0',
          '-1',
          '100.5',
          '0.0001',
          '1e30',
          'NaN',
          'Infinity',
          '9999999999999999999999',
          '900000000000',
          '9000000000000000',
          '1.23456789',
          'abc',
        ),
        fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
      );
    case 'Date':
      return mostly(
        fc.constantFrom('2026-11-20', '2025-01-02', '1956-03-03', '0001-01-01', '2999-12-31'),
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        anyString,
      );
    case 'DateTime':
      return mostly(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString()),
        anyString,
      );
    default:
      // String and any scalar this file does not know.
      return mostly(fc.constantFrom(...known.strings), anyString);
  }
};

/** A value for `type`: mostly of the type, sometimes not (wrong enum, null for non-null, junk). */
export function valueFor(
  type: GraphQLInputType,
  known: KnownValues,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 30, arbitrary: valueFor(type.ofType, known, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (isListType(type)) {
    const item = valueFor(type.ofType as GraphQLInputType, known, depth + 1);
    return fc.oneof(
      { weight: 30, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 100, maxLength: 300 }) },
      { weight: 1, arbitrary: item },
      // Deep nesting where one level is expected.
      { weight: 1, arbitrary: item.map((value) => nest(value, 30)) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(
          'NOT_A_VALUE',
          type.getValues()[0]!.name.toLowerCase(),
          '',
          7,
        ),
      },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(
        fields.map((field) => [field.name, valueFor(field.type, known, depth + 1)]),
      ),
      {
        requiredKeys: fields
          .filter((field) => isNonNullType(field.type))
          .map((field) => field.name),
      },
    );
    return fc.oneof(
      { weight: 30, arbitrary: record },
      { weight: 1, arbitrary: record.map((value) => ({ ...value, notAField: nest('x', 40) })) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>('text', 12, [], null) },
    );
  }
  return scalar(getNamedType(type).name, known);
}

function nest(value: unknown, levels: number): unknown {
  let nested = value;
  for (let level = 0; level < levels; level++) nested = [nested];
  return nested;
}

/** The leaf fields of a type (those without required arguments), nested objects to `depth`. */
export function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || depth === 0) return '{ __typename }';
  const object = named as GraphQLObjectType;
  const parts = ['__typename'];
  for (const field of Object.values(object.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if ((isObjectType(inner) || isInterfaceType(inner)) && depth > 1) {
      parts.push(`${field.name} ${selectionOf(field.type, depth - 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

export interface FuzzOperation {
  query: string;
  /** The arbitrary of `variables`: required arguments always, optional ones sometimes. */
  variables: fc.Arbitrary<Record<string, unknown>>;
}

export function operationFor({ operation, field }: RootField, known: KnownValues): FuzzOperation {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  const query =
    `${operation} Fuzz_${field.name}${definitions.length ? `(${definitions.join(', ')})` : ''} ` +
    `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(field.type)} }`;
  const variables = fc.record(
    Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, known)])),
    {
      requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
    },
  );
  return { query, variables };
}
