import {
  type GraphQLList,
  Kind,
  TypeInfo,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { JsonSchema, JsonValue } from '../types.js';

/**
 * How the API's scalars travel, as JSON Schema. Decimal is a string so that no digit is lost
 * (money); Date is a calendar day; KRX codes are six characters.
 */
export const DECIMAL_PATTERN = '^-?[0-9]+(\\.[0-9]+)?$';
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const KRX_SYMBOL_PATTERN = '^[0-9A-Z]{6}$';

const SCALARS: Record<string, JsonSchema> = {
  String: { type: 'string' },
  ID: { type: 'string' },
  Int: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  Float: { type: 'number' },
  Boolean: { type: 'boolean' },
  Decimal: {
    type: 'string',
    pattern: DECIMAL_PATTERN,
    description: 'An exact decimal number as a string, such as "1234.5" (money in KRW).',
  },
  Date: {
    type: 'string',
    format: 'date',
    pattern: DATE_PATTERN,
    description: 'A calendar day, such as "2024-05-31".',
  },
  DateTime: {
    type: 'string',
    format: 'date-time',
    description: 'An instant in ISO 8601 form, such as "2024-05-31T06:30:00Z".',
  },
};

const KRX_SYMBOL: JsonSchema = {
  type: 'string',
  pattern: KRX_SYMBOL_PATTERN,
  description: 'A 6-character KRX code, such as "005930".',
};

/**
 * Arguments and input fields named `symbol`/`symbols` hold KRX codes, except these, which also
 * take the 4-digit index codes.
 */
const NOT_KRX_SYMBOLS = new Set(['Mutation.triggerEtlRun.symbols']);

const isSymbolPosition = (name: string, coordinate: string) =>
  (name === 'symbol' || name === 'symbols') && !NOT_KRX_SYMBOLS.has(coordinate);

function scalarSchema(type: GraphQLNamedType, krxSymbol: boolean): JsonSchema {
  if (krxSymbol && type.name === 'String') return { ...KRX_SYMBOL };
  const known = SCALARS[type.name];
  if (!known) {
    throw new Error(`no JSON Schema for the scalar ${type.name}; add it to SCALARS`);
  }
  return { ...known };
}

function withDescription(schema: JsonSchema, description: string | null | undefined): JsonSchema {
  if (!description) return schema;
  const own = typeof schema.description === 'string' ? ` ${schema.description}` : '';
  return { ...schema, description: `${description}${own}` };
}

/** An input type (below any non-null) as JSON Schema; nullability is the caller's `required`. */
function inputSchema(type: GraphQLInputType, krxSymbol: boolean, depth = 0): JsonSchema {
  if (depth > 8) throw new Error('input types nest too deep for a tool schema');
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return { type: 'array', items: inputSchema(inner.ofType, krxSymbol, depth + 1) };
  }
  if (isEnumType(inner)) {
    return { type: 'string', enum: inner.getValues().map((value) => value.name) };
  }
  if (isInputObjectType(inner)) {
    const properties: Record<string, JsonValue> = {};
    const required: string[] = [];
    for (const field of Object.values(inner.getFields())) {
      const symbol = isSymbolPosition(field.name, `${inner.name}.${field.name}`);
      let schema = withDescription(inputSchema(field.type, symbol, depth + 1), field.description);
      if (field.defaultValue !== undefined) {
        schema = { ...schema, default: field.defaultValue as JsonValue };
      }
      properties[field.name] = schema;
      if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
    }
    return {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    };
  }
  return scalarSchema(inner, krxSymbol);
}

interface VariableUse {
  coordinate: string;
  name: string;
  description?: string;
}

/** Where each variable is used: the argument or input field it fills. */
function variableUses(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Map<string, VariableUse> {
  const uses = new Map<string, VariableUse>();
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Variable(node, _key, parent) {
        const variable = node.name.value;
        if (uses.has(variable)) return;
        const holder = Array.isArray(parent) ? undefined : (parent as { kind?: string });
        if (holder?.kind === Kind.OBJECT_FIELD) {
          const inputType = typeInfo.getParentInputType();
          const objectType = inputType && getNamedType(inputType);
          const fieldName = (holder as unknown as { name: { value: string } }).name.value;
          if (objectType && isInputObjectType(objectType)) {
            const field = objectType.getFields()[fieldName];
            uses.set(variable, {
              coordinate: `${objectType.name}.${fieldName}`,
              name: fieldName,
              description: field?.description ?? undefined,
            });
          }
          return;
        }
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parentType = typeInfo.getParentType();
        if (argument && field && parentType) {
          uses.set(variable, {
            coordinate: `${parentType.name}.${field.name}.${argument.name}`,
            name: argument.name,
            description: argument.description ?? undefined,
          });
        }
      },
    }),
  );
  return uses;
}

/** JSON has no undefined; a GraphQL literal default becomes its JSON value. */
function literal(value: ValueNode): JsonValue {
  switch (value.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return value.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(
        value.fields.map((field) => [field.name.value, literal(field.value)]),
      );
    case Kind.VARIABLE:
      throw new Error('a variable default cannot refer to a variable');
  }
}

/**
 * The operation's variables as a tool's input schema: one property per variable, described by
 * the argument or input field it fills (or the catalogue's `@arg`), required when non-null and
 * without a default.
 */
export function variablesSchema(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  descriptions: Record<string, string> = {},
): JsonSchema {
  const uses = variableUses(schema, operation);
  const properties: Record<string, JsonValue> = {};
  const required: string[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`$${name} has a type the schema does not know`);
    const use = uses.get(name);
    const symbol = use ? isSymbolPosition(use.name, use.coordinate) : false;
    let property = withDescription(
      inputSchema(type, symbol),
      descriptions[name] ?? use?.description,
    );
    if (definition.defaultValue)
      property = { ...property, default: literal(definition.defaultValue) };
    properties[name] = property;
    if (isNonNullType(type) && !definition.defaultValue) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** `anyOf` with one `type` each: clients that map schemas onto a one-type dialect keep it. */
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

/** Selections of one object type, fragments resolved; `__typename` left out. */
function selectionProperties(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  into: { properties: Record<string, JsonValue>; required: Set<string> },
): void {
  if (!isObjectType(type)) throw new Error(`selections on ${type.name} need an object type`);
  for (const selection of selectionSet.selections) {
    const conditional = (selection.directives ?? []).some((directive) =>
      ['skip', 'include'].includes(directive.name.value),
    );
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      const key = selection.alias?.value ?? name;
      const field = type.getFields()[name];
      if (!field) throw new Error(`${type.name} has no field ${name}`);
      into.properties[key] = outputSchema(schema, field.type, selection.selectionSet, fragments);
      if (!conditional) into.required.add(key);
    } else {
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) throw new Error(`unknown fragment in a selection on ${type.name}`);
      // A fragment on another member of a union or interface says nothing of this type.
      const condition = fragment.typeCondition?.name.value;
      if (
        condition &&
        condition !== type.name &&
        !type.getInterfaces().some((parent) => parent.name === condition)
      ) {
        continue;
      }
      selectionProperties(schema, type, fragment.selectionSet, fragments, into);
    }
  }
}

function outputSchema(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): JsonSchema {
  if (isNonNullType(type)) return required(schema, type.ofType, selectionSet, fragments);
  return nullable(required(schema, type, selectionSet, fragments));
}

function required(
  schema: GraphQLSchema,
  /** Below any non-null wrapper. */
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): JsonSchema {
  if (isListType(type)) {
    return {
      type: 'array',
      items: outputSchema(
        schema,
        (type as GraphQLList<GraphQLOutputType>).ofType,
        selectionSet,
        fragments,
      ),
    };
  }
  if (isEnumType(type))
    return { type: 'string', enum: type.getValues().map((value) => value.name) };
  if (isScalarType(type)) {
    const known = scalarSchema(type, false);
    // Results are read, not checked against a pattern: a Decimal prints as the subgraph wrote it.
    const { pattern: _pattern, description: _description, ...shape } = known;
    return shape;
  }
  if (!selectionSet) return { type: 'object' };
  if (isAbstractType(type)) {
    // One branch per member the selection asks anything of: a union result reads as one of them.
    const branches = schema
      .getPossibleTypes(type)
      .map((member) => required(schema, member, selectionSet, fragments))
      .filter((branch) => Object.keys(branch.properties as object).length > 0);
    return branches.length === 1 ? branches[0]! : { anyOf: branches };
  }
  if (!isObjectType(type)) throw new Error('unreachable: output types are listed above');
  const into = { properties: {} as Record<string, JsonValue>, required: new Set<string>() };
  selectionProperties(schema, type, selectionSet, fragments, into);
  return {
    type: 'object',
    properties: into.properties,
    required: [...into.required],
    additionalProperties: false,
  };
}

/** The `data` of an operation's result as JSON Schema: an MCP tool's `outputSchema`. */
export function dataSchema(schema: GraphQLSchema, document: DocumentNode): JsonSchema {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('the document holds no operation');
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`the schema has no ${operation.operation} type`);
  return required(schema, root, operation.selectionSet, fragments);
}
