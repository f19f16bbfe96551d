import { describe, expect, it } from 'vitest';
import { ROUTES, WITHOUT_ROUTE, loadCatalogue } from '@capstone/operations';

const catalogue = loadCatalogue();

describe('the REST route map', () => {
  it('gives every catalogue operation a route, or says why it has none', () => {
    const routed = new Set(ROUTES.map((route) => route.operation));
    const missing = catalogue.operations
      .map((operation) => operation.name)
      .filter((name) => !routed.has(name) && !(name in WITHOUT_ROUTE));
    expect(missing).toEqual([]);
  });

  it('lists as routeless only operations that exist and have no route', () => {
    const names = new Set(catalogue.operations.map((operation) => operation.name));
    for (const name of Object.keys(WITHOUT_ROUTE)) {
      expect(names.has(name), name).toBe(true);
      expect(
        ROUTES.some((route) => route.operation === name),
        name,
      ).toBe(false);
    }
  });

  it('maps each method and path once, and each operation to one route', () => {
    const keys = ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    const operations = ROUTES.map((route) => route.operation);
    expect(new Set(operations).size).toBe(operations.length);
  });
});
