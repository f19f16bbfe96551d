import { builder } from '../builder.js';
import { portfolioRiskScore } from '../risk/portfolio-risk.js';
import type {
  RiskContribution as RiskContributionShape,
  RiskScore as RiskScoreShape,
} from '../risk/risk-score.js';

const RiskFactor = builder.enumType('RiskFactor', {
  description: 'The parts of a risk score.',
  values: {
    VOLATILITY: { description: 'Forecast volatility of the portfolio (30 points).' },
    CONCENTRATION: { description: 'Concentration: the HHI of the holdings’ values (20 points).' },
    CORRELATION: { description: 'Average pairwise correlation of the holdings (15 points).' },
    DRAWDOWN: { description: 'The deepest fall of today’s holdings over a year (15 points).' },
    BETA: { description: 'Beta to KOSPI (10 points).' },
    LIQUIDITY: { description: 'Position sizes against average daily traded value (10 points).' },
  },
});

const RiskLevel = builder.enumType('RiskLevel', {
  description: 'The score in words.',
  values: {
    LOW: { description: 'Below 25.' },
    MODERATE: { description: '25 to 49.' },
    HIGH: { description: '50 to 74.' },
    VERY_HIGH: { description: '75 and above.' },
  },
});

const RiskContribution = builder.objectRef<RiskContributionShape>('RiskContribution').implement({
  description: 'One part of a risk score: its points and what they come from.',
  fields: (t) => ({
    factor: t.field({ type: RiskFactor, description: 'The part.', resolve: (c) => c.factor }),
    nameKo: t.exposeString('nameKo', { description: 'Its name, in Korean.' }),
    nameEn: t.exposeString('nameEn', { description: 'Its name, in English.' }),
    points: t.exposeFloat('points', { description: 'Points it adds to the score.' }),
    maxPoints: t.exposeFloat('maxPoints', { description: 'The most it can add.' }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The measure behind the points (volatility, HHI, correlation, …).',
    }),
    detailKo: t.exposeString('detailKo', { description: 'The measure explained, in Korean.' }),
    detailEn: t.exposeString('detailEn', { description: 'The measure explained, in English.' }),
  }),
});

const RiskScore = builder.objectRef<RiskScoreShape>('RiskScore').implement({
  description: 'How risky a portfolio is, 0 to 100, with each part’s contribution and the reason.',
  fields: (t) => ({
    score: t.exposeInt('score', { description: '0 (cash) to 100.' }),
    level: t.field({
      type: RiskLevel,
      description: 'The score in words.',
      resolve: (s) => s.level,
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: 'The newest close used.',
      resolve: (s) => s.asOf,
    }),
    contributions: t.field({
      type: [RiskContribution],
      description: 'Each part’s points; they add up to the score.',
      resolve: (s) => s.contributions,
    }),
    reasonKo: t.exposeString('reasonKo', {
      description: 'Why the score is what it is, in Korean.',
    }),
    reasonEn: t.exposeString('reasonEn', {
      description: 'Why the score is what it is, in English.',
    }),
    unscoredSymbols: t.exposeStringList('unscoredSymbols', {
      description: 'Holdings left out for too little price history.',
    }),
  }),
});

/** The portfolio subgraph's portfolio, extended with its risk score. */
builder.externalRef('Portfolio', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    riskScore: t.field({
      type: RiskScore,
      nullable: true,
      description:
        'A risk score from 0 to 100 combining forecast volatility, concentration, correlation, drawdown, beta and liquidity, with each part’s points and a one-sentence reason.',
      authScopes: { scope: 'ai:read' },
      resolve: ({ id }, _args, context) => portfolioRiskScore(context, String(id)),
    }),
  }),
});
