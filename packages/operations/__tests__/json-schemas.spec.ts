import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DATE_PATTERN,
  DECIMAL_PATTERN,
  KRX_SYMBOL_PATTERN,
  dataSchema,
  readApiSchema,
  variablesSchema,
} from '@capstone/operations/build';

const { schema } = readApiSchema();

const operationOf = (text: string) =>
  parse(text).definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )!;

describe('a tool input schema from the operation variables', () => {
  const input = variablesSchema(
    schema,
    operationOf(`
      mutation New($name: String!, $cash: Decimal!, $holdings: [InitialHoldingInput!], $when: DateTime) {
        createPortfolio(input: { name: $name, cash: $cash, holdings: $holdings }) { id }
        recordLedgerEntry(input: { portfolioId: "p", type: DEPOSIT, occurredAt: $when }) { id }
      }`),
  );

  it('requires non-null variables and refuses unknown arguments', () => {
    expect(input.required).toEqual(['name', 'cash']);
    expect(input.additionalProperties).toBe(false);
  });

  it('gives Decimal as a string pattern and DateTime its format, with the schema’s descriptions', () => {
    const properties = input.properties as Record<string, Record<string, unknown>>;
    expect(properties.cash).toMatchObject({ type: 'string', pattern: DECIMAL_PATTERN });
    expect(properties.cash!.description).toMatch(/^Opening cash in whole KRW\./);
    expect(properties.when).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('describes input objects field by field, KRX codes by their pattern', () => {
    const holdings = (input.properties as Record<string, { items: Record<string, unknown> }>)
      .holdings!.items;
    expect(holdings).toMatchObject({
      type: 'object',
      required: ['symbol'],
      additionalProperties: false,
      properties: {
        symbol: { type: 'string', pattern: KRX_SYMBOL_PATTERN },
        weight: { type: 'string', pattern: DECIMAL_PATTERN },
      },
    });
  });

  it('gives enums their values, Date its format, and defaults their value', () => {
    const schemaOf = variablesSchema(
      schema,
      operationOf(`
        query Q($kind: ScenarioKind, $from: Date!, $to: Date!, $limit: Int = 5, $symbols: [String!]!) {
          scenarioTemplates(kind: $kind) { id }
          tradingCalendar(from: $from, to: $to) { date }
          searchInstruments(query: "a", limit: $limit) { symbol }
          quotes(symbols: $symbols) { price }
        }`),
    );
    expect(schemaOf.properties).toMatchObject({
      kind: { type: 'string', enum: ['HISTORICAL', 'HYPOTHETICAL'] },
      from: { type: 'string', format: 'date', pattern: DATE_PATTERN },
      limit: { type: 'integer', default: 5 },
      symbols: { type: 'array', items: { pattern: KRX_SYMBOL_PATTERN } },
    });
    expect(schemaOf.required).toEqual(['from', 'to', 'symbols']);
  });

  it('keeps index codes out of the KRX pattern where an argument takes them', () => {
    const schemaOf = variablesSchema(
      schema,
      operationOf(
        'mutation T($symbols: [String!]) { triggerEtlRun(job: BACKFILL, symbols: $symbols) { id } }',
      ),
    );
    expect(schemaOf.properties).toMatchObject({ symbols: { items: { type: 'string' } } });
    expect(JSON.stringify(schemaOf)).not.toContain(KRX_SYMBOL_PATTERN);
  });
});

describe('a tool output schema from the selection set', () => {
  it('follows aliases and fragments, marks nullable fields, and leaves __typename out', () => {
    const output = dataSchema(
      schema,
      parse(`
        query P($id: ID!) {
          __typename
          mine: portfolio(id: $id) { __typename ...Named valuation { asOf totalValue } }
        }
        fragment Named on Portfolio { id name }`),
    );
    expect(output).toEqual({
      type: 'object',
      required: ['mine'],
      additionalProperties: false,
      properties: {
        mine: {
          anyOf: [
            {
              type: 'object',
              required: ['id', 'name', 'valuation'],
              additionalProperties: false,
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                valuation: {
                  type: 'object',
                  required: ['asOf', 'totalValue'],
                  additionalProperties: false,
                  properties: {
                    asOf: { anyOf: [{ type: 'string' }, { type: 'null' }] },
                    totalValue: { type: 'string' },
                  },
                },
              },
            },
            { type: 'null' },
          ],
        },
      },
    });
  });
});
