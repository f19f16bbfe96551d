import * as accounts from '@capstone/accounts';
import * as ai from '@capstone/ai';
import type { SubgraphName } from '@capstone/config';
import * as marketData from '@capstone/market-data';
import * as portfolio from '@capstone/portfolio';
import * as scenario from '@capstone/scenario';
import type { AnySubgraphDefinition } from '@capstone/server-kit';

export interface SubgraphModule {
  definition: AnySubgraphDefinition;
  prismaFiles: { schemaPath: string; migrationsDir: string };
}

/** Every subgraph of the platform, by name. */
export const subgraphModules: Record<SubgraphName, SubgraphModule> = {
  accounts: { definition: accounts.accountsSubgraph, prismaFiles: accounts.prismaFiles },
  portfolio: { definition: portfolio.portfolioSubgraph, prismaFiles: portfolio.prismaFiles },
  'market-data': { definition: marketData.marketDataSubgraph, prismaFiles: marketData.prismaFiles },
  scenario: { definition: scenario.scenarioSubgraph, prismaFiles: scenario.prismaFiles },
  ai: { definition: ai.aiSubgraph, prismaFiles: ai.prismaFiles },
};
