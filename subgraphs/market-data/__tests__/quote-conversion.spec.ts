import { describe, expect, it } from 'vitest';
import { parseFrame, parseTrade, splitRecords } from '@capstone/kis-client';
import { quoteFromTrade } from '../src/etl/jobs/live-quotes.js';

// The workbook's own H0STCNT0 frame (KIS_API.md §8.2): Samsung Electronics, 2023-06-12 09:33:54.
const FRAME =
  '0|H0STCNT0|001|005930^093354^71900^5^-100^-0.14^72023.83^72100^72400^71700^71900^71800^1^3052507^219853241700^5105^6937^1832^84.90^1366314^1159996^1^0.39^20.28^090020^5^-200^090820^5^-500^092619^2^200^20230612^20^N^65945^216924^1118750^2199206^0.05^2424142^125.92^0^^72100';

describe('a trade print from the live stream', () => {
  it('becomes a quote in decimal strings, its rate a fraction, its time UTC', () => {
    const frame = parseFrame(FRAME);
    if (frame.kind !== 'data') throw new Error('not a data frame');
    const [fields] = splitRecords(frame.trId, frame.payload, frame.count, 46);
    expect(quoteFromTrade(parseTrade(fields!))).toEqual({
      symbol: '005930',
      price: '71900',
      change: '-100',
      changeRate: '-0.0014',
      volume: '3052507',
      tradedAt: '2023-06-12T00:33:54.000Z',
    });
  });
});
