import { asNumber, findNumber, findRecords, findString, isRecord } from './content.js';
import { formatCount, formatKrw, formatPercent } from './format.js';
import { instrumentLabel, type InstrumentDirectory } from './instruments.js';
import type { Language } from './language.js';
import { portfoliosIn } from './portfolios.js';
import { say, templateLabel, TOOL_LABELS, withParticle } from './replies.js';

interface SummaryContext {
  language: Language;
  directory?: InstrumentDirectory;
}

type Fact = {
  label: { ko: string; en: string };
  keys: string[];
  /** money in KRW, a fraction shown as a percentage, or money unless it looks like a fraction. */
  kind: 'money' | 'ratio' | 'number' | 'auto';
};

const FACTS: Record<string, Fact[]> = {
  get_portfolio: [
    {
      label: { ko: '평가금액', en: 'value' },
      keys: ['totalValue', 'marketValue', 'value'],
      kind: 'money',
    },
    { label: { ko: '현금', en: 'cash' }, keys: ['cash'], kind: 'money' },
    {
      label: { ko: '평가손익', en: 'unrealised P&L' },
      keys: ['unrealizedPnl', 'unrealisedPnl', 'pnl'],
      kind: 'money',
    },
  ],
  get_risk_score: [
    {
      label: { ko: '위험 점수', en: 'risk score' },
      keys: ['score', 'riskScore', 'value'],
      kind: 'number',
    },
  ],
  run_stress_test: [
    {
      label: { ko: '손익', en: 'P&L' },
      keys: ['pnl', 'profitAndLoss', 'loss', 'impact', 'change'],
      kind: 'money',
    },
    {
      label: { ko: '변동률', en: 'change' },
      keys: ['changePct', 'pnlPercent', 'returnPct', 'changeRate', 'return', 'pnlRatio'],
      kind: 'ratio',
    },
    {
      label: { ko: '충격 후 가치', en: 'value after the shock' },
      keys: ['stressedValue', 'valueAfter', 'shockedValue'],
      kind: 'money',
    },
  ],
  run_monte_carlo: [
    { label: { ko: 'VaR', en: 'VaR' }, keys: ['var', 'valueAtRisk'], kind: 'auto' },
    {
      label: { ko: 'CVaR', en: 'CVaR' },
      keys: ['cvar', 'conditionalValueAtRisk', 'expectedShortfall'],
      kind: 'auto',
    },
    {
      label: { ko: '예상 가치(중앙값)', en: 'median value' },
      keys: ['median', 'medianValue', 'p50'],
      kind: 'money',
    },
    {
      label: { ko: '평균 가치', en: 'mean value' },
      keys: ['mean', 'expectedValue', 'meanValue'],
      kind: 'money',
    },
  ],
  run_backtest: [
    {
      label: { ko: '누적 수익률', en: 'total return' },
      keys: ['totalReturn', 'cumulativeReturn'],
      kind: 'ratio',
    },
    {
      label: { ko: '연환산 수익률', en: 'CAGR' },
      keys: ['cagr', 'annualizedReturn', 'annualReturn'],
      kind: 'ratio',
    },
    { label: { ko: '최대 낙폭', en: 'max drawdown' }, keys: ['maxDrawdown', 'mdd'], kind: 'ratio' },
    {
      label: { ko: '변동성', en: 'volatility' },
      keys: ['volatility', 'annualizedVolatility'],
      kind: 'ratio',
    },
    {
      label: { ko: '샤프 비율', en: 'Sharpe ratio' },
      keys: ['sharpe', 'sharpeRatio'],
      kind: 'number',
    },
  ],
  optimize_portfolio: [
    {
      label: { ko: '기대 수익률', en: 'expected return' },
      keys: ['expectedReturn'],
      kind: 'ratio',
    },
    { label: { ko: '변동성', en: 'volatility' }, keys: ['volatility', 'risk'], kind: 'ratio' },
    {
      label: { ko: '샤프 비율', en: 'Sharpe ratio' },
      keys: ['sharpe', 'sharpeRatio'],
      kind: 'number',
    },
  ],
};

function formatFact(fact: Fact, value: number, raw: number | string, language: Language): string {
  const kind = fact.kind === 'auto' ? (Math.abs(value) <= 1.5 ? 'ratio' : 'money') : fact.kind;
  if (kind === 'money') return formatKrw(typeof raw === 'string' ? raw : value, language);
  if (kind === 'ratio') return formatPercent(value, { signed: fact.label.en === 'change' });
  return Number.isInteger(value) ? formatCount(value) : value.toFixed(2);
}

function facts(tool: string, content: unknown, language: Language): string[] {
  return (FACTS[tool] ?? []).flatMap((fact) => {
    const found = findNumber(content, fact.keys);
    if (!found) return [];
    return [`${say(fact.label, language)} ${formatFact(fact, found.value, found.raw, language)}`];
  });
}

function nameOf(symbol: unknown, context: SummaryContext): string {
  const entry = typeof symbol === 'string' ? context.directory?.get(symbol) : undefined;
  return entry ? instrumentLabel(entry, context.language) : String(symbol);
}

const PRICE_KEYS = ['price', 'currentPrice', 'last', 'lastPrice', 'close', 'tradePrice'];
const MAX_LISTED = 8;

/**
 * A few readable lines about a tool's answer; the structured content itself goes to the web as
 * a card, so this names the headline figures only and says nothing it cannot find.
 */
export function summarize(
  tool: string,
  args: Record<string, unknown>,
  content: unknown,
  context: SummaryContext,
): string {
  const { language } = context;
  const ko = language === 'ko';
  const done = ko
    ? `${say(TOOL_LABELS[tool] ?? { ko: tool, en: tool }, language)} 결과입니다.`
    : `Here is the ${say(TOOL_LABELS[tool] ?? { ko: tool, en: tool }, language)}.`;
  switch (tool) {
    case 'get_quotes':
    case 'get_forecasts': {
      const rows = findRecords(content, ['symbol']);
      if (rows.length === 0) return done;
      const lines = rows.slice(0, MAX_LISTED).map((row) => {
        const name = nameOf(row.symbol, context);
        if (tool === 'get_quotes') {
          const price = PRICE_KEYS.map((key) => row[key]).find(
            (value) => asNumber(value) !== undefined,
          );
          return price === undefined ? name : `${name}: ${formatKrw(String(price), language)}`;
        }
        // The AI service forecasts volatility and the probability of rising, each a `{ value }`.
        const forecast = isRecord(row.forecast) ? row.forecast : undefined;
        const partOf = (part: unknown) => (isRecord(part) ? asNumber(part.value) : undefined);
        const up = partOf(forecast?.probabilityUp);
        const volatility = partOf(forecast?.volatility);
        const horizon = asNumber(forecast?.horizonDays ?? row.horizonDays);
        if (up !== undefined && volatility !== undefined) {
          const over = horizon
            ? ko
              ? ` (${horizon}거래일)`
              : ` over ${horizon} trading days`
            : '';
          return ko
            ? `${name}: 상승 확률 ${formatPercent(up)}, 변동성 ${formatPercent(volatility)}${over}`
            : `${name}: ${formatPercent(up)} chance of rising, volatility ${formatPercent(volatility)}${over}`;
        }
        const expected = asNumber(row.expectedReturn ?? row.predictedReturn ?? row.return);
        if (expected === undefined) return name;
        const over = horizon ? (ko ? ` (${horizon}거래일)` : ` over ${horizon} trading days`) : '';
        return ko
          ? `${name}: 기대 수익률 ${formatPercent(expected, { signed: true })}${over}`
          : `${name}: expected return ${formatPercent(expected, { signed: true })}${over}`;
      });
      return [done, ...lines].join('\n');
    }
    case 'get_price_history': {
      const bars = findRecords(content, ['close']);
      const first = asNumber(bars[0]?.close);
      const last = asNumber(bars.at(-1)?.close);
      if (bars.length === 0 || first === undefined || last === undefined) return done;
      const name = nameOf(args.symbol, context);
      const change = first > 0 ? formatPercent(last / first - 1, { signed: true }) : '';
      return ko
        ? `${name}: 일봉 ${formatCount(bars.length)}개, ${formatKrw(first, language)} → ${formatKrw(last, language)} (${change})`
        : `${name}: ${formatCount(bars.length)} daily bars, ${formatKrw(first, language)} → ${formatKrw(last, language)} (${change})`;
    }
    case 'search_instruments': {
      const rows = findRecords(content, ['symbol']);
      if (rows.length === 0) return ko ? '일치하는 종목이 없습니다.' : 'No stock matches.';
      const names = rows.slice(0, MAX_LISTED).map((row) => {
        const name = ko ? row.nameKo : (row.nameEn ?? row.nameKo);
        return `${String(name ?? row.symbol)} (${String(row.symbol)})`;
      });
      return ko
        ? `${formatCount(rows.length)}개 찾았습니다: ${names.join(', ')}`
        : `Found ${formatCount(rows.length)}: ${names.join(', ')}`;
    }
    case 'list_portfolios': {
      const names = portfoliosIn(content).map((portfolio) => portfolio.name);
      if (names.length === 0) return ko ? '포트폴리오가 없습니다.' : 'You have no portfolios.';
      return ko
        ? `포트폴리오 ${names.length}개: ${names.join(', ')}`
        : `${names.length} portfolio${names.length === 1 ? '' : 's'}: ${names.join(', ')}`;
    }
    case 'list_scenarios': {
      const rows = findRecords(content, ['id']);
      if (rows.length === 0) return done;
      const names = rows.map((row) =>
        typeof row.id === 'string' && !row.nameKo
          ? templateLabel(row.id, language)
          : String((ko ? row.nameKo : row.nameEn) ?? row.id),
      );
      return ko
        ? `시나리오 ${names.length}개: ${names.join(', ')}`
        : `${names.length} scenarios: ${names.join(', ')}`;
    }
    case 'create_portfolio':
      return ko
        ? `'${args.name}' 포트폴리오를 만들었습니다.`
        : `Created the portfolio '${args.name}'.`;
    case 'record_trade':
      return ko ? '거래를 기록했습니다.' : 'Recorded.';
    case 'create_scenario': {
      const id = findString(content, ['id', 'scenarioId']);
      return ko
        ? `시나리오를 만들었습니다${id ? ` (ID ${id})` : ''}.`
        : `Created the scenario${id ? ` (id ${id})` : ''}.`;
    }
    default: {
      const lines = facts(tool, content, language);
      const status = findString(content, ['status']);
      const running = status && /^(queued|running|pending)$/i.test(status);
      if (running) {
        return ko
          ? `${withParticle(say(TOOL_LABELS[tool] ?? { ko: tool, en: tool }, language), '을', '를')} 시작했습니다 (상태: ${status}).`
          : `Started the ${say(TOOL_LABELS[tool] ?? { ko: tool, en: tool }, language)} (status: ${status}).`;
      }
      return lines.length > 0 ? `${done}\n${lines.join(', ')}` : done;
    }
  }
}
