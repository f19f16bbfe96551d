import { loadCatalogue, operationNamed } from '@capstone/operations';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type {
  ReadResourceResult,
  Resource,
  ResourceTemplate,
} from '@modelcontextprotocol/sdk/types.js';
import type { Gateway } from './gateway.js';
import { TOOLS } from './tools/registry.js';
import { toolErrorText } from './tools/errors.js';

/**
 * Resources: what an agent can attach as context rather than call. Each template is read by one
 * catalogue operation, whose one required variable the template's parameter fills.
 */
interface TemplateSpec {
  scheme: string;
  parameter: string;
  operation: string;
  variable: string;
  name: string;
  description: string;
}

const TEMPLATES: TemplateSpec[] = [
  {
    scheme: 'portfolio',
    parameter: 'id',
    operation: 'GetPortfolio',
    variable: 'portfolioId',
    name: 'portfolio',
    description: '포트폴리오: 현금, 보유 종목, 평가금액 / A portfolio: cash, holdings and value',
  },
  {
    scheme: 'instrument',
    parameter: 'symbol',
    operation: 'GetInstrument',
    variable: 'symbol',
    name: 'instrument',
    description: 'KRX 종목: 시세와 AI 예측 / A KRX instrument: prices and AI forecast',
  },
  {
    scheme: 'scenario-template',
    parameter: 'id',
    operation: 'GetScenarioTemplate',
    variable: 'id',
    name: 'scenario template',
    description: '스트레스 시나리오 템플릿 / A stress-scenario template',
  },
  {
    scheme: 'simulation',
    parameter: 'id',
    operation: 'GetSimulation',
    variable: 'runId',
    name: 'simulation run',
    description: '시뮬레이션 실행과 결과 / A simulation run and its result',
  },
];

const hasOperation = (name: string) =>
  loadCatalogue().operations.some((operation) => operation.name === name);

/** Templates whose operation the catalogue holds (simulation:// waits for its operation). */
const available = () => TEMPLATES.filter((template) => hasOperation(template.operation));

export const TOOL_INDEX_URI = 'capstone://tools';

export function resourceTemplates(): ResourceTemplate[] {
  return available().map((template) => ({
    uriTemplate: `${template.scheme}://{${template.parameter}}`,
    name: template.name,
    description: template.description,
    mimeType: 'application/json',
  }));
}

/**
 * The caller's portfolios and the scenario templates, as concrete resources, and the index of
 * every tool. What the caller may not read is left out rather than failing the list.
 */
export async function listResources(gateway: Gateway): Promise<Resource[]> {
  const resources: Resource[] = [
    {
      uri: TOOL_INDEX_URI,
      name: 'tools',
      title: '모든 도구 / Every tool',
      description:
        'Every MCP tool with its tool set; tools/list shows the core set unless asked for more.',
      mimeType: 'application/json',
    },
  ];
  const listings: [string, string, (row: Record<string, unknown>) => Resource][] = [
    [
      'ListPortfolios',
      'portfolios',
      (row) => ({
        uri: `portfolio://${String(row.id)}`,
        name: String(row.name),
        mimeType: 'application/json',
      }),
    ],
    [
      'ListScenarios',
      'scenarioTemplates',
      (row) => ({
        uri: `scenario-template://${String(row.id)}`,
        name: `${String(row.nameKo)} / ${String(row.nameEn)}`,
        mimeType: 'application/json',
      }),
    ],
  ];
  for (const [operation, field, toResource] of listings) {
    try {
      const data = await gateway.run<Record<string, Record<string, unknown>[] | null>>(
        operationNamed(operation),
        {},
      );
      resources.push(...(data[field] ?? []).map(toResource));
    } catch {
      // Not signed in, or the scope is missing: the list shows what the caller may read.
    }
  }
  return resources;
}

/** 2026-07-28 names a missing resource Invalid Params; 2025-11-25 had its own code. */
const notFound = (uri: string, modern: boolean) =>
  new McpError(modern ? -32602 : -32002, `Resource not found: ${uri}`, { uri });

export async function readResource(
  uri: string,
  gateway: Gateway,
  modern: boolean,
): Promise<ReadResourceResult> {
  const json = (value: unknown): ReadResourceResult => ({
    contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }],
  });
  if (uri === TOOL_INDEX_URI) {
    return json(
      [...TOOLS.values()].map((tool) => ({
        name: tool.name,
        toolset: tool.toolset,
        description: tool.definition.description,
      })),
    );
  }
  const match = /^([a-z-]+):\/\/([^/?#]+)$/.exec(uri);
  const template = match && available().find((spec) => spec.scheme === match[1]);
  if (!match || !template) throw notFound(uri, modern);
  const operation = operationNamed(template.operation);
  let data: Record<string, unknown>;
  try {
    data = await gateway.run(operation, { [template.variable]: decodeURIComponent(match[2]!) });
  } catch (error) {
    throw new McpError(-32603, toolErrorText(`resources/read ${uri}`, error, gateway.language));
  }
  const value = Object.values(data)[0];
  if (value == null) throw notFound(uri, modern);
  return json(value);
}
