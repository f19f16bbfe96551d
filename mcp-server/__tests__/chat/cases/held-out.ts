import type { ChatCase } from './types.js';

/**
 * The held-out fifth of the chat test set. Written before any planner code and never used to
 * tune it: the accuracy spec reports it separately from the tuning set.
 */
export const HELD_OUT_CASES: ChatCase[] = [
  {
    id: 'held-quote-samsung-casual',
    message: '삼성전자 지금 얼마야?',
    expect: { tool: 'get_quotes', args: { symbols: ['005930'] } },
  },
  {
    id: 'held-quote-two-english',
    message: "what's the price of hyundai motor and kia",
    expect: { tool: 'get_quotes', args: { symbols: ['005380', '000270'] } },
  },
  {
    id: 'held-quote-typo-and-short-name',
    message: '삼성전지 하이닉스 시세',
    expect: { tool: 'get_quotes', args: { symbols: ['005930', '000660'] } },
  },
  {
    id: 'held-history-short-name-months',
    message: '하닉 최근 6개월 주가 차트 보여줘',
    expect: {
      tool: 'get_price_history',
      args: { symbol: '000660', from: '2024-09-14', to: '2025-03-14' },
    },
  },
  {
    id: 'held-history-mixed-since-year',
    message: 'LG엔솔 price history since 2023',
    expect: { tool: 'get_price_history', args: { symbol: '373220', from: '2023-01-01' } },
  },
  {
    id: 'held-stress-covid-korean-nickname',
    message: '그로스 포트폴리오 코로나 때처럼 빠지면 얼마나 손해봐?',
    expect: {
      tool: 'run_stress_test',
      args: { portfolioId: 'pf-growth', templateId: 'covid-crash-2020' },
    },
  },
  {
    id: 'held-stress-gfc-english',
    message: 'Run the 2008 financial crisis scenario on my Dividend portfolio',
    expect: {
      tool: 'run_stress_test',
      args: { portfolioId: 'pf-dividend', templateId: 'gfc-2008' },
    },
  },
  {
    id: 'held-stress-follow-up-english',
    context: ['run a stress test on Growth with the dot-com crash'],
    message: 'and now the IMF crisis',
    expect: {
      tool: 'run_stress_test',
      args: { portfolioId: 'pf-growth', templateId: 'imf-crisis-1997' },
    },
  },
  {
    id: 'held-monte-carlo-korean-confidence-last',
    message: '배당 포트 몬테카를로 1년 돌려줘 99% 신뢰수준으로',
    expect: {
      tool: 'run_monte_carlo',
      args: { portfolioId: 'pf-dividend', horizonDays: 252, confidence: 0.99 },
    },
  },
  {
    id: 'held-monte-carlo-english-paths',
    message: 'monte carlo for Growth, 3 years, 20000 paths',
    expect: {
      tool: 'run_monte_carlo',
      args: { portfolioId: 'pf-growth', horizonDays: 756, paths: 20000 },
    },
  },
  {
    id: 'held-var-follow-up-other-portfolio',
    context: ['Growth 포트폴리오 VaR 95% 6개월로 계산해줘'],
    message: '이번엔 배당 포트폴리오로',
    expect: {
      tool: 'run_monte_carlo',
      args: { portfolioId: 'pf-dividend', horizonDays: 126, confidence: 0.95 },
    },
  },
  {
    id: 'held-backtest-years-quarterly',
    message: '성장 포트폴리오 2019년부터 2023년까지 분기마다 리밸런싱하면서 백테스트 해줘',
    expect: {
      tool: 'run_backtest',
      args: {
        portfolioId: 'pf-growth',
        from: '2019-01-01',
        to: '2023-12-31',
        rebalance: 'QUARTERLY',
      },
    },
  },
  {
    id: 'held-backtest-last-years-no-rebalance',
    message: 'backtest Dividend over the last 5 years, no rebalancing',
    expect: {
      tool: 'run_backtest',
      args: {
        portfolioId: 'pf-dividend',
        from: '2020-03-14',
        to: '2025-03-14',
        rebalance: 'NONE',
      },
    },
  },
  {
    id: 'held-optimize-min-variance-korean',
    message: 'Growth 최소분산으로 최적화해줘',
    expect: {
      tool: 'optimize_portfolio',
      args: { portfolioId: 'pf-growth', objective: 'MIN_VOLATILITY' },
    },
  },
  {
    id: 'held-optimize-sharpe-english',
    message: 'maximize sharpe ratio for my dividend portfolio',
    expect: {
      tool: 'optimize_portfolio',
      args: { portfolioId: 'pf-dividend', objective: 'MAX_SHARPE' },
    },
  },
  {
    id: 'held-optimize-risk-parity-casual',
    message: '배당포트 리스크 패리티로 비중 다시 짜줘',
    expect: {
      tool: 'optimize_portfolio',
      args: { portfolioId: 'pf-dividend', objective: 'RISK_PARITY' },
    },
  },
  {
    id: 'held-forecast-kosdaq-name',
    message: '에코프로비엠 AI 예측 어때?',
    expect: { tool: 'get_forecasts', args: { symbols: ['247540'] } },
  },
  {
    id: 'held-forecast-two-names',
    message: '포스코홀딩스 예측이랑 카카오 예측 보여줘',
    expect: { tool: 'get_forecasts', args: { symbols: ['005490', '035720'] } },
  },
  {
    id: 'held-risk-score-english-short',
    message: 'risk score of Growth?',
    expect: { tool: 'get_risk_score', args: { portfolioId: 'pf-growth' } },
  },
  {
    id: 'held-list-portfolios-terse',
    message: '내 포트폴리오 목록',
    expect: { tool: 'list_portfolios' },
  },
  {
    id: 'held-list-hypothetical-scenarios',
    message: '가상 시나리오 뭐뭐 있어?',
    expect: { tool: 'list_scenarios', args: { kind: 'HYPOTHETICAL' } },
  },
  {
    id: 'held-search-code-lookup',
    message: '셀트리온 종목코드 알려줘',
    expect: { tool: 'search_instruments', args: { query: '셀트리온' } },
  },
  {
    id: 'held-trade-buy-with-price-korean',
    message: 'Dividend 포트폴리오에 KT&G 20주 84,300원에 매수 기록',
    expect: {
      tool: 'record_trade',
      args: {
        portfolioId: 'pf-dividend',
        type: 'BUY',
        symbol: '033780',
        quantity: '20',
        price: '84300',
      },
    },
  },
  {
    id: 'held-trade-sell-english-lowercase',
    message: 'sell 30 shares of naver from growth at 210000',
    expect: {
      tool: 'record_trade',
      args: {
        portfolioId: 'pf-growth',
        type: 'SELL',
        symbol: '035420',
        quantity: '30',
        price: '210000',
      },
    },
  },
  {
    id: 'held-trade-deposit-cheonman',
    message: 'Growth에 3천만원 입금',
    expect: {
      tool: 'record_trade',
      args: { portfolioId: 'pf-growth', type: 'DEPOSIT', amount: '30000000' },
    },
  },
  {
    id: 'held-create-portfolio-weights-cash',
    message: '새 포트폴리오 "반도체" 만들어줘 삼성전자 50% SK하이닉스 50%, 현금 1억',
    expect: {
      tool: 'create_portfolio',
      args: {
        name: '반도체',
        cash: '100000000',
        holdings: [
          { symbol: '005930', weight: 0.5 },
          { symbol: '000660', weight: 0.5 },
        ],
      },
    },
  },
  {
    id: 'held-create-scenario-market-fx-english',
    message: 'create a scenario where the market drops 25% and usd/krw rises 10%',
    expect: {
      tool: 'create_scenario',
      args: {
        shocks: [
          { target: 'MARKET', change: -0.25 },
          { target: 'FX', currencyPair: 'USDKRW', change: 0.1 },
        ],
      },
    },
  },
  {
    id: 'held-create-scenario-sector-korean',
    message: '반도체 업종 40% 폭락 시나리오 만들어줘',
    expect: {
      tool: 'create_scenario',
      args: { shocks: [{ target: 'SECTOR', sector: '0013', change: -0.4 }] },
    },
  },
  {
    id: 'held-clarify-stress-without-portfolio',
    message: '포트폴리오 스트레스 테스트 해줘',
    expect: { clarify: true },
  },
  {
    id: 'held-clarify-var-without-portfolio',
    message: 'VaR 구해줘',
    expect: { clarify: true },
  },
];
