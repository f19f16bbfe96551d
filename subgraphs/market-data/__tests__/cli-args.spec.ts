import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/etl/cli/args.js';

describe('the etl command line', () => {
  it('reads a backfill of instruments and indices', () => {
    expect(
      parseCliArgs([
        'backfill',
        '--from',
        '2015-01-01',
        '--symbols',
        '005930, 000660,005930',
        '--indices',
        '0001',
      ]),
    ).toEqual({
      command: 'run',
      job: 'BACKFILL',
      params: { from: '2015-01-01', to: null, symbols: ['005930', '000660', '0001'] },
    });
  });

  it('backfills every tracked instrument and index when given none', () => {
    expect(parseCliArgs(['backfill', '--from', '2020-01-01', '--to', '2020-12-31'])).toMatchObject({
      params: { from: '2020-01-01', to: '2020-12-31', symbols: [] },
    });
  });

  it.each([
    [[], /Name a command/],
    [['fetch'], /Unknown command "fetch"/],
    [['backfill'], /backfill needs --from/],
    [['backfill', '--from', '20150101'], /--from must be a date such as 2015-01-02/],
    [['backfill', '--from', '2015-02-29'], /--from must be a date/],
    [['backfill', '--from', '2005-01-03'], /within 2010–2027/],
    [
      ['backfill', '--from', '2016-01-01', '--to', '2015-12-31'],
      /--to \(2015-12-31\) is before --from/,
    ],
    [['backfill', '--from', '2016-01-01', '--symbols', '5930'], /not "5930"/],
    [['backfill', '--from', '2016-01-01', '--indices', '0001,0002'], /not "0002"/],
    [['backfill', '--from', '2016-01-01', '--limit', '3'], /backfill does not take --limit/],
    [['daily', 'now'], /Unexpected argument "now"/],
    [['runs', '--limit', '0'], /--limit must be a whole number/],
    [['runs', '--job', 'everything'], /--job must be one of/],
    [['backfill', '--frmo', '2016-01-01'], /Unknown option '--frmo'/],
  ])('refuses %j', (args, message) => {
    expect(() => parseCliArgs(args)).toThrow(UsageError);
    expect(() => parseCliArgs(args)).toThrow(message);
  });
});
