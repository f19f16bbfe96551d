import type { ChatCase, ExpectedClarification, ExpectedTool } from './types.js';

const call = (tool: string, args?: Record<string, unknown>): ExpectedTool =>
  args ? { tool, args } : { tool };
const clarify: ExpectedClarification = { clarify: true };
const GROWTH = 'pf-growth';
const DIVIDEND = 'pf-dividend';

/** The tuning four fifths of the chat test set: the planner may be improved against these. */
export const TUNING_CASES: ChatCase[] = [
  // Quotes
  {
    id: 'quote-full-name-polite',
    message: '삼성전자 현재가 알려주세요',
    expect: call('get_quotes', { symbols: ['005930'] }),
  },
  {
    id: 'quote-short-name-samjeon',
    message: '삼전 얼마임',
    expect: call('get_quotes', { symbols: ['005930'] }),
  },
  {
    id: 'quote-short-name-hynix',
    message: '하닉 주가 어때',
    expect: call('get_quotes', { symbols: ['000660'] }),
  },
  {
    id: 'quote-six-digit-code',
    message: '005380 시세 조회',
    expect: call('get_quotes', { symbols: ['005380'] }),
  },
  {
    id: 'quote-spacing-variant',
    message: '삼성 전자 주가',
    expect: call('get_quotes', { symbols: ['005930'] }),
  },
  {
    id: 'quote-english-name',
    message: 'How much is Samsung Electronics trading at?',
    expect: call('get_quotes', { symbols: ['005930'] }),
  },
  {
    id: 'quote-english-lowercase-hynix',
    message: 'sk hynix quote',
    expect: call('get_quotes', { symbols: ['000660'] }),
  },
  {
    id: 'quote-three-short-names',
    message: '현차 기아 엔솔 시세 한번에 보여줘',
    expect: call('get_quotes', { symbols: ['005380', '000270', '373220'] }),
  },
  {
    id: 'quote-english-typo',
    message: 'price of celltrion and kakoa',
    expect: call('get_quotes', { symbols: ['068270', '035720'] }),
  },
  {
    id: 'quote-naver-mixed',
    message: 'NAVER 주가 몇이야',
    expect: call('get_quotes', { symbols: ['035420'] }),
  },
  {
    id: 'quote-kosdaq-name',
    message: '알테오젠 지금 가격',
    expect: call('get_quotes', { symbols: ['196170'] }),
  },
  {
    id: 'quote-code-and-name',
    message: 'quotes for 000660 and LG Chem please',
    expect: call('get_quotes', { symbols: ['000660', '051910'] }),
  },
  {
    id: 'quote-korean-typo-hynix',
    message: 'sk하이닉쓰 주가',
    expect: call('get_quotes', { symbols: ['000660'] }),
  },
  { id: 'quote-ambiguous-group-name', message: '현대 주가 알려줘', expect: clarify },
  {
    id: 'quote-ambiguity-answered',
    context: ['현대 주가 알려줘'],
    message: '현대모비스',
    expect: call('get_quotes', { symbols: ['012330'] }),
  },

  // Price history
  {
    id: 'history-one-year-korean',
    message: '삼성전자 최근 1년 주가 추이',
    expect: call('get_price_history', { symbol: '005930', from: '2024-03-14', to: '2025-03-14' }),
  },
  {
    id: 'history-three-months-english',
    message: 'show me Kakao price history for the last 3 months',
    expect: call('get_price_history', { symbol: '035720', from: '2024-12-14', to: '2025-03-14' }),
  },
  {
    id: 'history-explicit-dates',
    message: '005930 2022-01-01부터 2022-06-30까지 일봉',
    expect: call('get_price_history', { symbol: '005930', from: '2022-01-01', to: '2022-06-30' }),
  },
  {
    id: 'history-year-range-english',
    message: 'Hyundai Motor daily prices from 2020 to 2021',
    expect: call('get_price_history', { symbol: '005380', from: '2020-01-01', to: '2021-12-31' }),
  },
  {
    id: 'history-last-year',
    message: '셀트리온 작년 주가 흐름 보여줘',
    expect: call('get_price_history', { symbol: '068270', from: '2024-01-01', to: '2024-12-31' }),
  },
  {
    id: 'history-this-year',
    message: '올해 네이버 차트',
    expect: call('get_price_history', { symbol: '035420', from: '2025-01-01', to: '2025-03-14' }),
  },
  {
    id: 'history-no-window',
    message: 'SK하이닉스 과거 주가 데이터',
    expect: call('get_price_history', { symbol: '000660' }),
  },
  {
    id: 'history-half-year',
    message: '현대모비스 반년치 주가',
    expect: call('get_price_history', { symbol: '012330', from: '2024-09-14', to: '2025-03-14' }),
  },
  {
    id: 'history-since-year-korean',
    message: '에코프로 2021년 이후 가격 변화',
    expect: call('get_price_history', { symbol: '086520', from: '2021-01-01' }),
  },
  {
    id: 'history-follow-up-other-stock',
    context: ['삼성전자 최근 1년 차트 보여줘'],
    message: '하이닉스도',
    expect: call('get_price_history', { symbol: '000660', from: '2024-03-14', to: '2025-03-14' }),
  },

  // Instrument search
  {
    id: 'search-korean-find',
    message: '반도체 관련 종목 검색해줘',
    expect: call('search_instruments', { query: '반도체' }),
  },
  {
    id: 'search-english-find',
    message: 'search for stocks named hanwha',
    expect: call('search_instruments', { query: 'hanwha' }),
  },
  {
    id: 'search-what-code',
    message: "what's the ticker for Krafton?",
    expect: call('search_instruments', { query: 'Krafton' }),
  },
  {
    id: 'search-code-question-korean',
    message: '카카오뱅크 코드가 뭐야',
    expect: call('search_instruments', { query: '카카오뱅크' }),
  },

  // Forecasts
  {
    id: 'forecast-korean',
    message: '삼성전자 AI 예측 보여줘',
    expect: call('get_forecasts', { symbols: ['005930'] }),
  },
  {
    id: 'forecast-english-outlook',
    message: "what's the forecast for SK hynix?",
    expect: call('get_forecasts', { symbols: ['000660'] }),
  },
  {
    id: 'forecast-two-short-names',
    message: '삼전 하닉 전망 어때?',
    expect: call('get_forecasts', { symbols: ['005930', '000660'] }),
  },
  {
    id: 'forecast-prediction-word',
    message: 'predictions for NAVER, Kakao and Krafton',
    expect: call('get_forecasts', { symbols: ['035420', '035720', '259960'] }),
  },
  {
    id: 'forecast-korean-future-price',
    message: '기아 앞으로 주가 예상치',
    expect: call('get_forecasts', { symbols: ['000270'] }),
  },
  {
    id: 'forecast-follow-up-stock',
    context: ['카카오 예측 보여줘'],
    message: '네이버는?',
    expect: call('get_forecasts', { symbols: ['035420'] }),
  },

  // Portfolios
  {
    id: 'list-portfolios-korean-polite',
    message: '제 포트폴리오 목록 보여주세요',
    expect: call('list_portfolios'),
  },
  {
    id: 'list-portfolios-english',
    message: 'what portfolios do I have?',
    expect: call('list_portfolios'),
  },
  { id: 'list-portfolios-casual', message: '포폴 뭐 있지', expect: call('list_portfolios') },
  {
    id: 'get-portfolio-korean-alias',
    message: '배당 포트폴리오 보여줘',
    expect: call('get_portfolio', { portfolioId: DIVIDEND }),
  },
  {
    id: 'get-portfolio-english',
    message: "what's in my Growth portfolio?",
    expect: call('get_portfolio', { portfolioId: GROWTH }),
  },
  {
    id: 'get-portfolio-holdings-korean',
    message: '그로스 보유 종목 알려줘',
    expect: call('get_portfolio', { portfolioId: GROWTH }),
  },
  {
    id: 'get-portfolio-value',
    message: 'Dividend 평가금액 얼마야?',
    expect: call('get_portfolio', { portfolioId: DIVIDEND }),
  },
  {
    id: 'get-portfolio-lowercase-english',
    message: 'show dividend portfolio holdings',
    expect: call('get_portfolio', { portfolioId: DIVIDEND }),
  },

  // Risk score
  {
    id: 'risk-score-korean',
    message: 'Growth 포트폴리오 위험 점수',
    expect: call('get_risk_score', { portfolioId: GROWTH }),
  },
  {
    id: 'risk-score-korean-alias',
    message: '배당 포트 리스크 스코어 알려줘',
    expect: call('get_risk_score', { portfolioId: DIVIDEND }),
  },
  {
    id: 'risk-score-english-question',
    message: 'how risky is my dividend portfolio?',
    expect: call('get_risk_score', { portfolioId: DIVIDEND }),
  },
  {
    id: 'risk-score-follow-up-portfolio',
    context: ['그로스 리스크 점수 보여줘'],
    message: '배당은?',
    expect: call('get_risk_score', { portfolioId: DIVIDEND }),
  },

  // Scenarios
  {
    id: 'list-scenarios-korean',
    message: '스트레스 시나리오 목록 보여줘',
    expect: call('list_scenarios'),
  },
  {
    id: 'list-scenarios-historical-english',
    message: 'which historical scenarios are available?',
    expect: call('list_scenarios', { kind: 'HISTORICAL' }),
  },
  {
    id: 'list-scenarios-historical-korean',
    message: '과거 위기 시나리오 뭐가 있어',
    expect: call('list_scenarios', { kind: 'HISTORICAL' }),
  },
  { id: 'list-scenarios-english-all', message: 'list scenarios', expect: call('list_scenarios') },

  // Stress tests
  {
    id: 'stress-gfc-korean',
    message: 'Growth 포트폴리오 금융위기 스트레스 테스트 해줘',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'gfc-2008' }),
  },
  {
    id: 'stress-lehman',
    message: '리먼 사태 오면 배당 포트폴리오 어떻게 돼?',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'gfc-2008' }),
  },
  {
    id: 'stress-imf-korean',
    message: '그로스에 IMF 시나리오 적용해봐',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'imf-crisis-1997' }),
  },
  {
    id: 'stress-fx-crisis-korean',
    message: '외환위기 때 같은 충격이면 Dividend 손실은?',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'imf-crisis-1997' }),
  },
  {
    id: 'stress-covid-english',
    message: 'stress test my Growth portfolio against the covid crash',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'covid-crash-2020' }),
  },
  {
    id: 'stress-rate-shock-english',
    message: 'what happens to Dividend in a rate shock?',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'rate-shock-2022' }),
  },
  {
    id: 'stress-rate-shock-korean',
    message: '금리 쇼크 시나리오로 그로스 테스트',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'rate-shock-2022' }),
  },
  {
    id: 'stress-dotcom-korean',
    message: '닷컴 버블 붕괴 때처럼 되면 성장 포트폴리오는?',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'dot-com-2000' }),
  },
  {
    id: 'stress-euro-debt-korean',
    message: '배당 포트폴리오 유럽 재정위기 스트레스테스트',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'euro-debt-2011' }),
  },
  {
    id: 'stress-year-only',
    message: 'Growth 2008년 시나리오',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'gfc-2008' }),
  },
  {
    id: 'stress-semis-hypothetical',
    message: '반도체 30% 하락하면 그로스 포트 얼마나 빠져?',
    expect: call('run_stress_test', {
      portfolioId: GROWTH,
      templateId: 'hypothetical-semiconductors-30',
    }),
  },
  {
    id: 'stress-market-20-english',
    message: 'if the market falls 20%, how much does my dividend portfolio lose?',
    expect: call('run_stress_test', {
      portfolioId: DIVIDEND,
      templateId: 'hypothetical-market-20',
    }),
  },
  {
    id: 'stress-krw-hypothetical',
    message: '원달러 환율 15% 오르면 Growth는?',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'hypothetical-krw-usd-15' }),
  },
  {
    id: 'stress-template-id',
    message: 'run_stress_test euro-debt-2011 on Growth',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'euro-debt-2011' }),
  },
  {
    id: 'stress-follow-up-dividend',
    context: ['Growth 포트폴리오 금융위기 스트레스 테스트'],
    message: '그럼 Dividend로도 해줘',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'gfc-2008' }),
  },
  {
    id: 'stress-follow-up-scenario',
    context: ['배당 포트폴리오 코로나 시나리오 돌려줘'],
    message: '이번엔 닷컴으로',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'dot-com-2000' }),
  },
  { id: 'stress-clarify-scenario', message: 'Growth 스트레스 테스트 해줘', expect: clarify },
  {
    id: 'stress-clarify-scenario-answered',
    context: ['Growth 스트레스 테스트 해줘'],
    message: '리먼 사태',
    expect: call('run_stress_test', { portfolioId: GROWTH, templateId: 'gfc-2008' }),
  },
  {
    id: 'stress-clarify-portfolio-answered',
    context: ['코로나 폭락 시나리오로 스트레스 테스트'],
    message: '배당',
    expect: call('run_stress_test', { portfolioId: DIVIDEND, templateId: 'covid-crash-2020' }),
  },
  { id: 'stress-clarify-portfolio-english', message: 'run the 2022 rate shock', expect: clarify },
  {
    id: 'stress-on-created-scenario',
    context: ['시장 15% 하락 시나리오 만들어줘', '네'],
    message: '그걸로 Growth 스트레스 테스트 해줘',
    expect: call('run_stress_test', { portfolioId: GROWTH, scenarioId: 'scenario-1' }),
  },

  // Monte Carlo and VaR
  {
    id: 'mc-korean-one-year',
    message: 'Growth 포트폴리오 1년 몬테카를로 시뮬레이션',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 252 }),
  },
  {
    id: 'mc-english-six-months',
    message: 'run a monte carlo on my Dividend portfolio for 6 months',
    expect: call('run_monte_carlo', { portfolioId: DIVIDEND, horizonDays: 126 }),
  },
  {
    id: 'mc-days',
    message: '그로스 252일 몬테카를로 돌려줘',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 252 }),
  },
  {
    id: 'mc-var-99-english',
    message: '99% VaR for Growth over 3 years',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 756, confidence: 0.99 }),
  },
  {
    id: 'mc-confidence-korean',
    message: '배당 포트폴리오 신뢰수준 99 VaR 6개월',
    expect: call('run_monte_carlo', { portfolioId: DIVIDEND, horizonDays: 126, confidence: 0.99 }),
  },
  {
    id: 'mc-half-year-korean',
    message: '그로스 반년 VaR 95%로',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 126, confidence: 0.95 }),
  },
  {
    id: 'mc-quarter-korean',
    message: 'Dividend 분기 CVaR 계산',
    expect: call('run_monte_carlo', { portfolioId: DIVIDEND, horizonDays: 63 }),
  },
  {
    id: 'mc-paths-korean',
    message: 'Growth 몬테카를로 1년, 경로 5만개로',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 252, paths: 50000 }),
  },
  {
    id: 'mc-seed-english',
    message: 'monte carlo Growth 1 year seed 42',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 252, seed: 42 }),
  },
  {
    id: 'mc-contribution-korean',
    message: '배당 포트폴리오에 매달 100만원씩 넣으면 10년 뒤 어떻게 될지 몬테카를로로 보여줘',
    expect: call('run_monte_carlo', {
      portfolioId: DIVIDEND,
      horizonDays: 2520,
      contribution: { amount: '1000000', everyDays: 21 },
    }),
  },
  {
    id: 'mc-contribution-english',
    message: 'simulate Growth for 5 years adding ₩500,000 every week',
    expect: call('run_monte_carlo', {
      portfolioId: GROWTH,
      horizonDays: 1260,
      contribution: { amount: '500000', everyDays: 5 },
    }),
  },
  {
    id: 'mc-follow-up-paths',
    context: ['run monte carlo on my Growth portfolio for 1 year'],
    message: 'now do the same with 20,000 paths',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 252, paths: 20000 }),
  },
  {
    id: 'mc-follow-up-confidence',
    context: ['배당 포트폴리오 1년 VaR 95%'],
    message: '이번엔 99%로',
    expect: call('run_monte_carlo', { portfolioId: DIVIDEND, horizonDays: 252, confidence: 0.99 }),
  },
  {
    id: 'mc-follow-up-horizon',
    context: ['Growth 몬테카를로 1년'],
    message: '3년으로 늘려봐',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 756 }),
  },
  {
    id: 'mc-typo-korean',
    message: '그로스 몬테카롤로 시뮬 6개월',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 126 }),
  },
  { id: 'mc-clarify-portfolio', message: '몬테카를로 시뮬레이션 1년 돌려줘', expect: clarify },
  {
    id: 'mc-clarify-answered',
    context: ['몬테카를로 시뮬레이션 1년 돌려줘'],
    message: 'Growth로',
    expect: call('run_monte_carlo', { portfolioId: GROWTH, horizonDays: 252 }),
  },

  // Backtests
  {
    id: 'backtest-korean-years',
    message: 'Growth 2018년부터 2022년까지 백테스트',
    expect: call('run_backtest', { portfolioId: GROWTH, from: '2018-01-01', to: '2022-12-31' }),
  },
  {
    id: 'backtest-english-monthly',
    message:
      'backtest my Dividend portfolio from 2019-01-01 to 2021-12-31 with monthly rebalancing',
    expect: call('run_backtest', {
      portfolioId: DIVIDEND,
      from: '2019-01-01',
      to: '2021-12-31',
      rebalance: 'MONTHLY',
    }),
  },
  {
    id: 'backtest-last-three-years',
    message: '배당 포트 최근 3년 백테스트 해줘, 연 1회 리밸런싱',
    expect: call('run_backtest', {
      portfolioId: DIVIDEND,
      from: '2022-03-14',
      to: '2025-03-14',
      rebalance: 'YEARLY',
    }),
  },
  {
    id: 'backtest-threshold',
    message: 'Growth 백테스트 2020~2024 임계치 리밸런싱',
    expect: call('run_backtest', {
      portfolioId: GROWTH,
      from: '2020-01-01',
      to: '2024-12-31',
      rebalance: 'THRESHOLD',
    }),
  },
  {
    id: 'backtest-english-last-year',
    message: 'how would Growth have done over the last year?',
    expect: call('run_backtest', { portfolioId: GROWTH, from: '2024-03-14', to: '2025-03-14' }),
  },
  {
    id: 'backtest-buy-and-hold',
    message: 'dividend buy and hold backtest since 2016',
    expect: call('run_backtest', {
      portfolioId: DIVIDEND,
      from: '2016-01-01',
      to: '2025-03-14',
      rebalance: 'NONE',
    }),
  },
  {
    id: 'backtest-follow-up-rebalance',
    context: ['Growth 2018년부터 2022년까지 백테스트'],
    message: '월별 리밸런싱으로 다시',
    expect: call('run_backtest', {
      portfolioId: GROWTH,
      from: '2018-01-01',
      to: '2022-12-31',
      rebalance: 'MONTHLY',
    }),
  },
  {
    id: 'backtest-korean-typo',
    message: '그로스 벡테스트 2021년부터',
    expect: call('run_backtest', { portfolioId: GROWTH, from: '2021-01-01', to: '2025-03-14' }),
  },

  // Optimisation
  {
    id: 'optimize-sharpe-korean',
    message: 'Growth 포트폴리오 샤프 비율 최대화',
    expect: call('optimize_portfolio', { portfolioId: GROWTH, objective: 'MAX_SHARPE' }),
  },
  {
    id: 'optimize-min-vol-english',
    message: 'minimum volatility weights for Dividend',
    expect: call('optimize_portfolio', { portfolioId: DIVIDEND, objective: 'MIN_VOLATILITY' }),
  },
  {
    id: 'optimize-hrp',
    message: '배당 포트폴리오 HRP로 최적화',
    expect: call('optimize_portfolio', { portfolioId: DIVIDEND, objective: 'HRP' }),
  },
  {
    id: 'optimize-cvar-korean',
    message: '그로스 CVaR 최소화 비중 찾아줘',
    expect: call('optimize_portfolio', { portfolioId: GROWTH, objective: 'MIN_CVAR' }),
  },
  {
    id: 'optimize-target-return',
    message: 'optimize Growth for a target return of 12%',
    expect: call('optimize_portfolio', {
      portfolioId: GROWTH,
      objective: 'TARGET_RETURN',
      targetReturn: 0.12,
    }),
  },
  {
    id: 'optimize-target-risk-korean',
    message: '배당 포트 목표 변동성 10%로 최적화해줘',
    expect: call('optimize_portfolio', {
      portfolioId: DIVIDEND,
      objective: 'TARGET_RISK',
      targetRisk: 0.1,
    }),
  },
  {
    id: 'optimize-risk-parity-english',
    message: 'risk parity for my growth portfolio',
    expect: call('optimize_portfolio', { portfolioId: GROWTH, objective: 'RISK_PARITY' }),
  },
  {
    id: 'optimize-clarify-objective-answered',
    context: ['Growth 최적화해줘'],
    message: '샤프 최대로',
    expect: call('optimize_portfolio', { portfolioId: GROWTH, objective: 'MAX_SHARPE' }),
  },
  {
    id: 'optimize-follow-up-portfolio',
    context: ['optimize Growth for max sharpe'],
    message: 'same for Dividend',
    expect: call('optimize_portfolio', { portfolioId: DIVIDEND, objective: 'MAX_SHARPE' }),
  },

  // Simulation results
  {
    id: 'simulation-by-id',
    message: 'show me simulation run 7b1e2c4a-0d4f-4c55-9a57-2f0e6a1b9c3d',
    expect: call('get_simulation', { runId: '7b1e2c4a-0d4f-4c55-9a57-2f0e6a1b9c3d' }),
  },
  {
    id: 'simulation-last-run-korean',
    context: ['Growth 1년 몬테카를로'],
    message: '방금 시뮬레이션 결과 다시 보여줘',
    expect: call('get_simulation', { runId: 'run-1' }),
  },

  // Trades and cash
  { id: 'trade-buy-needs-portfolio', message: '삼성전자 10주 매수 기록해줘', expect: clarify },
  {
    id: 'trade-buy-portfolio-answered',
    context: ['삼성전자 10주 매수 기록해줘'],
    message: 'Growth',
    expect: call('record_trade', {
      portfolioId: GROWTH,
      type: 'BUY',
      symbol: '005930',
      quantity: '10',
    }),
  },
  {
    id: 'trade-sell-english-price',
    message: 'sell 5 shares of SK hynix at 180,000 in Growth',
    expect: call('record_trade', {
      portfolioId: GROWTH,
      type: 'SELL',
      symbol: '000660',
      quantity: '5',
      price: '180000',
    }),
  },
  {
    id: 'trade-buy-korean-price-won',
    message: '그로스에 카카오 100주 45,000원 매수',
    expect: call('record_trade', {
      portfolioId: GROWTH,
      type: 'BUY',
      symbol: '035720',
      quantity: '100',
      price: '45000',
    }),
  },
  {
    id: 'trade-sell-korean-casual',
    message: '배당 포트에서 하나금융지주 50주 팔았어 4만 2천원에',
    expect: call('record_trade', {
      portfolioId: DIVIDEND,
      type: 'SELL',
      symbol: '086790',
      quantity: '50',
      price: '42000',
    }),
  },
  {
    id: 'trade-deposit-eok',
    message: 'Dividend에 1억원 입금해줘',
    expect: call('record_trade', { portfolioId: DIVIDEND, type: 'DEPOSIT', amount: '100000000' }),
  },
  {
    id: 'trade-deposit-english-won-sign',
    message: 'deposit ₩10,000,000 into my Growth portfolio',
    expect: call('record_trade', { portfolioId: GROWTH, type: 'DEPOSIT', amount: '10000000' }),
  },
  {
    id: 'trade-withdraw-korean',
    message: '그로스에서 5천만 원 출금',
    expect: call('record_trade', { portfolioId: GROWTH, type: 'WITHDRAW', amount: '50000000' }),
  },
  {
    id: 'trade-withdraw-english',
    message: 'withdraw 2,500,000 won from dividend',
    expect: call('record_trade', { portfolioId: DIVIDEND, type: 'WITHDRAW', amount: '2500000' }),
  },
  { id: 'trade-dividend-needs-details', message: '배당금 50만원 입금', expect: clarify },
  {
    id: 'trade-dividend-full',
    message: 'KB금융 배당금 50만원 Dividend 포트폴리오에 기록해줘',
    expect: call('record_trade', {
      portfolioId: DIVIDEND,
      type: 'DIVIDEND',
      symbol: '105560',
      amount: '500000',
    }),
  },
  {
    id: 'trade-dividend-english',
    message: 'record a dividend of 120,000 won from KT&G in Dividend',
    expect: call('record_trade', {
      portfolioId: DIVIDEND,
      type: 'DIVIDEND',
      symbol: '033780',
      amount: '120000',
    }),
  },
  {
    id: 'trade-deposit-eok-and-cheon',
    message: 'Growth 포트폴리오에 3억 5천 입금',
    expect: call('record_trade', { portfolioId: GROWTH, type: 'DEPOSIT', amount: '350000000' }),
  },

  // Creating portfolios and scenarios
  {
    id: 'create-portfolio-weights-english',
    message:
      'create a portfolio called Tech with 40% Samsung Electronics, 30% NAVER and 30% Kakao and 50,000,000 won cash',
    expect: call('create_portfolio', {
      name: 'Tech',
      cash: '50000000',
      holdings: [
        { symbol: '005930', weight: 0.4 },
        { symbol: '035420', weight: 0.3 },
        { symbol: '035720', weight: 0.3 },
      ],
    }),
  },
  {
    id: 'create-portfolio-quantities-korean',
    message: "'자동차' 포트폴리오 새로 만들어줘. 현대차 20주, 기아 50주",
    expect: call('create_portfolio', {
      name: '자동차',
      holdings: [
        { symbol: '005380', quantity: '20' },
        { symbol: '000270', quantity: '50' },
      ],
    }),
  },
  {
    id: 'create-portfolio-empty-cash',
    message: '연금이라는 이름으로 포트폴리오 만들고 현금 1.5억 넣어줘',
    expect: call('create_portfolio', { name: '연금', cash: '150000000' }),
  },
  {
    id: 'create-portfolio-name-only',
    message: 'make a new portfolio named Retirement',
    expect: call('create_portfolio', { name: 'Retirement' }),
  },
  {
    id: 'create-portfolio-big-cash',
    message: '포트폴리오 "큰손" 생성, 현금 2조',
    expect: call('create_portfolio', { name: '큰손', cash: '2000000000000' }),
  },
  {
    id: 'create-scenario-market-korean',
    message: '시장 전체 15% 하락 시나리오 만들어줘',
    expect: call('create_scenario', { shocks: [{ target: 'MARKET', change: -0.15 }] }),
  },
  {
    id: 'create-scenario-fx-english',
    message: 'new scenario: the won weakens 20% against the dollar',
    expect: call('create_scenario', {
      shocks: [{ target: 'FX', currencyPair: 'USDKRW', change: 0.2 }],
    }),
  },
  {
    id: 'create-scenario-symbol-korean',
    message: '삼성전자만 50% 폭락하는 시나리오 추가해줘',
    expect: call('create_scenario', {
      shocks: [{ target: 'SYMBOL', symbol: '005930', change: -0.5 }],
    }),
  },
  {
    id: 'create-scenario-two-shocks-korean',
    message: '코스피 30% 하락하고 환율 25% 오르는 시나리오 생성',
    expect: call('create_scenario', {
      shocks: [
        { target: 'MARKET', change: -0.3 },
        { target: 'FX', currencyPair: 'USDKRW', change: 0.25 },
      ],
    }),
  },
  {
    id: 'create-scenario-named',
    message: "create scenario 'Battery bust' with batteries sector down 35%",
    expect: call('create_scenario', {
      nameEn: 'Battery bust',
      shocks: [{ target: 'SECTOR', sector: '0013', change: -0.35 }],
    }),
  },

  // Ambiguous or incomplete
  { id: 'clarify-ambiguous-samsung', message: '삼성 주가', expect: clarify },
  { id: 'clarify-optimize-no-objective', message: 'Growth 최적화해줘', expect: clarify },
  { id: 'clarify-backtest-no-portfolio', message: 'backtest from 2020 to 2022', expect: clarify },
];
