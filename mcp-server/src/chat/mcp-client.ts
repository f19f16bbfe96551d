import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { LANGUAGE_META } from '../protocol/eras.js';
import type { CallTool, ToolDescription } from './types.js';

/**
 * The agent's seam over an MCP SDK client connected to our server (in memory, stdio or
 * Streamable HTTP): tool calls with progress notifications and cancellation, as any MCP client
 * makes them.
 */
export function callToolThrough(client: Pick<Client, 'callTool'>): CallTool {
  return async (name, args, { onProgress, signal, language }) => {
    const request = {
      name,
      arguments: args,
      // The server answers a call in the language its `_meta` names (MCP has no other way).
      ...(language ? { _meta: { [LANGUAGE_META]: language } } : {}),
    };
    const result = await client.callTool(request, undefined, {
      signal,
      // A long simulation reports progress; each report restarts the request timeout.
      resetTimeoutOnProgress: true,
      ...(onProgress
        ? {
            onprogress: ({ progress, total, message }) =>
              onProgress({
                progress,
                ...(total === undefined ? {} : { total }),
                ...(message === undefined ? {} : { message }),
              }),
          }
        : {}),
    });
    const content = Array.isArray(result.content) ? result.content : [];
    const text = content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
    const isError = result.isError === true;
    return {
      ok: !isError,
      isError,
      text,
      ...(result.structuredContent === undefined
        ? {}
        : { structuredContent: result.structuredContent }),
    };
  };
}

/** Every tool the server lists, page by page, for the optional model's function definitions. */
export async function describeTools(client: Pick<Client, 'listTools'>): Promise<ToolDescription[]> {
  const tools: ToolDescription[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor ? { cursor } : undefined);
    for (const tool of page.tools) {
      tools.push({
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        inputSchema: tool.inputSchema as Record<string, unknown>,
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return tools;
}
