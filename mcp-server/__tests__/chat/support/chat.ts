import { masterDirectory } from './directory.js';
import { createChatAgent, type CallTool, type ChatAgentOptions } from './agent-under-test.js';
import { fakeTools, TEST_NOW } from './world.js';

const directory = masterDirectory();

/** An agent over the fake tools, and a helper that keeps one conversation going. */
export function conversation(options: Partial<ChatAgentOptions> & { callTool?: CallTool } = {}) {
  const tools = fakeTools();
  const agent = createChatAgent({
    callTool: tools.callTool,
    directory,
    now: () => TEST_NOW,
    ...options,
  });
  let conversationId: string | undefined;
  const send = async (message: unknown) => {
    const answer = await agent.chat({ message, conversationId });
    conversationId = answer.conversationId || conversationId;
    return answer;
  };
  return { agent, send, calls: tools.calls };
}
