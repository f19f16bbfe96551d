import { formatCount, formatKrw, formatPercent } from './format.js';
import { OBJECTIVE_IDS } from './lexicon.js';
import type { InstrumentDirectory, InstrumentEntry } from './instruments.js';
import { instrumentLabel } from './instruments.js';
import type { Language } from './language.js';
import type { Draft, Missing } from './planner.js';
import { bareName, type PortfolioRef } from './portfolios.js';
import { describeShocks, SCENARIO_TEMPLATES, templateById, type Shock } from './scenarios.js';

/** Korean first, English second, as everywhere on the platform. */
export type Bilingual = { ko: string; en: string };
export const say = (text: Bilingual, language: Language): string => text[language];

export const TOOL_LABELS: Record<string, Bilingual> = {
  search_instruments: { ko: '종목 검색', en: 'instrument search' },
  get_quotes: { ko: '시세 조회', en: 'quotes' },
  get_price_history: { ko: '가격 이력 조회', en: 'price history' },
  list_portfolios: { ko: '포트폴리오 목록 조회', en: 'portfolio list' },
  get_portfolio: { ko: '포트폴리오 조회', en: 'portfolio details' },
  list_scenarios: { ko: '시나리오 목록 조회', en: 'scenario list' },
  get_simulation: { ko: '시뮬레이션 결과 조회', en: 'simulation result' },
  get_forecasts: { ko: 'AI 예측 조회', en: 'AI forecasts' },
  get_risk_score: { ko: '위험 점수 조회', en: 'risk score' },
  create_portfolio: { ko: '포트폴리오 생성', en: 'new portfolio' },
  record_trade: { ko: '거래 기록', en: 'trade record' },
  create_scenario: { ko: '시나리오 생성', en: 'new scenario' },
  run_stress_test: { ko: '스트레스 테스트', en: 'stress test' },
  run_monte_carlo: { ko: '몬테카를로 시뮬레이션', en: 'Monte Carlo simulation' },
  run_backtest: { ko: '백테스트', en: 'backtest' },
  optimize_portfolio: { ko: '포트폴리오 최적화', en: 'portfolio optimisation' },
};

const OBJECTIVE_LABELS: Record<(typeof OBJECTIVE_IDS)[number], Bilingual> = {
  MAX_SHARPE: { ko: '샤프 비율 최대화', en: 'maximum Sharpe ratio' },
  MIN_VOLATILITY: { ko: '최소 변동성', en: 'minimum volatility' },
  RISK_PARITY: { ko: '리스크 패리티', en: 'risk parity' },
  HRP: { ko: '계층적 리스크 패리티(HRP)', en: 'hierarchical risk parity (HRP)' },
  MIN_CVAR: { ko: 'CVaR 최소화', en: 'minimum CVaR' },
  TARGET_RETURN: { ko: '목표 수익률', en: 'target return' },
  TARGET_RISK: { ko: '목표 위험', en: 'target risk' },
};

const REBALANCE_LABELS: Record<string, Bilingual> = {
  NONE: { ko: '리밸런싱 없음', en: 'no rebalancing' },
  MONTHLY: { ko: '매월 리밸런싱', en: 'monthly rebalancing' },
  QUARTERLY: { ko: '분기 리밸런싱', en: 'quarterly rebalancing' },
  YEARLY: { ko: '연 1회 리밸런싱', en: 'yearly rebalancing' },
  THRESHOLD: { ko: '임계치 리밸런싱', en: 'threshold rebalancing' },
};

const TRADE_LABELS: Record<string, Bilingual> = {
  BUY: { ko: '매수', en: 'buy' },
  SELL: { ko: '매도', en: 'sell' },
  DEPOSIT: { ko: '입금', en: 'deposit' },
  WITHDRAW: { ko: '출금', en: 'withdrawal' },
  DIVIDEND: { ko: '배당금', en: 'dividend' },
};

export function templateLabel(id: string, language: Language): string {
  const template = templateById(id);
  if (!template) return id;
  return language === 'ko' ? template.nameKo : template.nameEn;
}

function symbolLabel(
  symbol: unknown,
  directory: InstrumentDirectory | undefined,
  language: Language,
) {
  const entry: InstrumentEntry | undefined =
    typeof symbol === 'string' ? directory?.get(symbol) : undefined;
  return entry ? instrumentLabel(entry, language) : String(symbol);
}

/** A horizon in trading days, as people would say it. */
export function horizonLabel(days: number, language: Language): string {
  const units: [number, Bilingual][] = [
    [252, { ko: '년', en: 'year' }],
    [21, { ko: '개월', en: 'month' }],
    [5, { ko: '주', en: 'week' }],
  ];
  for (const [size, unit] of units) {
    if (days % size === 0 && days >= size) {
      const count = days / size;
      if (language === 'ko') return `${count}${unit.ko} (${days}거래일)`;
      return `${count} ${unit.en}${count === 1 ? '' : 's'} (${days} trading days)`;
    }
  }
  return language === 'ko' ? `${days}거래일` : `${days} trading days`;
}

/** One line describing a call in words, for confirmations and plans. */
export function describeCall(
  draft: Draft,
  portfolio: PortfolioRef | undefined,
  directory: InstrumentDirectory | undefined,
  language: Language,
): string {
  const { args } = draft;
  const ko = language === 'ko';
  const where = portfolio
    ? ko
      ? `${portfolio.name} 포트폴리오`
      : `the ${portfolio.name} portfolio`
    : '';
  const money = (value: unknown) => formatKrw(String(value), language);
  switch (draft.tool) {
    case 'record_trade': {
      const type = String(args.type);
      const label = say(TRADE_LABELS[type] ?? { ko: type, en: type }, language);
      const name = args.symbol ? symbolLabel(args.symbol, directory, language) : '';
      if (type === 'BUY' || type === 'SELL') {
        const whole = (value: unknown) => /^\d+$/.test(String(value));
        const total =
          whole(args.price) && whole(args.quantity)
            ? money(BigInt(String(args.quantity)) * BigInt(String(args.price)))
            : undefined;
        return ko
          ? `${where}: ${name} ${args.quantity}주 ${label}, 주당 ${money(args.price)}${total ? ` (총 ${total})` : ''}`
          : `${where}: ${label} ${args.quantity} shares of ${name} at ${money(args.price)} each${total ? ` (${total} in total)` : ''}`;
      }
      if (type === 'DIVIDEND') {
        return ko
          ? `${where}: ${name} ${label} ${money(args.amount)}`
          : `${where}: a ${label} of ${money(args.amount)} from ${name}`;
      }
      return ko
        ? `${where}: ${label} ${money(args.amount)}`
        : `${where}: a ${label} of ${money(args.amount)}`;
    }
    case 'create_portfolio': {
      const holdings = ((args.holdings as Record<string, unknown>[] | undefined) ?? []).map(
        (holding) => {
          const name = symbolLabel(holding.symbol, directory, language);
          if (typeof holding.weight === 'number')
            return `${name} ${formatPercent(holding.weight, { digits: 0 })}`;
          if (holding.quantity)
            return ko ? `${name} ${holding.quantity}주` : `${name} × ${holding.quantity}`;
          return name;
        },
      );
      const parts = [
        ko ? `이름 '${args.name}'` : `name '${args.name}'`,
        args.cash ? (ko ? `현금 ${money(args.cash)}` : `cash ${money(args.cash)}`) : null,
        holdings.length > 0
          ? ko
            ? `종목 ${holdings.join(', ')}`
            : `holdings ${holdings.join(', ')}`
          : null,
      ];
      return parts.filter(Boolean).join(', ');
    }
    case 'create_scenario': {
      const shocks = describeShocksWithNames(args.shocks as Shock[], directory, language);
      const name = (ko ? args.nameKo : args.nameEn) ?? args.nameKo ?? args.nameEn;
      return ko ? `'${name}' (${shocks})` : `'${name}' (${shocks})`;
    }
    case 'run_stress_test': {
      const scenario = args.templateId
        ? templateLabel(String(args.templateId), language)
        : ko
          ? `시나리오 ${args.scenarioId}`
          : `scenario ${args.scenarioId}`;
      return ko ? `${where}, ${scenario}` : `${where}, ${scenario}`;
    }
    case 'run_monte_carlo': {
      const parts = [where, horizonLabel(Number(args.horizonDays), language)];
      if (args.confidence)
        parts.push(
          ko
            ? `신뢰수준 ${formatPercent(Number(args.confidence), { digits: 0 })}`
            : `${formatPercent(Number(args.confidence), { digits: 0 })} confidence`,
        );
      if (args.paths)
        parts.push(
          ko
            ? `경로 ${formatCount(Number(args.paths))}개`
            : `${formatCount(Number(args.paths))} paths`,
        );
      if (args.seed !== undefined) parts.push(ko ? `시드 ${args.seed}` : `seed ${args.seed}`);
      const contribution = args.contribution as { amount: string; everyDays: number } | undefined;
      if (contribution) {
        parts.push(
          ko
            ? `${contribution.everyDays}거래일마다 ${money(contribution.amount)} 적립`
            : `adding ${money(contribution.amount)} every ${contribution.everyDays} trading days`,
        );
      }
      return parts.join(', ');
    }
    case 'run_backtest': {
      const parts = [where, `${args.from} ~ ${args.to}`];
      if (args.rebalance) parts.push(say(REBALANCE_LABELS[String(args.rebalance)]!, language));
      if (args.benchmark) parts.push(ko ? `기준 ${args.benchmark}` : `benchmark ${args.benchmark}`);
      return parts.join(', ');
    }
    case 'optimize_portfolio': {
      const label = OBJECTIVE_LABELS[args.objective as (typeof OBJECTIVE_IDS)[number]];
      const objective = label ? say(label, language) : String(args.objective);
      const target = args.targetReturn ?? args.targetRisk;
      return `${where}, ${objective}${typeof target === 'number' ? ` ${formatPercent(target)}` : ''}`;
    }
    default:
      return where;
  }
}

function describeShocksWithNames(
  shocks: Shock[],
  directory: InstrumentDirectory | undefined,
  language: Language,
): string {
  return describeShocks(
    shocks.map((shock) =>
      shock.target === 'SYMBOL'
        ? { ...shock, symbol: symbolLabel(shock.symbol, directory, language) }
        : shock,
    ),
    language,
  );
}

const CONFIRMATIONS: Record<string, Bilingual> = {
  record_trade: { ko: '이 거래를 기록할까요?', en: 'Shall I record this?' },
  create_portfolio: { ko: '이 포트폴리오를 만들까요?', en: 'Shall I create this portfolio?' },
  create_scenario: { ko: '이 시나리오를 만들까요?', en: 'Shall I create this scenario?' },
};

export const CONFIRM_HINT: Bilingual = {
  ko: '진행하려면 "네", 취소하려면 "아니요"라고 답해 주세요.',
  en: 'Reply "yes" to go ahead or "no" to cancel.',
};

export function confirmationQuestion(
  description: string,
  tool: string,
  language: Language,
): string {
  const action = say(TOOL_LABELS[tool] ?? { ko: tool, en: tool }, language);
  const question =
    CONFIRMATIONS[tool] ??
    ({
      ko: `${withParticle(action, '을', '를')} 진행할까요?`,
      en: `Shall I go ahead with this ${action}?`,
    } as Bilingual);
  return `${say(question, language)}\n${description}\n${say(CONFIRM_HINT, language)}`;
}

// Latin letters and digits read aloud end in a consonant or not: "LG" (엘지) does not, "SK" (에스케이)
// does not, "KT&G" (케이티앤지) does not, "NAVER" (네이버) does not; digits by their Korean reading.
const FINAL_CONSONANT_DIGITS = new Set(['0', '1', '3', '6', '7', '8']);
const FINAL_CONSONANT_LETTERS = new Set(['l', 'm', 'n', 'r']);

/** The word with the particle that fits its last sound: 시나리오를, 포트폴리오를, 백테스트를, 거래을 → 거래를. */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  const last =
    word
      .trim()
      .replace(/[\s)\]'"]+$/, '')
      .at(-1) ?? '';
  const code = last.charCodeAt(0) - 0xac00;
  let consonant: boolean;
  if (code >= 0 && code <= 11_171) consonant = code % 28 !== 0;
  else if (/\d/.test(last)) consonant = FINAL_CONSONANT_DIGITS.has(last);
  else consonant = FINAL_CONSONANT_LETTERS.has(last.toLowerCase());
  return `${word}${consonant ? afterConsonant : afterVowel}`;
}

const numbered = (items: string[]): string =>
  items.map((item, index) => `${index + 1}. ${item}`).join(', ');

/** The question for what a draft still lacks; every missing part in one short message. */
export function clarificationQuestion(
  draft: Draft,
  missing: Missing[],
  portfolios: PortfolioRef[] | undefined,
  language: Language,
): string {
  const ko = language === 'ko';
  const names = portfolios?.map((portfolio) => portfolio.name).join(', ');
  const lines: string[] = [];
  for (const part of missing) {
    switch (part) {
      case 'unknownPortfolio':
        lines.push(
          ko
            ? `'${bareName(draft.portfolioMention ?? '')}' 포트폴리오를 찾지 못했습니다.${names ? ` 어느 포트폴리오인가요? (${names})` : ''}`
            : `I could not find a portfolio called '${bareName(draft.portfolioMention ?? '')}'.${names ? ` Which one do you mean? (${names})` : ''}`,
        );
        break;
      case 'portfolio':
        lines.push(
          names
            ? ko
              ? `어느 포트폴리오로 할까요? ${numbered(portfolios!.map((portfolio) => portfolio.name))}`
              : `Which portfolio? ${numbered(portfolios!.map((portfolio) => portfolio.name))}`
            : ko
              ? '아직 포트폴리오가 없습니다. 먼저 포트폴리오를 만들어 주세요.'
              : 'You have no portfolio yet; create one first.',
        );
        break;
      case 'scenario': {
        const list = numbered(
          SCENARIO_TEMPLATES.map((template) => (ko ? template.nameKo : template.nameEn)),
        );
        lines.push(
          ko
            ? `어떤 시나리오로 할까요? ${list}. "반도체 40% 하락"처럼 직접 말씀하셔도 됩니다.`
            : `Which scenario? ${list}. You can also describe one, such as "semiconductors fall 40%".`,
        );
        break;
      }
      case 'objective': {
        const list = numbered(OBJECTIVE_IDS.map((id) => say(OBJECTIVE_LABELS[id], language)));
        lines.push(ko ? `어떤 목표로 최적화할까요? ${list}` : `Optimise for what? ${list}`);
        break;
      }
      case 'targetReturn':
        lines.push(
          ko
            ? '목표 수익률은 몇 %인가요? (예: 연 8%)'
            : 'What target return? (for example 8% a year)',
        );
        break;
      case 'targetRisk':
        lines.push(
          ko ? '목표 변동성은 몇 %인가요? (예: 15%)' : 'What target volatility? (for example 15%)',
        );
        break;
      case 'instrumentChoice':
        for (const choice of draft.choices ?? []) {
          const options = numbered(
            choice.candidates.map((entry) => instrumentLabel(entry, language)),
          );
          lines.push(
            ko
              ? `'${choice.text}'에 해당하는 종목이 여러 개입니다: ${options}. 어느 종목인가요?`
              : `'${choice.text}' matches several stocks: ${options}. Which one do you mean?`,
          );
        }
        break;
      case 'instrument':
        lines.push(
          draft.tool === 'record_trade' && draft.args.type === 'DIVIDEND'
            ? ko
              ? '어느 종목의 배당금인가요?'
              : 'Which stock paid the dividend?'
            : ko
              ? '어떤 종목인가요? 종목명이나 6자리 코드를 알려 주세요.'
              : 'Which stock? Give its name or 6-digit code.',
        );
        break;
      case 'tradeType':
        lines.push(
          ko
            ? '매수, 매도, 입금, 출금, 배당금 중 무엇을 기록할까요?'
            : 'What should I record: a buy, sell, deposit, withdrawal or dividend?',
        );
        break;
      case 'quantity':
        lines.push(ko ? '몇 주인가요?' : 'How many shares?');
        break;
      case 'price':
        lines.push(ko ? '주당 얼마에 거래하셨나요?' : 'At what price per share?');
        break;
      case 'amount':
        lines.push(ko ? '금액은 얼마인가요? (예: 50만원)' : 'How much? (for example ₩500,000)');
        break;
      case 'name':
        lines.push(
          ko ? '새 포트폴리오의 이름을 알려 주세요.' : 'What should the new portfolio be called?',
        );
        break;
      case 'shocks':
        lines.push(
          ko
            ? '어떤 충격을 넣을까요? 예: "시장 20% 하락, 환율 10% 상승", "반도체 30% 하락"'
            : 'Which shocks? For example "market falls 20%, USD/KRW rises 10%" or "semiconductors fall 30%".',
        );
        break;
      case 'query':
        lines.push(ko ? '무엇을 검색할까요?' : 'What should I search for?');
        break;
      case 'runId':
        lines.push(
          ko
            ? '어떤 시뮬레이션 결과를 볼까요? 실행 ID를 알려 주세요.'
            : 'Which simulation run? Give its id.',
        );
        break;
    }
  }
  return lines.join('\n');
}

export const REPLIES = {
  empty: {
    ko: '메시지가 비어 있습니다. 무엇을 도와드릴까요?',
    en: 'The message is empty. What can I do for you?',
  },
  notText: {
    ko: '메시지는 글자로 보내 주세요.',
    en: 'Please send the message as text.',
  },
  tooLong: (limit: number): Bilingual => ({
    ko: `메시지가 너무 깁니다. ${formatCount(limit)}자 이내로 보내 주세요.`,
    en: `The message is too long. Please keep it under ${formatCount(limit)} characters.`,
  }),
  help: {
    ko: [
      '포트폴리오와 종목에 대해 이렇게 물어보세요:',
      '• 삼성전자 현재가 알려줘 / 하이닉스 최근 1년 차트',
      '• Growth 포트폴리오 금융위기 스트레스 테스트',
      '• 배당 포트폴리오 1년 VaR 99%',
      '• Growth 2019년부터 2023년까지 백테스트, 분기 리밸런싱',
      '• Dividend 샤프 비율 최대화',
      '• 삼성전자 10주 71,000원 매수 기록해줘',
    ].join('\n'),
    en: [
      'Ask me about your portfolios and stocks, for example:',
      '• price of Samsung Electronics / SK hynix chart for the last year',
      '• stress test my Growth portfolio against the 2008 financial crisis',
      '• 99% VaR for Dividend over 1 year',
      '• backtest Growth from 2019 to 2023 with quarterly rebalancing',
      '• maximize the Sharpe ratio of Dividend',
      '• record a buy of 10 Samsung Electronics shares at 71,000 in Growth',
    ].join('\n'),
  },
  thanks: {
    ko: '천만에요. 더 필요한 게 있으면 말씀해 주세요.',
    en: "You're welcome. Anything else?",
  },
  notUnderstood: {
    ko: '무엇을 원하시는지 잘 모르겠습니다. "도움말"이라고 하시면 예시를 보여드릴게요.',
    en: 'I did not understand that. Say "help" for examples.',
  },
  expired: {
    ko: '확인을 기다리던 작업은 시간이 지나 취소되었습니다. 다시 요청해 주세요.',
    en: 'The action waiting for confirmation has expired; please ask again.',
  },
  cancelled: { ko: '알겠습니다. 아무것도 기록하지 않았습니다.', en: 'OK, nothing was recorded.' },
  droppedPending: {
    ko: '(확인을 기다리던 작업은 취소했습니다.)',
    en: '(The action waiting for confirmation was cancelled.)',
  },
  aborted: { ko: '요청이 중단되었습니다.', en: 'The request was stopped.' },
  assumedHorizon: {
    ko: '기간을 말씀하지 않아 1년(252거래일)으로 계산했습니다.',
    en: 'No horizon was given, so I used 1 year (252 trading days).',
  },
  assumedWindow: {
    ko: '기간을 말씀하지 않아 최근 3년으로 계산했습니다.',
    en: 'No period was given, so I used the last 3 years.',
  },
  failed: (tool: string, error: string): Bilingual => ({
    ko: `${TOOL_LABELS[tool]?.ko ?? tool}에 실패했습니다: ${error}`,
    en: `The ${TOOL_LABELS[tool]?.en ?? tool} failed: ${error}`,
  }),
};
