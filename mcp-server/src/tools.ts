import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { askGateway } from './gateway-client.js';

/**
 * The first tools of the operation catalogue (the rest arrive with their issues). Each runs one
 * GraphQL operation through the gateway with the caller's credentials, so an agent sees exactly
 * what its user or API key may see.
 */
export function registerTools(
  server: McpServer,
  gatewayUrl: string,
  credentials: Record<string, string>,
): void {
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    try {
      const data = await askGateway(gatewayUrl, credentials, query, variables);
      return { content: [{ type: 'text' as const, text: JSON.stringify(data, null, 2) }] };
    } catch (error) {
      return {
        isError: true,
        content: [{ type: 'text' as const, text: (error as Error).message }],
      };
    }
  };

  server.registerTool(
    'search_instruments',
    {
      title: 'Search KRX instruments',
      description: 'Finds KRX stocks by 6-digit code, Korean name or English name (종목 검색).',
      inputSchema: {
        query: z
          .string()
          .min(1)
          .max(50)
          .describe('A code such as 005930, or part of a name such as 삼성'),
        limit: z
          .number()
          .int()
          .min(1)
          .max(100)
          .optional()
          .describe('At most this many results (default 20)'),
      },
      annotations: { readOnlyHint: true },
    },
    ({ query, limit }) =>
      run(
        'query Search($query: String!, $limit: Int) { searchInstruments(query: $query, limit: $limit) { symbol nameKo nameEn market kind delisted sector { code nameKo nameEn } } }',
        { query, limit },
      ),
  );

  server.registerTool(
    'list_scenarios',
    {
      title: 'List stress scenarios',
      description:
        'Lists the stress-test scenario templates, historical and hypothetical, in Korean and English.',
      inputSchema: {
        kind: z.enum(['HISTORICAL', 'HYPOTHETICAL']).optional().describe('Only this kind'),
      },
      annotations: { readOnlyHint: true },
    },
    ({ kind }) =>
      run(
        'query Scenarios($kind: ScenarioKind) { scenarioTemplates(kind: $kind) { id kind nameKo nameEn periodStart periodEnd shocks { target sector currencyPair change } } }',
        { kind },
      ),
  );
}
