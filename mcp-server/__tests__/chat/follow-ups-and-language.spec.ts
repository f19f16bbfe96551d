import { describe, expect, it } from 'vitest';
import { conversation } from './support/chat.js';

describe('follow-ups within a conversation', () => {
  it('changes the paths of the last Monte Carlo run', async () => {
    const { send } = conversation();
    await send('run monte carlo on my Growth portfolio for 1 year');
    const answer = await send('now do the same with 20,000 paths');
    expect(answer.toolCalls.at(-1)).toMatchObject({
      name: 'run_monte_carlo',
      arguments: { portfolioId: 'pf-growth', horizonDays: 252, paths: 20000 },
    });
  });

  it('runs the last stress test on another portfolio', async () => {
    const { send } = conversation();
    await send('Growth 포트폴리오 금융위기 스트레스 테스트');
    const answer = await send('그럼 Dividend로도 해줘');
    expect(answer.toolCalls.at(-1)?.arguments).toEqual({
      portfolioId: 'pf-dividend',
      templateId: 'gfc-2008',
    });
  });

  it('changes the confidence level and keeps the rest', async () => {
    const { send } = conversation();
    await send('배당 포트폴리오 6개월 VaR 95%');
    const answer = await send('이번엔 99%로');
    expect(answer.toolCalls.at(-1)?.arguments).toEqual({
      portfolioId: 'pf-dividend',
      horizonDays: 126,
      confidence: 0.99,
    });
  });

  it('keeps the portfolio and the stocks for the next question', async () => {
    const { send } = conversation();
    await send('Growth 포트폴리오 보여줘');
    expect((await send('리스크 점수는?')).toolCalls.at(-1)).toMatchObject({
      name: 'get_risk_score',
      arguments: { portfolioId: 'pf-growth' },
    });
    await send('카카오 주가');
    expect((await send('예측은?')).toolCalls.at(-1)).toMatchObject({
      name: 'get_forecasts',
      arguments: { symbols: ['035720'] },
    });
  });

  it('runs a stress test on the scenario it has just created', async () => {
    const { send } = conversation();
    await send('시장 15% 하락 시나리오 만들어줘');
    await send('네');
    const answer = await send('그걸로 Growth 스트레스 테스트 해줘');
    expect(answer.toolCalls.at(-1)?.arguments).toEqual({
      portfolioId: 'pf-growth',
      scenarioId: 'scenario-1',
    });
  });

  it('shows the last run again', async () => {
    const { send } = conversation();
    await send('Growth 1년 몬테카를로');
    expect((await send('방금 결과 다시 보여줘')).toolCalls.at(-1)).toEqual({
      name: 'get_simulation',
      arguments: { runId: 'run-1' },
      ok: true,
    });
  });

  it('starts afresh in another conversation', async () => {
    const first = conversation();
    await first.send('Growth 1년 몬테카를로');
    const other = conversation();
    expect((await other.send('이번엔 99%로')).reply).toContain('잘 모르겠습니다');
  });
});

describe('the language of the reply', () => {
  it('answers Korean in Korean, with money in 만/억 units', async () => {
    const answer = await conversation().send('삼성전자 지금 얼마야?');
    expect(answer.language).toBe('ko');
    expect(answer.reply).toContain('삼성전자 (005930): 7만 1,000원');
  });

  it('answers English in English, with grouped digits', async () => {
    const answer = await conversation().send('price of Samsung Electronics');
    expect(answer.language).toBe('en');
    expect(answer.reply).toContain('Samsung Electronics (005930): ₩71,000');
  });

  it('keeps the conversation language for a short answer such as a name or "yes"', async () => {
    const { send } = conversation();
    await send('몬테카를로 1년');
    const answer = await send('Growth');
    expect(answer.language).toBe('ko');
    expect(answer.reply).toContain('몬테카를로 시뮬레이션 결과입니다');
  });

  it('switches when the user does', async () => {
    const { send } = conversation();
    await send('삼성전자 주가');
    expect((await send('and what is the forecast for it?')).language).toBe('en');
  });

  it('says which defaults it chose', async () => {
    const answer = await conversation().send('Growth 몬테카를로 돌려줘');
    expect(answer.reply).toContain('1년(252거래일)');
    const english = await conversation().send('backtest Growth');
    expect(english.reply).toContain('last 3 years');
    expect(english.toolCalls.at(-1)?.arguments).toMatchObject({
      from: '2022-03-14',
      to: '2025-03-14',
    });
  });
});

describe('bad input', () => {
  it.each([
    ['', 'EMPTY'],
    ['   \n ', 'EMPTY'],
    ['가'.repeat(10_240), 'TOO_LONG'],
    ['a'.repeat(2_001), 'TOO_LONG'],
  ])('refuses %j clearly without calling anything', async (message, code) => {
    const { send, calls } = conversation();
    const answer = await send(message);
    expect(answer.refused).toEqual({ field: 'message', code });
    expect(answer.reply.length).toBeGreaterThan(0);
    expect(answer.toolCalls).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('answers a 10 kB Korean message in Korean', async () => {
    const answer = await conversation().send('삼성전자 '.repeat(2_000));
    expect(answer.reply).toContain('메시지가 너무 깁니다');
  });

  it.each([null, 42, { text: 'hi' }, undefined])(
    'refuses a message that is not text: %j',
    async (message) => {
      const answer = await conversation().send(message);
      expect(answer.refused).toEqual({ field: 'message', code: 'NOT_TEXT' });
    },
  );

  it('greets and helps only when nothing else is asked', async () => {
    expect((await conversation().send('도움말')).reply).toContain('이렇게 물어보세요');
    const busy = await conversation().send(
      'help me run a stress test on Growth with the covid crash',
    );
    expect(busy.toolCalls.at(-1)).toMatchObject({ name: 'run_stress_test' });
    const { send } = conversation();
    await send('Growth 1년 몬테카를로');
    expect((await send('thanks, now for Dividend')).toolCalls.at(-1)?.arguments).toMatchObject({
      portfolioId: 'pf-dividend',
    });
  });

  it('answers gibberish with help, not a guess', async () => {
    const answer = await conversation().send('asdf qwer zxcv');
    expect(answer.toolCalls).toEqual([]);
    expect(answer.reply).toContain('help');
  });

  it('reports a failing tool as not ok and says so, without throwing', async () => {
    const failing = conversation({
      callTool: async (name) => {
        if (name === 'get_quotes') throw new Error('gateway down');
        return { ok: false, isError: true, text: 'Portfolio service unavailable' };
      },
    });
    const quote = await failing.send('삼성전자 주가');
    expect(quote.toolCalls).toEqual([
      { name: 'get_quotes', arguments: { symbols: ['005930'] }, ok: false },
    ]);
    expect(quote.reply).toContain('gateway down');
    const list = await failing.send('내 포트폴리오 목록');
    expect(list.toolCalls[0]?.ok).toBe(false);
    expect(list.reply).toContain('Portfolio service unavailable');
  });
});
