import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  Kind,
  parse,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What the fuzzer holds every answer to: no server error (5xx, INTERNAL_SERVER_ERROR, an error
 * without a code), no stack trace or database internals, and data that fits the schema (a
 * non-null field is never null unless an error covers its path; leaves have their type).
 */
export interface Answer {
  status: number;

  body: any;
}

const LEAKS = [
  /\n\s+at .+[:(]\d+:\d+/,
  /node_modules/,
  /Invalid `.*` invocation/,
  /\bPrisma\b/,
  /PrismaClient/,
  /\bER_[A-Z_]{3,}\b/,
  /SQLSTATE/,
  /TypeError|ReferenceError|RangeError|SyntaxError: /,
  /Cannot read propert/,
];

export function problemsOf(schema: GraphQLSchema, query: string, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (typeof answer.body !== 'object' || answer.body === null) {
    return [...problems, `not a GraphQL answer: ${String(answer.body).slice(0, 200)}`];
  }
  const text = JSON.stringify(answer.body);
  for (const leak of LEAKS)
    if (leak.test(text)) problems.push(`leaks ${leak}: ${text.slice(0, 300)}`);
  const errors: {
    message?: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }[] = answer.body.errors ?? [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (!code) problems.push(`error without a code: ${error.message}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error: ${error.message}`);
    if (error.extensions?.stacktrace || error.extensions?.exception) {
      problems.push(`stack trace in extensions: ${error.message}`);
    }
  }
  if (answer.body.data && typeof answer.body.data === 'object') {
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    const root =
      operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    const errorPaths = errors.map((error) => (error.path ?? []).join('.'));
    checkSelection(
      schema,
      root!,
      operation.selectionSet,
      answer.body.data,
      [],
      errorPaths,
      problems,
    );
  }
  return problems;
}

function checkSelection(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode,
  value: Record<string, unknown>,
  path: (string | number)[],
  errorPaths: string[],
  problems: string[],
): void {
  const named = getNamedType(type);
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const name = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === '__typename') continue;
    const fields = isObjectType(named) || isInterfaceType(named) ? named.getFields() : {};
    const field = fields[selection.name.value];
    if (!field) continue;
    checkValue(
      schema,
      field.type,
      selection.selectionSet,
      value[name],
      [...path, name],
      errorPaths,
      problems,
    );
  }
}

function checkValue(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  value: unknown,
  path: (string | number)[],
  errorPaths: string[],
  problems: string[],
): void {
  const where = path.join('.');
  if (value === undefined) {
    problems.push(`${where} is missing from the data`);
    return;
  }
  if (value === null) {
    // A null in a non-null position is allowed only where an error explains it.
    if (isNonNullType(type) && !errorPaths.some((errorPath) => errorPath.startsWith(where))) {
      problems.push(`${where} is null but ${String(type)} is non-null, and no error says why`);
    }
    return;
  }
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return void problems.push(`${where} should be a list`);
    value.forEach((item, index) =>
      checkValue(
        schema,
        nullable.ofType,
        selectionSet,
        item,
        [...path, index],
        errorPaths,
        problems,
      ),
    );
    return;
  }
  if (isEnumType(nullable)) {
    if (!nullable.getValues().some((enumValue) => enumValue.name === value)) {
      problems.push(`${where} = ${JSON.stringify(value)} is not a ${nullable.name}`);
    }
    return;
  }
  if (isObjectType(nullable) || isInterfaceType(nullable) || isUnionType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      return void problems.push(`${where} should be an object`);
    }
    if (selectionSet) {
      checkSelection(
        schema,
        nullable,
        selectionSet,
        value as Record<string, unknown>,
        path,
        errorPaths,
        problems,
      );
    }
    return;
  }
  const expected: Record<string, string> = {
    Int: 'number',
    Float: 'number',
    String: 'string',
    ID: 'string',
    Boolean: 'boolean',
  };
  const want = expected[nullable.name];
  if (want && typeof value !== want) {
    problems.push(`${where} = ${JSON.stringify(value)} is not a ${nullable.name}`);
  }
  if (nullable.name === 'Int' && !Number.isInteger(value)) problems.push(`${where} is not an Int`);
}
