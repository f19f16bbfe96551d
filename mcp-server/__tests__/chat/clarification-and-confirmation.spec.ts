import { describe, expect, it } from 'vitest';
import { conversation } from './support/chat.js';
import { fakeTools } from './support/world.js';

describe('asking back instead of guessing', () => {
  it('asks which portfolio, listing them, and takes the answer by name', async () => {
    const { send } = conversation();
    const question = await send('몬테카를로 1년 돌려줘');
    expect(question.awaiting).toBe('clarification');
    expect(question.reply).toContain('1. Dividend, 2. Growth');
    expect(question.toolCalls.map((call) => call.name)).toEqual(['list_portfolios']);
    const answer = await send('배당');
    expect(answer.toolCalls).toEqual([
      {
        name: 'run_monte_carlo',
        arguments: { portfolioId: 'pf-dividend', horizonDays: 252 },
        ok: true,
      },
    ]);
  });

  it('asks which of several matching stocks, and takes the answer by number', async () => {
    const { send } = conversation();
    const question = await send('삼성전자랑 현대 주가');
    expect(question.awaiting).toBe('clarification');
    expect(question.reply).toMatch(/1\. 현대차 \(005380\), 2\. 현대모비스 \(012330\)/);
    expect(question.toolCalls).toEqual([]);
    const answer = await send('2');
    expect(answer.toolCalls[0]?.arguments).toEqual({ symbols: ['005930', '012330'] });
  });

  it('says when a named portfolio does not exist', async () => {
    const { send } = conversation();
    const answer = await send('Tech 포트폴리오 코로나 스트레스 테스트');
    expect(answer.reply).toContain("'Tech' 포트폴리오를 찾지 못했습니다");
    expect((await send('Growth')).toolCalls.at(-1)).toMatchObject({
      name: 'run_stress_test',
      arguments: { portfolioId: 'pf-growth', templateId: 'covid-crash-2020' },
    });
  });

  it('does not ask which portfolio when there is only one', async () => {
    const tools = fakeTools({ portfolios: [{ id: 'only', name: 'Main' }] });
    const { send } = conversation({ callTool: tools.callTool });
    const answer = await send('run a 1 year monte carlo');
    expect(answer.toolCalls.at(-1)).toMatchObject({ arguments: { portfolioId: 'only' } });
  });

  it('asks one thing at a time, so a number picks from the list just shown', async () => {
    const { send } = conversation();
    expect((await send('스트레스 테스트 해줘')).reply).toContain('어느 포트폴리오');
    expect((await send('2')).reply).toContain('1. IMF 외환위기 (1997)');
    const answer = await send('3');
    expect(answer.toolCalls.at(-1)?.arguments).toEqual({
      portfolioId: 'pf-growth',
      templateId: 'gfc-2008',
    });
  });
});

describe('writes only after yes', () => {
  it.each(['네', '예', 'yes', 'confirm', '좋아요', '네, 진행해 주세요', 'yes please'])(
    'runs a proposed trade on "%s"',
    async (yes) => {
      const { send, calls } = conversation();
      const proposal = await send('Growth에 삼성전자 10주 70,000원에 매수 기록해줘');
      expect(proposal.awaiting).toBe('confirmation');
      expect(proposal.proposed).toEqual({
        name: 'record_trade',
        arguments: {
          portfolioId: 'pf-growth',
          type: 'BUY',
          quantity: '10',
          price: '70000',
          symbol: '005930',
        },
      });
      expect(proposal.reply).toContain('삼성전자 (005930) 10주 매수, 주당 7만 원 (총 70만 원)');
      expect(calls.map((call) => call.name)).not.toContain('record_trade');
      const done = await send(yes);
      expect(done.toolCalls).toEqual([
        { name: 'record_trade', arguments: proposal.proposed!.arguments, ok: true },
      ]);
    },
  );

  it.each(['아니', '아니요', 'no', '취소', '아니요, 취소해 주세요', 'no thanks'])(
    'writes nothing on "%s"',
    async (no) => {
      const { send, calls } = conversation();
      await send('Dividend에 1억원 입금해줘');
      const answer = await send(no);
      expect(answer.reply).toMatch(/아무것도 기록하지 않았습니다|nothing was recorded/);
      expect(calls.map((call) => call.name)).not.toContain('record_trade');
      // A later "yes" has nothing left to confirm.
      await send('네');
      expect(calls.map((call) => call.name)).not.toContain('record_trade');
    },
  );

  it('does not run a proposal confirmed too late', async () => {
    let now = new Date('2025-03-14T03:00:00Z');
    const { send, calls } = conversation({ now: () => now });
    await send('Dividend에 1억원 입금해줘');
    now = new Date('2025-03-14T03:11:00Z');
    expect((await send('네')).reply).toContain('시간이 지나 취소되었습니다');
    expect(calls.map((call) => call.name)).not.toContain('record_trade');
  });

  it('drops the proposal when the next message asks something else, and says so', async () => {
    const { send, calls } = conversation();
    await send('create a portfolio called Tech with 50,000,000 won cash');
    const answer = await send('price of Kakao');
    expect(answer.toolCalls.map((call) => call.name)).toEqual(['get_quotes']);
    expect(answer.reply).toContain('cancelled');
    await send('yes');
    expect(calls.map((call) => call.name)).not.toContain('create_portfolio');
  });

  it('proposes a changed write again rather than dropping it', async () => {
    const { send } = conversation();
    await send('Growth에 카카오 10주 45,000원 매수');
    const changed = await send('20주로 바꿔줘');
    expect(changed.awaiting).toBe('confirmation');
    expect(changed.proposed?.arguments).toMatchObject({
      quantity: '20',
      symbol: '035720',
      price: '45000',
    });
  });

  it('prices a buy with no price at the current quote, and asks when there is none', async () => {
    const { send } = conversation();
    const priced = await send('Growth에 삼성전자 10주 매수 기록해줘');
    expect(priced.toolCalls.map((call) => call.name)).toEqual(['list_portfolios', 'get_quotes']);
    expect(priced.proposed?.arguments).toMatchObject({ price: '71000' });

    const noQuotes = conversation({
      callTool: async (name) =>
        name === 'list_portfolios'
          ? {
              ok: true,
              isError: false,
              text: '',
              structuredContent: { portfolios: [{ id: 'g', name: 'Growth' }] },
            }
          : { ok: false, isError: true, text: 'market closed' },
    });
    expect((await noQuotes.send('Growth에 삼성전자 10주 매수 기록해줘')).reply).toContain(
      '주당 얼마',
    );
    expect((await noQuotes.send('71,500원')).proposed?.arguments).toMatchObject({ price: '71500' });
  });

  it('asks before creating a scenario that a stress test needs, then runs both', async () => {
    const { send } = conversation();
    const proposal = await send('반도체 40% 폭락하면 Growth 어떻게 돼?');
    expect(proposal.proposed).toMatchObject({
      name: 'create_scenario',
      arguments: { shocks: [{ target: 'SECTOR', sector: '0013', change: -0.4 }] },
    });
    const done = await send('네');
    expect(done.toolCalls.map((call) => [call.name, call.arguments.scenarioId])).toEqual([
      ['create_scenario', undefined],
      ['run_stress_test', 'scenario-1'],
    ]);
  });

  it('runs simulations without asking: they write no holdings', async () => {
    const { send } = conversation();
    for (const message of [
      'Growth 금융위기 스트레스 테스트',
      'Growth 1년 몬테카를로',
      'Growth 2020년부터 백테스트',
      'Growth 샤프 최대화',
    ]) {
      const answer = await send(message);
      expect(answer.awaiting, message).toBeUndefined();
      expect(answer.toolCalls.at(-1)?.ok, message).toBe(true);
    }
  });
});

describe('names the directory does not know', () => {
  const searching = (rows: unknown[]) => {
    const calls: string[] = [];
    const callTool = async (name: string, args: Record<string, unknown>) => {
      calls.push(`${name} ${JSON.stringify(args)}`);
      return {
        ok: true,
        isError: false,
        text: '',
        structuredContent:
          name === 'search_instruments' ? { searchInstruments: rows } : { quotes: [] },
      };
    };
    return { calls, callTool };
  };

  it('looks a name up with search_instruments and uses the one exact hit', async () => {
    const tools = searching([
      { symbol: '005930', nameKo: '삼성전자' },
      { symbol: '005935', nameKo: '삼성전자우' },
    ]);
    const { send } = conversation({ callTool: tools.callTool, directory: [] });
    const answer = await send('삼성전자 주가');
    expect(tools.calls).toEqual([
      'search_instruments {"query":"삼성전자","limit":5}',
      'get_quotes {"symbols":["005930"]}',
    ]);
    expect(answer.awaiting).toBeUndefined();
  });

  it('offers the hits when none is exact, and asks when there is none', async () => {
    const several = searching([
      { symbol: '035720', nameKo: '카카오' },
      { symbol: '323410', nameKo: '카카오뱅크' },
    ]);
    const first = conversation({ callTool: several.callTool, directory: [] });
    expect((await first.send('카카오 그룹 주가')).reply).toContain(
      '1. 카카오 (035720), 2. 카카오뱅크 (323410)',
    );
    expect((await first.send('2')).toolCalls.at(-1)?.arguments).toEqual({ symbols: ['323410'] });

    const none = searching([]);
    const second = conversation({ callTool: none.callTool, directory: [] });
    expect((await second.send('없는회사 주가')).reply).toContain('어떤 종목인가요?');
  });
});
