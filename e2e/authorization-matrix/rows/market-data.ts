import { EVERYONE, SIGNED_IN, allow, row, type MatrixRow } from '../matrix.js';

const QUOTES = 'subscription { quoteUpdated(symbols: ["005930"]) { symbol price } }';

export const marketDataRows: MatrixRow[] = [
  row('Query.instrument', {
    operation: '{ instrument(symbol: "005930") { nameKo } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.instruments', {
    operation: '{ instruments(symbols: ["005930", "000660"]) { symbol nameKo } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.trackedInstruments', {
    operation: '{ trackedInstruments { symbol } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.searchInstruments', {
    operation: '{ searchInstruments(query: "삼성") { symbol } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.quotes', {
    operation:
      '{ quotes(symbols: ["005930"]) { symbol } instrument(symbol: "005930") { lastQuote { price } } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.indexHistory', {
    operation:
      '{ indexHistory(code: "0001", from: "2022-09-01", to: "2022-09-19") { date close } }',
    // Public market information (the landing page's KOSPI/KOSDAQ strip), like any portal's.
    outcomes: allow(...EVERYONE),
  }),
  row('Query.tradingCalendar', {
    operation: '{ tradingCalendar(from: "2022-09-01", to: "2022-09-19") { date tradingDay } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.corporateActions', {
    operation: '{ corporateActions(first: 5) { id symbol kind shareFactor } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.sectors', {
    operation: '{ sectors { code nameKo nameEn } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.etlStatus', {
    operation: '{ etlStatus { job lastStatus } }',
    outcomes: allow(...SIGNED_IN),
  }),
  // Administration: administrators with a session only, and none of these callers is one.
  row('Query.etlRuns', { operation: '{ etlRuns { id status } }', outcomes: allow() }),
  row('Mutation.trackInstrument', {
    operation: 'mutation { trackInstrument(symbol: "005930", tracked: false) { tracked } }',
    outcomes: allow(),
  }),
  row('Mutation.triggerEtlRun', {
    operation: 'mutation { triggerEtlRun(job: DAILY_BARS) { id } }',
    outcomes: allow(),
  }),
  row('Mutation.cancelEtlRun', {
    operation: 'mutation { cancelEtlRun(id: "1") { id } }',
    outcomes: allow(),
  }),
  row('Subscription.quoteUpdated', {
    case: 'over graphql-ws',
    operation: QUOTES,
    outcomes: allow(...SIGNED_IN),
    transport: 'graphql-ws',
  }),
  row('Subscription.quoteUpdated', {
    case: 'over SSE',
    operation: QUOTES,
    outcomes: allow(...SIGNED_IN),
    transport: 'sse',
  }),
];
