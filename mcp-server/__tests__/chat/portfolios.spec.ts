import { describe, expect, it } from 'vitest';
import { findPortfolioMentions, portfoliosIn } from './support/agent-under-test.js';
import { argsFor } from './support/slots.js';

const MINE = [
  { id: 'pf-growth', name: 'Growth' },
  { id: 'pf-dividend', name: 'Dividend' },
  { id: 'pf-chips', name: 'Chip Makers' },
];
const named = (text: string) =>
  findPortfolioMentions(text, MINE).map((mention) => mention.portfolio?.id);

describe('portfolio names in a message', () => {
  it.each([
    ['my Growth portfolio', 'pf-growth'],
    ['그로스', 'pf-growth'],
    ['성장 포트폴리오', 'pf-growth'],
    ['배당 포트폴리오', 'pf-dividend'],
    ['배당포트에서', 'pf-dividend'],
    ['dividend', 'pf-dividend'],
    ['Growht', 'pf-growth'],
    ['chip makers', 'pf-chips'],
    ['Growth로', 'pf-growth'],
  ])('%s names %s', (text, id) => {
    expect(named(text)).toEqual([id]);
  });

  it('does not take a dividend payment for the Dividend portfolio', () => {
    expect(named('배당금 50만원')).toEqual([]);
  });

  it('is read before its words can be a trade or a stock', () => {
    const slots = argsFor('record_trade', 'record a dividend of 120,000 won from KT&G in Dividend');
    expect(slots.portfolioMention).toBe('Dividend');
    expect(slots.args).toMatchObject({ type: 'DIVIDEND', amount: '120000', symbol: '033780' });
  });

  it('prefers the name said with "portfolio" to a translation elsewhere', () => {
    expect(argsFor('get_portfolio', 'Income 말고 Tech 포트폴리오', ['Tech']).portfolioMention).toBe(
      'Tech 포트폴리오',
    );
  });
});

describe('the portfolios in a list_portfolios answer', () => {
  it('finds them in whatever envelope the catalogue uses', () => {
    const list = [{ id: 'a', name: 'A', cash: '1' }];
    expect(portfoliosIn({ portfolios: list })).toEqual([{ id: 'a', name: 'A' }]);
    expect(portfoliosIn({ data: { me: { portfolios: list } } })).toEqual([{ id: 'a', name: 'A' }]);
    expect(portfoliosIn(list)).toEqual([{ id: 'a', name: 'A' }]);
    expect(portfoliosIn({ nothing: [] })).toEqual([]);
    expect(portfoliosIn(undefined)).toEqual([]);
  });
});
