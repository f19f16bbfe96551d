import { describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { hasKisCredentials, historyStart, kisSource } from '../src/etl/settings.js';

describe('where market data comes from', () => {
  it('is the simulator on this host when no KIS credentials are set', () => {
    const config = parseEnv({ KIS_SIM_REST_PORT: '5090', KIS_SIM_WS_PORT: '5091' });
    expect(hasKisCredentials(config)).toBe(false);
    expect(kisSource(config)).toMatchObject({
      kind: 'simulator',
      env: 'real',
      restUrl: 'http://127.0.0.1:5090',
      wsUrl: 'ws://127.0.0.1:5091',
      masterFilesUrl: 'http://127.0.0.1:5090/common/master',
    });
    expect(kisSource(config).appKey).toHaveLength(36);
    expect(kisSource(config).appSecret).toHaveLength(180);
  });

  it('is KIS, real or mock, with its own hosts when the credentials are set', () => {
    const config = parseEnv({ KIS_APP_KEY: 'key', KIS_APP_SECRET: 'secret', KIS_ENV: 'mock' });
    expect(kisSource(config)).toMatchObject({
      kind: 'kis',
      env: 'mock',
      appKey: 'key',
      restUrl: 'https://openapivts.koreainvestment.com:29443',
      wsUrl: 'ws://ops.koreainvestment.com:31000',
      masterFilesUrl: 'https://new.real.download.dws.co.kr/common/master',
    });
  });

  it('keeps a history that starts the same Seoul day the given years ago', () => {
    // 2026-11-27 01:00 UTC is already the 27th in Seoul; 23:00 UTC the day before is too.
    expect(historyStart(5, new Date('2026-11-26T23:00:00Z'))).toBe('2021-11-27');
    expect(historyStart(1, new Date('2028-02-29T03:00:00Z'))).toBe('2027-03-01');
  });
});
