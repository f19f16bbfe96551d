import { describe, expect, it } from 'vitest';
import { flattenInputs, reportCsv, toCsv } from '../app/src/simulations/report.js';
import type { Report } from '../app/src/simulations/types.js';

describe('a run exported as CSV', () => {
  it('quotes cells with commas, quotes or line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'plain', null]])).toBe('"a,b","say ""hi""",plain,\r\n');
  });

  it('flattens the normalised inputs into dotted keys', () => {
    expect(
      flattenInputs(
        '{"cashFlow":{"amount":"1000","everyDays":21},"confidences":[0.95,0.99],"holdings":[{"symbol":"005930"}]}',
      ),
    ).toEqual([
      ['cashFlow.amount', '1000'],
      ['cashFlow.everyDays', '21'],
      ['confidences', '0.95 0.99'],
      ['holdings[0].symbol', '005930'],
    ]);
  });

  it('writes the seed, the inputs and a stress test’s rows with the total', () => {
    const run = {
      __typename: 'SimulationRun',
      id: 'r1',
      kind: 'STRESS_TEST',
      status: 'SUCCEEDED',
      seed: 7,
      inputHash: 'abc',
      engineVersion: '1',
      asOf: '2026-11-30',
      queuedAt: '2026-12-01T00:00:00Z',
      finishedAt: '2026-12-01T00:00:01Z',
      inputs: '{"templateId":"gfc-2008"}',
      result: {
        __typename: 'StressTestResult',
        total: { valueBefore: '1000', valueAfter: '600', change: '-400', changePct: -0.4 },
        holdings: [
          {
            symbol: '005930',
            sector: '반도체, 장비',
            valueBefore: '1000',
            valueAfter: '600',
            change: '-400',
            changePct: -0.4,
          },
        ],
      },
    } as unknown as Report;
    const lines = reportCsv(run).split('\r\n');
    expect(lines).toContain('seed,7');
    expect(lines).toContain('templateId,gfc-2008');
    expect(lines).toContain('005930,"반도체, 장비",1000,600,-400,-0.4');
    expect(lines).toContain('TOTAL,,1000,600,-400,-0.4');
  });
});
