import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import CsvImportForm from '../app/src/components/CsvImportForm.vue';
import { mountWithApp, refusal } from './mount-with-app.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the CSV import form', () => {
  it('names each bad line in Korean and sends nothing while any line is bad', async () => {
    const { wrapper, sent } = mountWithApp(CsvImportForm, { props: { portfolioId: 'p1' } });
    await wrapper.get('#csv-text').setValue('종목코드\n005930,10,71000\nABC,1\n000660,x,100\n');
    await wrapper.get('form').trigger('submit');
    const problems = wrapper
      .get('[data-testid="csv-problems"]')
      .findAll('li')
      .map((li) => li.text());
    expect(problems).toEqual([
      '3행: 열이 3개(종목코드, 수량, 평균단가)여야 하는데 2개입니다',
      '4행: 수량 ‘x’이(가) 양수가 아닙니다',
    ]);
    expect(wrapper.get('[role="alert"]').text()).toContain(
      '잘못된 줄이 2개 있어 아무것도 가져오지 않았습니다',
    );
    expect(wrapper.get('#csv-text').attributes('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('shows the rows the service refused, with their line numbers', async () => {
    const { wrapper, sent } = mountWithApp(CsvImportForm, {
      props: { portfolioId: 'p1' },
      locale: 'en',
      answer: () =>
        refusal('1 bad row; nothing was imported.', {
          code: 'BAD_USER_INPUT',
          argument: 'csv',
          rows: [{ line: 2, message: 'There is no instrument 999999' }],
        }),
    });
    await wrapper.get('#csv-text').setValue('005930,10,71000\n999999,1,1\n');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toMatchObject({
      portfolioId: 'p1',
      csv: '005930,10,71000\n999999,1,1\n',
    });
    expect(wrapper.get('[data-testid="csv-problems"]').text()).toBe(
      'Line 2: There is no instrument 999999',
    );
  });

  it('imports a good file and says how many holdings came in', async () => {
    const { wrapper } = mountWithApp(CsvImportForm, {
      props: { portfolioId: 'p1' },
      answer: () => ({
        data: { importHoldingsCsv: { __typename: 'Portfolio', id: 'p1', holdings: [] } },
      }),
    });
    await wrapper.get('#csv-text').setValue('005930,10,71000\n000660,5,90000\n');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('imported')).toHaveLength(1);
    expect((wrapper.get('#csv-text').element as HTMLTextAreaElement).value).toBe('');
  });
});
