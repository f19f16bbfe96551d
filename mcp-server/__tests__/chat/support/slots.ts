import { masterDirectory } from './directory.js';
import { readSlots, type ToolName } from './agent-under-test.js';

const directory = masterDirectory();

/** The arguments a message gives one tool, on 2025-03-14, with the real instrument master. */
export function argsFor(tool: ToolName, message: string, knownPortfolioNames: string[] = []) {
  return readSlots(tool, {
    original: message,
    lower: message.toLowerCase(),
    today: '2025-03-14',
    directory,
    knownPortfolioNames,
  });
}
