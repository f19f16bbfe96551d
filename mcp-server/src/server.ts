import type { IncomingHttpHeaders } from 'node:http';
import type { Toolset } from '@capstone/operations';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestTaskStore } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type ServerCapabilities,
  type ServerNotification,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Gateway } from './gateway.js';
import { completePromptArgument, getPrompt, listPrompts } from './prompts.js';
import {
  CACHING,
  LANGUAGE_META,
  META,
  MODERN_ERRORS,
  SUPPORTED_VERSIONS,
  declaredVersion,
} from './protocol/eras.js';
import { listResources, readResource, resourceTemplates } from './resources.js';
import { TOOLS, callCatalogueTool, listedTools } from './tools/registry.js';
import { startTask, type RunTaskStore } from './tools/tasks.js';

export const SERVER_INFO = { name: 'capstone-trading', version: '0.2.0' };

export const CAPABILITIES: ServerCapabilities = {
  tools: { listChanged: false },
  resources: { listChanged: false, subscribe: false },
  prompts: { listChanged: false },
  completions: {},
};

/** 2025-11-25 clients may also set a log level; 2026-07-28 removed logging/setLevel. */
const LEGACY_CAPABILITIES: ServerCapabilities = { ...CAPABILITIES, logging: {} };

export const INSTRUCTIONS = [
  'KRX 포트폴리오, 시세, 스트레스 테스트·몬테카를로·백테스트·최적화, AI 예측을 다룹니다. 금액은 원화입니다.',
  'Portfolios of Korean (KRX) stocks, quotes, stress tests, Monte Carlo, backtests, optimisation and AI forecasts; money is in KRW.',
  'tools/list shows the core tool set; the resource capstone://tools lists every tool, and every tool can be called by name.',
  'HTTP clients can list more with /mcp?toolsets=all (or market, portfolio, risk); the stdio server reads MCP_TOOLSETS.',
].join('\n');

export interface McpServerOptions {
  /**
   * Offers task-based execution (2025-11-25, the SDK's experimental tasks) of the long-running
   * tools. The SDK scopes tasks by session, so only servers that live in a session get a store.
   */
  taskStore?: RunTaskStore;
  /**
   * The gateway as the caller: fixed (stdio, the chat), or per request from the request's own
   * headers (a 2025-11-25 HTTP session outlives any one access token).
   */
  gateway: Gateway | ((headers: IncomingHttpHeaders) => Gateway);
  /** The tool sets `tools/list` shows (every tool stays callable). */
  toolsets: ReadonlySet<Toolset>;
}

const DiscoverRequestSchema = z.object({
  method: z.literal('server/discover'),
  params: z
    .object({ _meta: z.record(z.string(), z.unknown()).optional() })
    .loose()
    .optional(),
});

const TASK_CAPABILITIES = { list: {}, cancel: {}, requests: { tools: { call: {} } } };

type Extra = {
  taskStore?: RequestTaskStore;
  _meta?: Record<string, unknown>;
  requestInfo?: { headers: IncomingHttpHeaders };
  sendNotification: (notification: ServerNotification) => Promise<void>;
};

/**
 * Wraps a handler for both protocol eras. A modern (2026-07-28) request names its version in
 * `_meta`: an unsupported one is refused with the versions there are; the result gets
 * `resultType`, the server's identity and, for lists, how long it may be cached.
 */
function bothEras<Request, Result extends object>(
  method: string,
  handler: (request: Request, extra: Extra & { signal: AbortSignal }) => Promise<Result>,
) {
  return async (request: Request, extra: Extra & { signal: AbortSignal }) => {
    const version = declaredVersion(extra._meta);
    if (version === undefined) return handler(request, extra);
    if (!SUPPORTED_VERSIONS.includes(version)) {
      throw new McpError(MODERN_ERRORS.unsupportedProtocolVersion, 'Unsupported protocol version', {
        supported: SUPPORTED_VERSIONS,
        requested: version,
      });
    }
    const result = await handler(request, extra);
    return {
      ...result,
      resultType: 'complete',
      ...CACHING[method],
      _meta: { ...(result as { _meta?: object })._meta, [META.serverInfo]: SERVER_INFO },
    };
  };
}

/**
 * One MCP server bound to one caller's credentials (inside `gateway`). Stateless: HTTP makes one
 * per request; stdio one per process.
 */
export function createMcpServer({
  gateway: caller,
  toolsets,
  taskStore,
}: McpServerOptions): Server {
  const as = (extra: Extra): Gateway => {
    const gateway =
      typeof caller === 'function' ? caller(extra.requestInfo?.headers ?? {}) : caller;
    // A client in the same process (the chat) says each call's language in `_meta`.
    const language = extra._meta?.[LANGUAGE_META];
    return language === 'ko' || language === 'en' ? gateway.inLanguage(language) : gateway;
  };
  const server = new Server(SERVER_INFO, {
    capabilities: taskStore
      ? { ...LEGACY_CAPABILITIES, tasks: TASK_CAPABILITIES }
      : LEGACY_CAPABILITIES,
    instructions: INSTRUCTIONS,
    ...(taskStore ? { taskStore } : {}),
  });
  const modern = (extra: Extra) => declaredVersion(extra._meta) !== undefined;

  server.setRequestHandler(
    DiscoverRequestSchema,
    bothEras('server/discover', async () => ({
      supportedVersions: [...SUPPORTED_VERSIONS],
      capabilities: CAPABILITIES,
      serverInfo: SERVER_INFO,
      instructions: INSTRUCTIONS,
    })),
  );
  server.setRequestHandler(
    ListToolsRequestSchema,
    bothEras('tools/list', async () => ({
      tools: listedTools(toolsets).map((tool) =>
        taskStore && tool.longRunning
          ? { ...tool.definition, execution: { taskSupport: 'optional' as const } }
          : tool.definition,
      ),
    })),
  );
  server.setRequestHandler(
    CallToolRequestSchema,
    bothEras('tools/call', async (request, extra) => {
      const tool = TOOLS.get(request.params.name);
      if (!tool) {
        throw new McpError(
          -32602,
          `Unknown tool "${request.params.name}"; the tools are ${[...TOOLS.keys()].join(', ')}`,
        );
      }
      if (tool.longRunning && request.params.task && extra.taskStore) {
        return startTask(tool, request.params.arguments, {
          gateway: as(extra),
          store: extra.taskStore,
          runs: taskStore!,
          ttl: request.params.task.ttl,
        });
      }
      const token = request.params._meta?.progressToken;
      let reported = -1;
      return callCatalogueTool(tool, request.params.arguments, {
        gateway: as(extra),
        signal: extra.signal,
        // MCP progress must grow with each notification; repeated steps are left out.
        onProgress:
          token === undefined
            ? undefined
            : ({ progress, total, message }) => {
                if (progress <= reported) return;
                reported = progress;
                void extra.sendNotification({
                  method: 'notifications/progress',
                  params: {
                    progressToken: token,
                    progress,
                    total,
                    ...(message ? { message } : {}),
                  },
                });
              },
      });
    }),
  );
  server.setRequestHandler(
    ListResourcesRequestSchema,
    bothEras('resources/list', async (_request, extra) => ({
      resources: await listResources(as(extra)),
    })),
  );
  server.setRequestHandler(
    ListResourceTemplatesRequestSchema,
    bothEras('resources/templates/list', async () => ({
      resourceTemplates: resourceTemplates(),
    })),
  );
  server.setRequestHandler(
    ReadResourceRequestSchema,
    bothEras('resources/read', async (request, extra) =>
      readResource(request.params.uri, as(extra), modern(extra)),
    ),
  );
  server.setRequestHandler(
    ListPromptsRequestSchema,
    bothEras('prompts/list', async () => ({ prompts: listPrompts() })),
  );
  server.setRequestHandler(
    GetPromptRequestSchema,
    bothEras('prompts/get', async (request) =>
      getPrompt(request.params.name, request.params.arguments),
    ),
  );
  server.setRequestHandler(
    CompleteRequestSchema,
    bothEras('completion/complete', async (request, extra) => {
      const { ref, argument } = request.params;
      const values =
        ref.type === 'ref/prompt'
          ? await completePromptArgument(argument.name, argument.value, as(extra))
          : [];
      return {
        completion: {
          values: values.slice(0, 100),
          total: values.length,
          hasMore: values.length > 100,
        },
      };
    }),
  );
  return server;
}
