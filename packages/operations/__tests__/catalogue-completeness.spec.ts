import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@capstone/operations';
import { readApiSchema } from '@capstone/operations/build';

const REPO = join(import.meta.dirname, '../../..');
const BRIEF = join(REPO, '../shared/design/BRIEF.md');
const api = readApiSchema();
const catalogue = loadCatalogue();
const manifest = JSON.parse(
  readFileSync(join(REPO, 'gateway/trusted-documents.json'), 'utf8'),
) as Record<string, string>;

/** BRIEF's fixed MCP tool names: the backticked names in the "MCP tool names" table. */
function briefToolNames(): string[] {
  const brief = readFileSync(BRIEF, 'utf8');
  const table = brief.slice(brief.indexOf('**MCP tool names**'), brief.indexOf('**Chat:**'));
  return [...table.matchAll(/`([a-z_]+)`/g)].map((match) => match[1]!);
}

/**
 * Tools whose GraphQL fields other services are still adding. Each waits for the field named
 * here; once that field is in the composed schema this test fails until the tool is written.
 */
const PENDING: Record<string, string> = {};

const hasField = (coordinate: string) => {
  const [type, field] = coordinate.split('.') as [string, string];
  const named = api.schema.getType(type) as
    { getFields?: () => Record<string, unknown> } | undefined;
  return Boolean(named?.getFields?.()[field]);
};

describe('the operation catalogue', () => {
  it('sends only documents that validate against the composed supergraph', () => {
    expect(catalogue.operations.length).toBeGreaterThan(0);
    for (const operation of catalogue.operations) {
      expect(validate(api.schema, parse(operation.document)), operation.file).toEqual([]);
    }
  });

  it('was generated from the supergraph the gateway serves now', () => {
    expect(catalogue.schemaHash).toBe(api.hash);
  });

  it('has an operation for every MCP tool BRIEF names, but those still waiting for their field', () => {
    const tools = new Set(catalogue.operations.flatMap((operation) => operation.tool?.name ?? []));
    const names = briefToolNames();
    expect(names).toHaveLength(16);
    for (const name of names) {
      if (tools.has(name)) continue;
      const waitingFor = PENDING[name];
      expect(waitingFor, `${name} has no catalogue operation`).toBeDefined();
      expect(hasField(waitingFor!), `${waitingFor} exists now: write the ${name} operation`).toBe(
        false,
      );
    }
  });

  it('makes tools only of the names BRIEF fixes, each once', () => {
    const names = new Set(briefToolNames());
    const tools = catalogue.operations.flatMap((operation) => operation.tool?.name ?? []);
    expect(new Set(tools).size).toBe(tools.length);
    for (const tool of tools) expect(names.has(tool), tool).toBe(true);
  });

  it('lists every operation in the trusted-document manifest by the sha256 of its text', () => {
    for (const operation of catalogue.operations) {
      expect(manifest[operation.hash], operation.name).toBe(operation.document);
    }
    expect(Object.keys(manifest)).toHaveLength(catalogue.operations.length);
  });
});
