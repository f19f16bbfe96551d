export {
  createChatAgent,
  type ChatAgent,
  type ChatAgentOptions,
  type ChatRequest,
} from './agent.js';
export { ConversationStore, type ConversationStoreOptions } from './conversation.js';
export { scanWindow, seoulToday } from './dates.js';
export { formatKrw, formatPercent } from './format.js';
export {
  InstrumentDirectory,
  type AmbiguousMention,
  type InstrumentEntry,
  type InstrumentMatch,
} from './instruments.js';
export { detectLanguage, type Language } from './language.js';
export { LlmError, type LlmOptions } from './llm.js';
export { parseKrwAmount, scanNumbers } from './numbers.js';
export { classify, understand, type Draft, type Missing, type PlannerContext } from './planner.js';
export { findPortfolioMentions, portfoliosIn, type PortfolioRef } from './portfolios.js';
export {
  describeShocks,
  findTemplate,
  SCENARIO_TEMPLATES,
  scanShocks,
  type Shock,
} from './scenarios.js';
export { readSlots, TRADING_DAYS } from './slots.js';
export { editDistance, keystrokes } from './text.js';
export {
  ACTION_TOOLS,
  READ_TOOLS,
  WRITE_TOOLS,
  type CallTool,
  type ChatEvent,
  type ChatResponse,
  type ChatResult,
  type ToolCallOptions,
  type ToolCallRecord,
  type ToolDescription,
  type ToolName,
  type ToolProgress,
  type ToolResult,
} from './types.js';
export { callToolThrough, describeTools } from './mcp-client.js';
