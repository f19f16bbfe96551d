import { describe, expect, it } from 'vitest';
import HoldingsTable from '../app/src/components/HoldingsTable.vue';
import type { PortfolioValue } from '../app/src/valuation/valuation.js';
import { mountWithApp } from './mount-with-app.js';

const holding = (symbol: string, forecast: unknown) => ({
  symbol,
  quantity: '10',
  averageCost: '50000',
  costBasis: '500000',
  realizedPnl: '0',
  instrument: {
    symbol,
    nameKo: '삼성전자',
    nameEn: 'Samsung Electronics',
    market: 'KOSPI',
    sector: { code: '0013', nameKo: '전기·전자', nameEn: 'Electronics' },
    forecast,
  },
});

const value: PortfolioValue = {
  cash: 0,
  marketValue: 0,
  totalValue: 0,
  costBasis: 0,
  unrealizedPnl: 0,
  unrealizedRate: null,
  dayChange: null,
  dayChangeRate: null,
  source: 'close',
  asOf: null,
  holdings: [],
  unpriced: [],
} as unknown as PortfolioValue;

const forecast = (probabilityUp: number | null) => ({
  horizonDays: 20,
  volatility: { value: 0.284 },
  probabilityUp:
    probabilityUp === null
      ? null
      : {
          value: probabilityUp,
          baseline: 0.52,
          reasonKo: '최근 20일 수익률이 높아 상승 쪽',
          reasonEn: 'strong 20-day returns lean up',
        },
});

const badges = (locale: 'ko' | 'en', holdings: unknown[]) =>
  mountWithApp(HoldingsTable, { locale, props: { holdings, value } })
    .wrapper.findAll('[data-testid="forecast-badge"]')
    .map((badge) => ({
      text: badge.text().replace(/\s+/g, ' '),
      title: badge.attributes('title'),
      direction: badge.find('.change').exists()
        ? badge
            .find('.change')
            .classes()
            .find((c) => ['up', 'down', 'flat'].includes(c))
        : undefined,
    }));

describe('the forecast badge beside each holding', () => {
  it('shows the forecast volatility and the chance of a rise against its base rate, in Korean', () => {
    expect(badges('ko', [holding('005930', forecast(0.61))])).toEqual([
      {
        text: '20일 변동성 예측 28.40% · ▲ 상승 확률 61%',
        title: '예측: 최근 20일 수익률이 높아 상승 쪽',
        direction: 'up',
      },
    ]);
  });

  it('reads as down below the base rate, in English with the English reason', () => {
    const [badge] = badges('en', [holding('005930', forecast(0.4))]);
    expect(badge!.direction).toBe('down');
    expect(badge!.title).toMatch(/strong 20-day returns lean up$/);
  });

  it('shows nothing for a holding without a forecast, and volatility alone without a direction', () => {
    const shown = badges('ko', [holding('005930', null), holding('000660', forecast(null))]);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.direction).toBeUndefined();
    expect(shown[0]!.text).toBe('20일 변동성 예측 28.40%');
  });
});
