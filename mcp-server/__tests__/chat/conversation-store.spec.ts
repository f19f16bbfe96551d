import { describe, expect, it } from 'vitest';
import { ConversationStore, createChatAgent } from './support/agent-under-test.js';
import { masterDirectory } from './support/directory.js';
import { fakeTools, TEST_NOW } from './support/world.js';

describe('the conversation store', () => {
  it('forgets a conversation left alone longer than its time to live', () => {
    let now = 0;
    const store = new ConversationStore({ ttlMs: 1_000, now: () => now });
    const first = store.open('user', undefined, 'ko');
    first.lastRunId = 'run-1';
    now = 999;
    expect(store.open('user', first.id, 'ko').lastRunId).toBe('run-1');
    now = 2_000;
    const again = store.open('user', first.id, 'ko');
    expect(again.id).toBe(first.id);
    expect(again.lastRunId).toBeUndefined();
  });

  it('keeps at most its bound, dropping the least recently used', () => {
    const store = new ConversationStore({ maxConversations: 2 });
    const a = store.open('u', 'a', 'ko');
    a.lastRunId = 'a';
    store.open('u', 'b', 'ko');
    store.open('u', 'a', 'ko');
    store.open('u', 'c', 'ko');
    expect(store.size).toBe(2);
    expect(store.open('u', 'a', 'ko').lastRunId).toBe('a');
    expect(store.size).toBe(2);
  });

  it("never opens another user's conversation by its id", () => {
    const store = new ConversationStore();
    const mine = store.open('alice', 'shared-id', 'ko');
    mine.lastRunId = 'alice-run';
    expect(store.open('bob', 'shared-id', 'ko').lastRunId).toBeUndefined();
  });

  it('keeps only the latest turns', () => {
    const store = new ConversationStore({ maxTurns: 2 });
    const conversation = store.open('u', undefined, 'en');
    for (const content of ['1', '2', '3']) store.remember(conversation, { role: 'user', content });
    expect(conversation.turns.map((turn) => turn.content)).toEqual(['2', '3']);
  });

  it('lets agents made per request share conversations through one store', async () => {
    const store = new ConversationStore();
    const directory = masterDirectory();
    const make = () =>
      createChatAgent({ callTool: fakeTools().callTool, directory, store, now: () => TEST_NOW });
    const first = await make().chat({ message: 'Growth 1년 몬테카를로', principal: 'alice' });
    const second = await make().chat({
      message: '이번엔 99%로',
      conversationId: first.conversationId,
      principal: 'alice',
    });
    expect(second.toolCalls.at(-1)?.arguments).toMatchObject({
      confidence: 0.99,
      horizonDays: 252,
    });
    const stranger = await make().chat({
      message: '이번엔 99%로',
      conversationId: first.conversationId,
      principal: 'mallory',
    });
    expect(stranger.toolCalls).toEqual([]);
  });
});
