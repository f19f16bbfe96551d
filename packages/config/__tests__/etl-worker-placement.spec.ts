import { describe, expect, it } from 'vitest';
import { etlWorkerPlacement } from '@capstone/config';

describe('where the ETL worker runs', () => {
  it('is a process of its own under auto when Redis can carry its quotes', () => {
    expect(etlWorkerPlacement('auto', true)).toBe('process');
  });

  it('is inside market-data under auto without Redis, where the subscribers are', () => {
    expect(etlWorkerPlacement('auto', false)).toBe('in-process');
  });

  it('is what an explicit mode says, whatever Redis does', () => {
    for (const mode of ['process', 'in-process', 'off'] as const) {
      expect([etlWorkerPlacement(mode, true), etlWorkerPlacement(mode, false)]).toEqual([
        mode,
        mode,
      ]);
    }
  });
});
