import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import TradeForm from '../app/src/components/TradeForm.vue';
import { mountWithApp, refusal } from './mount-with-app.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the trade form', () => {
  it('shows what is wrong next to each field, tied to it for screen readers, and sends nothing', async () => {
    const { wrapper, sent } = mountWithApp(TradeForm, { props: { portfolioId: 'p1' } });
    await wrapper.get('#trade-symbol').setValue('59');
    await wrapper.get('form').trigger('submit');
    const symbol = wrapper.get('#trade-symbol');
    expect(symbol.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${symbol.attributes('aria-describedby')}`).text()).toBe(
      '종목 코드는 6자리입니다 (예: 005930)',
    );
    expect(wrapper.get('#trade-quantity').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('0보다 큰 숫자를 입력하세요');
    expect(sent).toEqual([]);
  });

  it('shows only the fields a deposit takes', async () => {
    const { wrapper } = mountWithApp(TradeForm, { props: { portfolioId: 'p1' } });
    await wrapper.get('#trade-type').setValue('DEPOSIT');
    expect(wrapper.find('#trade-symbol').exists()).toBe(false);
    expect(wrapper.find('#trade-quantity').exists()).toBe(false);
    expect(wrapper.find('#trade-amount').exists()).toBe(true);
  });

  it('sends a valid trade by its trusted document, with exact amounts and an idempotency key', async () => {
    const { wrapper, sent } = mountWithApp(TradeForm, {
      props: { portfolioId: 'p1' },
      answer: () => ({ data: { recordTrade: { __typename: 'Transaction', id: 't1' } } }),
    });
    await wrapper.get('#trade-symbol').setValue('005930');
    await wrapper.get('#trade-quantity').setValue('10');
    await wrapper.get('#trade-price').setValue('71,000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(1);
    const [operation] = sent;
    expect((operation!.query as { __meta__?: { hash: string } }).__meta__?.hash).toMatch(
      /^[0-9a-f]{64}$/,
    );
    expect(operation!.variables).toMatchObject({
      input: { portfolioId: 'p1', type: 'BUY', symbol: '005930', quantity: '10', price: '71000' },
    });
    expect((operation!.variables as any).input.idempotencyKey).toMatch(/^[0-9a-f]{32}$/);
    expect(wrapper.emitted('recorded')).toHaveLength(1);
    expect((wrapper.get('#trade-symbol').element as HTMLInputElement).value).toBe('');
  });

  it('turns the gateway’s refusal into a sentence in the chosen language', async () => {
    const answer = () => refusal('Cannot sell 10 005930: only 3 held', { code: 'BAD_USER_INPUT' });
    const korean = mountWithApp(TradeForm, { props: { portfolioId: 'p1' }, answer });
    const english = mountWithApp(TradeForm, { props: { portfolioId: 'p1' }, answer, locale: 'en' });
    for (const { wrapper } of [korean, english]) {
      await wrapper.get('#trade-type').setValue('SELL');
      await wrapper.get('#trade-symbol').setValue('005930');
      await wrapper.get('#trade-quantity').setValue('10');
      await wrapper.get('#trade-price').setValue('1000');
      await wrapper.get('form').trigger('submit');
      await flushPromises();
    }
    expect(korean.wrapper.get('[role="alert"]').text()).toBe('보유 수량보다 많이 팔 수 없습니다');
    expect(english.wrapper.get('[role="alert"]').text()).toBe(
      'You cannot sell more shares than you hold',
    );
  });
});
