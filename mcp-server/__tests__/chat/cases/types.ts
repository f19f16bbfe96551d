/**
 * One request of the chat test set, in the world the accuracy spec builds:
 *
 * - today is 2025-03-14 (a Friday) in Asia/Seoul;
 * - the user has two portfolios, `Growth` (id `pf-growth`) and `Dividend` (id `pf-dividend`),
 *   which the agent learns only through `list_portfolios`;
 * - instruments are the real KIS master files (KOSPI and KOSDAQ) with English names for the
 *   large caps; symbols below are KRX codes;
 * - every tool answers successfully; simulation runs get ids `run-1`, `run-2`, … and a created
 *   scenario the id `scenario-1`, in the order the conversation makes them.
 *
 * Relative windows ("최근 6개월", "last 5 years") end today and start the same calendar day that
 * many months or years earlier. A bare year range ("2019년부터 2023년까지") covers whole years.
 * A Monte Carlo horizon counts trading days: a year is 252, a month 21, a week 5; "252일" is 252.
 */
export interface ChatCase {
  id: string;
  /** Earlier messages of the same conversation, sent first (their outcome is not scored). */
  context?: string[];
  message: string;
  expect: ExpectedTool | ExpectedClarification;
}

export interface ExpectedTool {
  /**
   * The tool the request is about: the write the agent asks to confirm, or else the last tool it
   * calls for this message (a plan may call `list_portfolios` first to resolve a name).
   */
  tool: string;
  /**
   * The arguments that must hold. Only these keys are compared; arrays match in any order, an
   * object inside an array matches an item holding at least its keys, numbers within 1e-9.
   */
  args?: Record<string, unknown>;
}

/** The agent must ask a question back instead of calling any action. */
export interface ExpectedClarification {
  clarify: true;
}
