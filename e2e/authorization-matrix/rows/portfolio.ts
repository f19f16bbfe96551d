import { OWNER_ONLY, SIGNED_IN, allow, row, unique, type MatrixRow } from '../matrix.js';

export const portfolioRows: MatrixRow[] = [
  row('Query.portfolios', { operation: '{ portfolios { id } }', outcomes: allow(...SIGNED_IN) }),
  row('Query.portfolio', {
    case: "the owner's",
    operation: 'query($id: ID!) { portfolio(id: $id) { id cash } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    // Another user gets what a missing id gets: null, so that an id reveals nothing (issue 10 §6).
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  }),
  row('Query.portfolio', {
    case: 'an id that does not exist',
    operation: 'query($id: ID!) { portfolio(id: $id) { id cash } }',
    variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    outcomes: {
      ...allow(...SIGNED_IN),
      otherUser: 'hidden',
      ownerKeyWithScope: 'hidden',
      owner: 'hidden',
    },
  }),
  row('Query.portfolio', {
    // A valuation needs prices too, so a key needs market:read as well as portfolio:read.
    case: 'its valuation',
    operation: 'query($id: ID!) { portfolio(id: $id) { valuation { totalValue } } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  }),
  row('Query.portfolio', {
    case: 'its transactions',
    operation: 'query($id: ID!) { portfolio(id: $id) { transactions { id } } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  }),
  row('Query.user', {
    case: "the owner's portfolios",
    operation: 'query($id: ID!) { user(id: $id) { id portfolios { id } } }',
    variables: async ({ scene }) => ({ id: (await scene.owner()).id }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.createPortfolio', {
    operation:
      'mutation($name: String!) { createPortfolio(input: { name: $name, cash: "1000" }) { id } }',
    variables: () => ({ name: unique('m') }),
    outcomes: allow(...SIGNED_IN),
  }),
  row('Mutation.recordLedgerEntry', {
    operation:
      'mutation($id: ID!) { recordLedgerEntry(input: { portfolioId: $id, type: DEPOSIT, amount: "1" }) { id } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.recordTrade', {
    operation:
      'mutation($id: ID!) { recordTrade(input: { portfolioId: $id, type: DEPOSIT, amount: "1" }) { id } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.renamePortfolio', {
    operation:
      'mutation($id: ID!, $name: String!) { renamePortfolio(id: $id, name: $name) { id } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId(), name: unique('renamed') }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.setPortfolioCommissionRate', {
    operation:
      'mutation($id: ID!) { setPortfolioCommissionRate(id: $id, rate: "0.00015") { id commissionRate } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.deletePortfolio', {
    operation: 'mutation($id: ID!) { deletePortfolio(id: $id) }',
    variables: async ({ scene }) => ({ id: await scene.newPortfolio() }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.importHoldingsCsv', {
    operation:
      'mutation($id: ID!) { importHoldingsCsv(portfolioId: $id, csv: "005930,1,50000") { id } }',
    variables: async ({ scene }) => ({ id: await scene.portfolioId() }),
    outcomes: allow(...OWNER_ONLY),
  }),
];
