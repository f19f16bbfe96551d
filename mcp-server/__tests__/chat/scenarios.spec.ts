import { describe, expect, it } from 'vitest';
import {
  describeShocks,
  findTemplate,
  scanShocks,
  SCENARIO_TEMPLATES,
} from './support/agent-under-test.js';
import { argsFor } from './support/slots.js';

describe('scenario names', () => {
  it.each([
    ['금융위기', 'gfc-2008'],
    ['리먼 사태', 'gfc-2008'],
    ['2008 financial crisis', 'gfc-2008'],
    ['코로나', 'covid-crash-2020'],
    ['the covid crash', 'covid-crash-2020'],
    ['IMF', 'imf-crisis-1997'],
    ['외환위기', 'imf-crisis-1997'],
    ['the asian financial crisis', 'imf-crisis-1997'],
    ['rate shock', 'rate-shock-2022'],
    ['금리 쇼크', 'rate-shock-2022'],
    ['금리 인상', 'rate-shock-2022'],
    ['닷컴', 'dot-com-2000'],
    ['dot-com bubble', 'dot-com-2000'],
    ['유럽 재정위기', 'euro-debt-2011'],
    ['euro debt crisis', 'euro-debt-2011'],
    ['hypothetical-krw-usd-15', 'hypothetical-krw-usd-15'],
  ])('%s is %s', (text, id) => {
    expect(findTemplate(text)?.id).toBe(id);
  });

  it('knows a template named by its year alone, and says so', () => {
    expect(findTemplate('2008년 시나리오')).toMatchObject({ id: 'gfc-2008', byYear: true });
    expect(findTemplate('리먼')).toMatchObject({ byYear: false });
  });

  it('lists the nine built-in templates', () => {
    expect(SCENARIO_TEMPLATES.map((template) => template.id)).toHaveLength(9);
  });
});

describe('stress tests by shocks', () => {
  const stress = (message: string) => argsFor('run_stress_test', message);

  it.each([
    ['반도체 30% 하락하면', 'hypothetical-semiconductors-30'],
    ['if semiconductors fall 30%', 'hypothetical-semiconductors-30'],
    ['시장 20% 하락', 'hypothetical-market-20'],
    ['the market falls 20%', 'hypothetical-market-20'],
    ['원달러 환율 15% 오르면', 'hypothetical-krw-usd-15'],
    ['원화가 15% 약세가 되면', 'hypothetical-krw-usd-15'],
  ])('%s is the built-in %s', (text, id) => {
    expect(stress(text).args.templateId).toBe(id);
  });

  it('keeps shocks no template has, for a scenario to be created first', () => {
    const slots = stress('반도체 40% 하락하면');
    expect(slots.args.templateId).toBeUndefined();
    expect(slots.customShocks).toEqual([{ target: 'SECTOR', sector: '0013', change: -0.4 }]);
  });
});

describe('shocks for a new scenario', () => {
  const shocks = (message: string) => argsFor('create_scenario', message).args.shocks;

  it('pairs each percentage with its own target and direction', () => {
    expect(shocks('코스피 30% 하락하고 환율 25% 오르는 시나리오')).toEqual([
      { target: 'MARKET', change: -0.3 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.25 },
    ]);
    expect(shocks('market drops 25% and usd/krw rises 10%')).toEqual([
      { target: 'MARKET', change: -0.25 },
      { target: 'FX', currencyPair: 'USDKRW', change: 0.1 },
    ]);
  });

  it('reads the won weakening as USD/KRW rising', () => {
    expect(shocks('the won weakens 20% against the dollar')).toEqual([
      { target: 'FX', currencyPair: 'USDKRW', change: 0.2 },
    ]);
    expect(shocks('원화 10% 강세')).toEqual([
      { target: 'FX', currencyPair: 'USDKRW', change: -0.1 },
    ]);
  });

  it('takes a stock, a sector or a signed change', () => {
    expect(shocks('삼성전자만 50% 폭락')).toEqual([
      { target: 'SYMBOL', symbol: '005930', change: -0.5 },
    ]);
    expect(shocks('2차전지 업종 35% 급락')).toEqual([
      { target: 'SECTOR', sector: '0013', change: -0.35 },
    ]);
    expect(shocks('시장 -30%')).toEqual([{ target: 'MARKET', change: -0.3 }]);
  });

  it.each([
    ['반도체 20% 하락', '0013'],
    ['semiconductors fall 20%', '0013'],
    ['금융 20% 하락', '0021'],
    ['banks drop 20%', '0021'],
    ['insurers fall 20%', '0025'],
    ['brokers fall 20%', '0024'],
    ['게임 업종 20% 하락', '0029'],
    ['바이오 20% 하락', '0009'],
    ['조선 20% 하락', '0015'],
    ['utilities drop 20%', '0017'],
  ])('reads "%s" as a shock on the KRX class %s', (text, code) => {
    expect(shocks(`${text} 시나리오 만들어줘`)).toEqual([
      { target: 'SECTOR', sector: code, change: -0.2 },
    ]);
  });

  it('makes no shock of a sector KRX does not class (defence), rather than a wrong one', () => {
    expect(
      argsFor('create_scenario', '방산 20% 하락 시나리오 만들어줘').args.shocks,
    ).toBeUndefined();
  });

  it('names the sector in the scenario name as KRX does, semiconductors by their class', () => {
    expect(describeShocks([{ target: 'SECTOR', sector: '0021', change: -0.2 }], 'ko')).toBe(
      '금융 20% 하락',
    );
    expect(describeShocks([{ target: 'SECTOR', sector: '0013', change: -0.3 }], 'en')).toBe(
      'Semiconductors & Electronics -30%',
    );
  });

  it('keeps the name given in quotes, in the field of its language', () => {
    expect(
      argsFor('create_scenario', "create scenario 'Battery bust' with batteries down 35%").args,
    ).toMatchObject({
      nameEn: 'Battery bust',
    });
    expect(
      argsFor('create_scenario', '"반도체 겨울" 시나리오 만들어줘, 반도체 40% 하락').args,
    ).toMatchObject({
      nameKo: '반도체 겨울',
    });
  });

  it('finds no shock without a percentage', () => {
    expect(scanShocks('시장이 하락하면', []).shocks).toEqual([]);
  });
});
