import { toolOperations } from '@capstone/operations';
import { describe, expect, it } from 'vitest';
import { toCatalogueArguments } from '../src/http/chat.js';
import { TOOLS, listedTools, parseToolsets } from '../src/tools/registry.js';

describe('MCP tools from the catalogue', () => {
  it('are one per catalogue tool operation, with its description in Korean then English', () => {
    expect([...TOOLS.keys()].sort()).toEqual(
      toolOperations()
        .map((op) => op.tool!.name)
        .sort(),
    );
    for (const operation of toolOperations()) {
      const tool = TOOLS.get(operation.tool!.name)!;
      expect(tool.definition.description).toBe(
        `${operation.description.ko}\n${operation.description.en}`,
      );
    }
  });

  it('carry the catalogue hints as annotations, and no destructive claim where none is made', () => {
    const annotations = (name: string) => TOOLS.get(name)!.definition.annotations;
    expect(annotations('get_portfolio')).toEqual({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    });
    expect(annotations('create_portfolio')).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
  });

  it('answer a long-running tool with the finished run, as get_simulation reads it', () => {
    expect(TOOLS.get('run_monte_carlo')!.definition.outputSchema).toEqual(
      TOOLS.get('get_simulation')!.definition.outputSchema,
    );
  });

  it('list the core set by default, in a fixed order, and every set on request', () => {
    const core = listedTools(parseToolsets(undefined)).map((tool) => tool.name);
    expect(core).toEqual([...core].sort());
    expect(core).toContain('run_monte_carlo');
    expect(listedTools(parseToolsets('all'))).toHaveLength(TOOLS.size);
    expect(listedTools(parseToolsets('market')).map((tool) => tool.toolset)).toEqual(
      expect.arrayContaining(['market']),
    );
    expect(() => parseToolsets('core,everything')).toThrow(
      'Unknown tool set "everything"; the tool sets are core, market, portfolio, risk and all',
    );
  });
});

describe("the chat's arguments in the tools' names", () => {
  it('turn one confidence level and a contribution into the Monte Carlo inputs', () => {
    expect(
      toCatalogueArguments('run_monte_carlo', {
        portfolioId: 'p',
        confidence: 0.99,
        contribution: { amount: '500000', everyDays: 21 },
      }),
    ).toEqual({
      portfolioId: 'p',
      confidences: [0.99],
      cashFlow: { amount: '500000', everyDays: 21 },
    });
  });

  it('name the objectives and the scenario as the API does', () => {
    expect(
      toCatalogueArguments('optimize_portfolio', {
        portfolioId: 'p',
        objective: 'HRP',
        targetRisk: 0.1,
      }),
    ).toEqual({ portfolioId: 'p', objective: 'HIERARCHICAL_RISK_PARITY', targetVolatility: 0.1 });
    expect(toCatalogueArguments('create_scenario', { nameKo: '반도체 급락', shocks: [] })).toEqual({
      name: '반도체 급락',
      shocks: [],
    });
  });

  it('leave arguments already in the tools’ names alone', () => {
    const args = { portfolioId: 'p', confidences: [0.95], cashFlow: { amount: '1', everyDays: 5 } };
    expect(toCatalogueArguments('run_monte_carlo', args)).toEqual(args);
  });
});
