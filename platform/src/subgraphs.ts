import * as accounts from '@capstone/accounts';
import * as ai from '@capstone/ai';
import type { SubgraphName } from '@capstone/config';
import * as marketData from '@capstone/market-data';
import * as portfolio from '@capstone/portfolio';
import * as scenario from '@capstone/scenario';
import type { AnySubgraphDefinition } from '@capstone/server-kit';

export interface SubgraphModule {
  definition: AnySubgraphDefinition;
  database: { schemaPath: string; migrationsDir: string };
}

/** Every subgraph of the platform, by name. */
export const subgraphModules: Record<SubgraphName, SubgraphModule> = {
  accounts: { definition: accounts.accountsSubgraph, database: accounts.database },
  portfolio: { definition: portfolio.portfolioSubgraph, database: portfolio.database },
  'market-data': { definition: marketData.marketDataSubgraph, database: marketData.database },
  scenario: { definition: scenario.scenarioSubgraph, database: scenario.database },
  ai: { definition: ai.aiSubgraph, database: ai.database },
};
