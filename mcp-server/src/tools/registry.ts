import {
  TOOLSETS,
  operationNamed,
  toolOperations,
  type CatalogueOperation,
  type JsonSchema,
  type Toolset,
} from '@capstone/operations';
import type { CallToolResult, Tool as McpTool } from '@modelcontextprotocol/sdk/types.js';
import { summarize } from '../chat/summaries.js';
import type { Gateway } from '../gateway.js';
import { ArgumentError, checkArguments } from './arguments.js';
import { toolErrorText } from './errors.js';
import { runToEnd } from './long-running.js';

/** One MCP tool, made from a catalogue operation. */
export interface CatalogueTool {
  name: string;
  toolset: Toolset;
  longRunning: boolean;
  operation: CatalogueOperation;
  definition: McpTool;
}

function definitionOf(operation: CatalogueOperation): McpTool {
  const { hints, tool, description } = operation;
  return {
    name: tool!.name,
    // Korean first, as everywhere on the platform; agents read both.
    description: `${description.ko}\n${description.en}`,
    inputSchema: operation.inputSchema as McpTool['inputSchema'],
    // A long-running tool answers with the finished run, as get_simulation reads it.
    outputSchema: (hints.includes('long-running')
      ? operationNamed('GetSimulation').outputSchema
      : operation.outputSchema) as McpTool['outputSchema'],
    annotations: {
      readOnlyHint: hints.includes('read-only'),
      // MCP assumes a tool that is not read-only may destroy; the catalogue says which do.
      destructiveHint: hints.includes('destructive'),
      idempotentHint: hints.includes('idempotent'),
      // Every tool acts on this platform's own data only.
      openWorldHint: false,
    },
    _meta: {
      'io.capstone/toolset': tool!.toolset,
      'io.capstone/operation': operation.name,
    },
  };
}

/** Every catalogue tool, by name. */
export const TOOLS: ReadonlyMap<string, CatalogueTool> = new Map(
  toolOperations().map((operation) => [
    operation.tool!.name,
    {
      name: operation.tool!.name,
      toolset: operation.tool!.toolset,
      longRunning: operation.hints.includes('long-running'),
      operation,
      definition: definitionOf(operation),
    },
  ]),
);

/** The tool sets `tools/list` shows unless asked otherwise. */
export const DEFAULT_TOOLSETS: ReadonlySet<Toolset> = new Set(['core']);

/**
 * Reads a tool-set choice such as `core,risk` or `all`; unknown names are refused, naming the
 * ones there are.
 */
export function parseToolsets(value: string | null | undefined): ReadonlySet<Toolset> {
  if (!value) return DEFAULT_TOOLSETS;
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('all')) return new Set(TOOLSETS);
  for (const name of names) {
    if (!(TOOLSETS as readonly string[]).includes(name)) {
      throw new Error(
        `Unknown tool set "${name}"; the tool sets are ${TOOLSETS.join(', ')} and all`,
      );
    }
  }
  return new Set(names as Toolset[]);
}

/** The tools of the chosen sets, in a fixed order: by set as TOOLSETS lists them, then by name. */
export function listedTools(toolsets: ReadonlySet<Toolset>): CatalogueTool[] {
  return [...TOOLS.values()]
    .filter((tool) => toolsets.has(tool.toolset))
    .sort(
      (a, b) =>
        TOOLSETS.indexOf(a.toolset) - TOOLSETS.indexOf(b.toolset) || a.name.localeCompare(b.name),
    );
}

export interface ToolCallContext {
  gateway: Gateway;
  signal?: AbortSignal;
  /** MCP progress, for long-running tools: `progress` of `total`. */
  onProgress?: (progress: {
    progress: number;
    total: number;
    message?: string;
    /** The simulation run a long-running tool follows. */
    runId?: string;
  }) => void;
}

const errorResult = (text: string): CallToolResult => ({
  isError: true,
  content: [{ type: 'text', text }],
});

/**
 * A short readable summary (Korean, then English; money in 만/억 won), then the data as JSON
 * for clients that do not read `structuredContent`.
 */
export function resultOf(
  tool: CatalogueTool,
  args: Record<string, unknown>,
  data: unknown,
): CallToolResult {
  const structured = data as Record<string, unknown>;
  const summary = ['ko', 'en']
    .map((language) =>
      summarize(tool.name, args, structured, { language: language as 'ko' | 'en' }),
    )
    .join('\n');
  return {
    content: [
      { type: 'text', text: summary },
      { type: 'text', text: JSON.stringify(structured) },
    ],
    structuredContent: structured,
  };
}

/** Checks the arguments, runs the operation at the gateway as the caller, and answers. */
export async function callCatalogueTool(
  tool: CatalogueTool,
  args: Record<string, unknown> | undefined,
  context: ToolCallContext,
): Promise<CallToolResult> {
  let variables: Record<string, unknown>;
  try {
    variables = checkArguments(tool.operation.inputSchema as JsonSchema, args);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    const { language } = context.gateway;
    const heading = language === 'ko' ? '인자가 올바르지 않습니다' : 'invalid arguments';
    return errorResult(`${tool.name}: ${heading}:\n- ${error.problemsIn(language).join('\n- ')}`);
  }
  try {
    if (!tool.longRunning) {
      return resultOf(
        tool,
        variables,
        await context.gateway.run(tool.operation, variables, context.signal),
      );
    }
    const data = await runToEnd(tool.operation, variables, {
      gateway: context.gateway,
      signal: context.signal,
      onProgress: ({ fraction, stage, message, runId }) =>
        context.onProgress?.({
          progress: fraction,
          total: 1,
          message: message ? `${stage}: ${message}` : stage,
          runId,
        }),
    });
    const result = resultOf(tool, variables, data);
    const run = (result.structuredContent as { simulation?: SimulationState }).simulation;
    if (run && run.status !== 'SUCCEEDED') {
      const why = run.error
        ? context.gateway.language === 'ko'
          ? run.error.messageKo
          : run.error.messageEn
        : run.status;
      return {
        ...result,
        isError: true,
        content: [{ type: 'text', text: `${tool.name}: ${run.status}: ${why}` }, ...result.content],
      };
    }
    return result;
  } catch (error) {
    return errorResult(toolErrorText(tool.name, error, context.gateway.language));
  }
}

type SimulationState = {
  status: string;
  error?: { messageKo: string; messageEn: string } | null;
};
