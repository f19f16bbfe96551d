/**
 * What a client may assume of an operation, as the catalogue declares it. The MCP tool
 * annotations come from these: `readOnlyHint`, `idempotentHint`, `destructiveHint`; a
 * long-running operation reports progress and can be cancelled.
 */
export const HINTS = ['read-only', 'idempotent', 'destructive', 'long-running'] as const;
export type Hint = (typeof HINTS)[number];

export const isHint = (value: string): value is Hint =>
  (HINTS as readonly string[]).includes(value);

/**
 * The tool sets: `core` is what `tools/list` shows by default, the others are listed on request
 * (see mcp-server/README.md, "Lean tool listing"). Every tool is callable whatever is listed.
 */
export const TOOLSETS = ['core', 'market', 'portfolio', 'risk'] as const;
export type Toolset = (typeof TOOLSETS)[number];

export const isToolset = (value: string): value is Toolset =>
  (TOOLSETS as readonly string[]).includes(value);
