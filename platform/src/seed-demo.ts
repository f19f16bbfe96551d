import * as accounts from '@capstone/accounts';
import { databaseUrl, type Env } from '@capstone/config';
import * as marketData from '@capstone/market-data';
import * as portfolio from '@capstone/portfolio';
import * as scenario from '@capstone/scenario';

export interface SeedReport {
  demoUserId: string;
  instrumentsAdded: number;
  portfoliosCreated: string[];
  scenarioTemplates: number;
}

/**
 * Seeds what a fresh platform shows: the built-in scenario templates, the demo
 * instruments, and the demo user with the Growth and Dividend portfolios. Each service's
 * data is written through that service's own client; reruns change nothing that exists.
 */
export async function seedDemoData(
  config: Pick<Env, 'DATABASE_URL' | 'DATABASE_PREFIX' | 'DEMO_USER_PASSWORD'>,
): Promise<SeedReport> {
  const clients = {
    accounts: accounts.createPrismaClient(databaseUrl(config, 'accounts')),
    portfolio: portfolio.createPrismaClient(databaseUrl(config, 'portfolio')),
    marketData: marketData.createPrismaClient(databaseUrl(config, 'market-data')),
    scenario: scenario.createPrismaClient(databaseUrl(config, 'scenario')),
  };
  try {
    const scenarioTemplates = await scenario.seedScenarioTemplates(clients.scenario);
    const instrumentsAdded = await marketData.seedDemoInstruments(clients.marketData);
    const { id: demoUserId } = await accounts.seedDemoUser(
      clients.accounts,
      config.DEMO_USER_PASSWORD,
    );
    const portfoliosCreated = await portfolio.seedDemoPortfolios(clients.portfolio, demoUserId);
    return { demoUserId, instrumentsAdded, portfoliosCreated, scenarioTemplates };
  } finally {
    await Promise.all(Object.values(clients).map((client) => client.$disconnect()));
  }
}
