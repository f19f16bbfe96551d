import { describe, expect, it } from 'vitest';
import { conversation } from './support/chat.js';
import type { CallTool } from './support/agent-under-test.js';

/** One tool answering with `content`, the others as the fake world does. */
function answering(tool: string, content: unknown): CallTool {
  return async (name) => ({
    ok: true,
    isError: false,
    text: '',
    structuredContent:
      name === tool
        ? content
        : {
            portfolios: [
              { id: 'pf-growth', name: 'Growth' },
              { id: 'pf-dividend', name: 'Dividend' },
            ],
          },
  });
}

describe('readable summaries of results', () => {
  it('gives Monte Carlo risk figures, a fraction as a percentage and money in KRW', async () => {
    const content = {
      runId: 'r',
      status: 'SUCCEEDED',
      result: { var: 0.1234, cvar: '0.1811', median: '123450000' },
    };
    const ko = await conversation({ callTool: answering('run_monte_carlo', content) }).send(
      'Growth 1년 VaR',
    );
    expect(ko.reply).toContain('VaR 12.3%, CVaR 18.1%, 예상 가치(중앙값) 1억 2,345만 원');
    const en = await conversation({ callTool: answering('run_monte_carlo', content) }).send(
      'VaR of Growth over a year',
    );
    expect(en.reply).toContain('VaR 12.3%, CVaR 18.1%, median value ₩123,450,000');
  });

  it('gives a stress test loss with its sign', async () => {
    const content = { run: { result: { pnl: '-23450000', pnlPercent: -0.2346 } } };
    const answer = await conversation({ callTool: answering('run_stress_test', content) }).send(
      'Growth 코로나 스트레스 테스트',
    );
    expect(answer.reply).toContain('손익 -2,345만 원, 변동률 -23.5%');
  });

  it('gives backtest metrics', async () => {
    const content = {
      metrics: { totalReturn: 0.52, cagr: 0.0876, maxDrawdown: -0.31, sharpe: 0.81 },
    };
    const answer = await conversation({ callTool: answering('run_backtest', content) }).send(
      'backtest Growth since 2020',
    );
    expect(answer.reply).toContain(
      'total return 52.0%, CAGR 8.8%, max drawdown -31.0%, Sharpe ratio 0.81',
    );
  });

  it('says a long run has started when the tool answers before it ends', async () => {
    const content = { runId: 'r-9', status: 'RUNNING' };
    const answer = await conversation({ callTool: answering('run_backtest', content) }).send(
      'Growth 백테스트 2020년부터',
    );
    expect(answer.reply).toContain('백테스트를 시작했습니다 (상태: RUNNING)');
  });

  it('sums up a price history, portfolios, scenarios and a search', async () => {
    const bars = {
      bars: [
        { date: '2024-03-14', close: 80000 },
        { date: '2025-03-14', close: 60000 },
      ],
    };
    expect(
      (
        await conversation({ callTool: answering('get_price_history', bars) }).send(
          '삼성전자 최근 1년 차트',
        )
      ).reply,
    ).toBe('삼성전자 (005930): 일봉 2개, 8만 원 → 6만 원 (-25.0%)');
    expect((await conversation().send('what portfolios do I have?')).reply).toBe(
      '2 portfolios: Dividend, Growth',
    );
    const scenarios = {
      scenarioTemplates: [{ id: 'gfc-2008', nameKo: '글로벌 금융위기 (2008)', nameEn: 'GFC 2008' }],
    };
    expect(
      (
        await conversation({ callTool: answering('list_scenarios', scenarios) }).send(
          '시나리오 목록',
        )
      ).reply,
    ).toBe('시나리오 1개: 글로벌 금융위기 (2008)');
    const found = {
      searchInstruments: [{ symbol: '323410', nameKo: '카카오뱅크', nameEn: 'KakaoBank' }],
    };
    expect(
      (
        await conversation({ callTool: answering('search_instruments', found) }).send(
          'search for kakaobank',
        )
      ).reply,
    ).toBe('Found 1: KakaoBank (323410)');
  });

  it('says only what it can find in an answer of an unknown shape', async () => {
    const answer = await conversation({
      callTool: answering('get_risk_score', { something: 'else' }),
    }).send('Growth 위험 점수');
    expect(answer.reply).toBe('위험 점수 조회 결과입니다.');
    expect(answer.results).toEqual([
      {
        tool: 'get_risk_score',
        arguments: { portfolioId: 'pf-growth' },
        structuredContent: { something: 'else' },
      },
    ]);
  });
});
