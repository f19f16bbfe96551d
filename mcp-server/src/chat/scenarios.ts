import {
  SEMICONDUCTOR_SECTOR_CODE,
  findKrxSector,
  krxSector,
  type KrxSector,
} from '@capstone/krx-rules';
import { blank } from './text.js';

export interface ScenarioTemplate {
  id: string;
  nameKo: string;
  nameEn: string;
  kind: 'HISTORICAL' | 'HYPOTHETICAL';
}

/** The built-in templates (subgraphs/scenario/src/templates.ts); ids are the tool's contract. */
export const SCENARIO_TEMPLATES: ScenarioTemplate[] = [
  {
    id: 'imf-crisis-1997',
    nameKo: 'IMF 외환위기 (1997)',
    nameEn: 'IMF crisis 1997',
    kind: 'HISTORICAL',
  },
  {
    id: 'dot-com-2000',
    nameKo: '닷컴 버블 붕괴 (2000)',
    nameEn: 'Dot-com crash 2000',
    kind: 'HISTORICAL',
  },
  {
    id: 'gfc-2008',
    nameKo: '글로벌 금융위기 (2008)',
    nameEn: 'Global financial crisis 2008',
    kind: 'HISTORICAL',
  },
  {
    id: 'euro-debt-2011',
    nameKo: '유럽 재정위기 (2011)',
    nameEn: 'Euro debt crisis 2011',
    kind: 'HISTORICAL',
  },
  {
    id: 'covid-crash-2020',
    nameKo: '코로나19 폭락 (2020)',
    nameEn: 'COVID crash 2020',
    kind: 'HISTORICAL',
  },
  {
    id: 'rate-shock-2022',
    nameKo: '금리 급등 (2022)',
    nameEn: 'Rate shock 2022',
    kind: 'HISTORICAL',
  },
  {
    id: 'hypothetical-market-20',
    nameKo: '시장 20% 하락 (가정)',
    nameEn: 'Market falls 20% (hypothetical)',
    kind: 'HYPOTHETICAL',
  },
  {
    id: 'hypothetical-semiconductors-30',
    nameKo: '반도체 30% 하락 (가정)',
    nameEn: 'Semiconductors fall 30% (hypothetical)',
    kind: 'HYPOTHETICAL',
  },
  {
    id: 'hypothetical-krw-usd-15',
    nameKo: '원/달러 환율 15% 상승 (가정)',
    nameEn: 'USD/KRW up 15% (hypothetical)',
    kind: 'HYPOTHETICAL',
  },
];

/**
 * What people call the historical episodes. Longer phrases are tried first, so "asian financial
 * crisis" is 1997 and "유럽 재정위기" is not read as a plain "위기".
 */
const TEMPLATE_NAMES: [RegExp, string][] = [
  [/imf|외환\s?위기|아시아\s?금융\s?위기|asian financial crisis|1997|97년/, 'imf-crisis-1997'],
  [
    /유럽\s?재정\s?위기|유럽\s?위기|재정\s?위기|유로존|euro(?:pean)?\s?(?:zone\s?)?(?:debt|sovereign)|eurozone|2011/,
    'euro-debt-2011',
  ],
  [/닷\s?컴|dot[\s-]?com|it\s?버블|tech bubble|2000년|\b2000\b/, 'dot-com-2000'],
  [
    /금융\s?위기|리먼|lehman|서브\s?프라임|subprime|gfc|financial crisis|credit crisis|2008/,
    'gfc-2008',
  ],
  [/코로나|covid|팬데믹|pandemic|corona|2020/, 'covid-crash-2020'],
  [/금리\s?(?:쇼크|충격|급등|인상|상승)|rate\s?(?:shock|hikes?|rise)|긴축|2022/, 'rate-shock-2022'],
];

export function templateById(id: string): ScenarioTemplate | undefined {
  return SCENARIO_TEMPLATES.find((template) => template.id === id);
}

export interface Shock {
  target: 'MARKET' | 'SECTOR' | 'FX' | 'SYMBOL';
  sector?: string;
  symbol?: string;
  currencyPair?: 'USDKRW';
  change: number;
}

/**
 * Sectors by the words people use, each resolved to the KRX industry class it belongs to
 * (`findKrxSector`, the platform's one taxonomy): a shock names the class's code, so that it
 * reaches every stock KRX files there, on KOSPI and KOSDAQ alike. The first pattern that fits
 * wins, so "2차전지" is batteries before "전지" could be anything else. KRX has no class of its
 * own for chips, batteries, games or banks: they are 전기·전자, IT 서비스 and 금융.
 */
const SECTOR_WORDS: [RegExp, string | null][] = [
  [/반도체|semiconductors?|semis?\b|chips?(?:makers?)?/, '반도체'],
  [/2차\s?전지|이차\s?전지|배터리|batter(?:y|ies)/, '2차전지'],
  [/전기\s?[·.]?\s?전자|electronics|electrical/, '전기·전자'],
  [/인터넷|플랫폼|internet|platforms?/, '인터넷'],
  [/게임|games?|gaming/, '게임'],
  [/바이오|제약|헬스케어|bio(?:tech)?|pharma(?:ceuticals?)?|healthcare/, '제약'],
  [/brokers?|brokerages?/, '증권'],
  [/insurers?|insurance/, '보험'],
  [/은행|금융|financials?|finance|banks?|banking/, '금융'],
  [/자동차|autos?\b|automobiles?|carmakers?/, '자동차'],
  [/조선|shipbuild(?:ing|ers?)|shipyards?/, '조선'],
  [/철강|steel|metals?\b/, '철강'],
  [/화학|chemicals?/, '화학'],
  [/건설|construction/, '건설'],
  [/통신|telecoms?|telecommunications?/, '통신'],
  [/유틸리티|전력|가스|utilities/, '전기·가스'],
  [/필수\s?소비재|음식료|consumer staples|food/, '음식료·담배'],
  // Defence companies are spread over several KRX classes: no shock can stand for them.
  [/방산|방위\s?산업|defen[cs]e/, null],
];

const SECTORS: [RegExp, KrxSector | null][] = SECTOR_WORDS.map(([pattern, word]) => [
  pattern,
  word === null ? null : findKrxSector(word),
]);

const MARKET_WORDS =
  /시장|증시|코스피|kospi|코스닥|kosdaq|주식\s?시장|전체|전\s?종목|모든\s?종목|market|stocks|equities|everything/;
const FX_WORDS =
  /원\s?[/·]?\s?달러|달러\s?[/·]?\s?원|환율|usd\s?[/-]?\s?krw|krw\s?[/-]?\s?usd|dollar|달러|exchange rate|fx\b|원화|\bwon\b/;
// The won weakening is USD/KRW going up, so these words flip the sign for an FX shock.
const WON_WORDS = /원화|\bwon\b/;
const DOWN_WORDS =
  /하락|폭락|급락|빠지|빠져|빠질|떨어|내리|내려|감소|약세|붕괴|drops?|dropp|falls?|fell|fall(?:ing|s)?|crash|declin|down|lose|loses|plunge|slump|sink|weaken/;
const UP_WORDS =
  /상승|급등|폭등|오르|올라|오를|증가|강세|뛰|rises?|rising|rose|jumps?|surge|soar|up\b|climb|gain|strengthen|spike/;

export interface ShockScan {
  shocks: Shock[];
  rest: string;
}

/**
 * Shocks written as "<target> <percent> <direction>" in either order and language: "시장 15%
 * 하락", "usd/krw rises 10%", "the won weakens 20% against the dollar". A symbol target comes
 * from the caller, which knows where instrument names were found.
 */
export function scanShocks(
  input: string,
  percents: { start: number; end: number; value: number }[],
  symbols: { start: number; end: number; symbol: string }[] = [],
): ShockScan {
  const text = input.toLowerCase();
  let rest = input;
  const shocks: Shock[] = [];
  const clauses = splitClauses(text, percents);
  for (const clause of clauses) {
    const words = text.slice(clause.start, clause.end);
    const symbol = symbols.find((s) => s.start >= clause.start && s.end <= clause.end);
    const named = SECTORS.find(([pattern]) => pattern.test(words));
    // A sector KRX does not class (defence): the clause is left for the planner to ask about.
    if (named && named[1] === null && !symbol) continue;
    const sector = named?.[1];
    const fx = FX_WORDS.test(words);
    const down = DOWN_WORDS.test(words);
    const up = UP_WORDS.test(words);
    const magnitude = Math.abs(clause.percent.value) / 100;
    const sign = clause.percent.value < 0 ? -1 : down && !up ? -1 : up && !down ? 1 : -1;
    let shock: Shock | null = null;
    if (fx) {
      const wonSide =
        WON_WORDS.test(words) && !/원\s?[/·]?\s?달러|달러\s?[/·]?\s?원|usd|krw/.test(words);
      shock = {
        target: 'FX',
        currencyPair: 'USDKRW',
        change: (wonSide ? -sign : sign) * magnitude,
      };
    } else if (symbol) {
      shock = { target: 'SYMBOL', symbol: symbol.symbol, change: sign * magnitude };
    } else if (sector) {
      shock = { target: 'SECTOR', sector: sector.code, change: sign * magnitude };
    } else if (MARKET_WORDS.test(words) || down || up) {
      shock = { target: 'MARKET', change: sign * magnitude };
    }
    if (!shock) continue;
    shocks.push(shock);
    rest = blank(rest, clause.start, clause.end);
  }
  return { shocks, rest };
}

const CLAUSE_BREAKS = /,|;|\band\b|\bwhile\b|\bwith\b|\bplus\b|그리고|하고\s|고\s|며\s|이랑|및/g;

/**
 * The clause around each percentage: the stretch between the separators (a comma, "and",
 * "하고", …) on either side, so each shock keeps its own target and direction words.
 */
function splitClauses(
  text: string,
  percents: { start: number; end: number; value: number }[],
): { start: number; end: number; percent: { value: number } }[] {
  const breaks = [...text.matchAll(CLAUSE_BREAKS)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  return [...percents]
    .sort((a, b) => a.start - b.start)
    .map((percent) => {
      const before = breaks.filter((cut) => cut.end <= percent.start).at(-1);
      const after = breaks.find((cut) => cut.start >= percent.end);
      return { start: before?.end ?? 0, end: after?.start ?? text.length, percent };
    });
}

/** The built-in template a set of shocks is, when it is one of the hypothetical ones. */
export function hypotheticalTemplate(shocks: Shock[]): string | null {
  if (shocks.length !== 1) return null;
  const [shock] = shocks as [Shock];
  const near = (value: number) => Math.abs(shock.change - value) < 1e-9;
  if (shock.target === 'MARKET' && near(-0.2)) return 'hypothetical-market-20';
  if (shock.target === 'SECTOR' && shock.sector === SEMICONDUCTOR_SECTOR_CODE && near(-0.3)) {
    return 'hypothetical-semiconductors-30';
  }
  if (shock.target === 'FX' && near(0.15)) return 'hypothetical-krw-usd-15';
  return null;
}

export interface TemplateMention {
  id: string;
  start: number;
  end: number;
  /** Named only by its year ("2008"), which may as well be a date. */
  byYear: boolean;
}

/** A historical template named in the text ("리먼", "covid", "2008"), or an explicit template id. */
export function findTemplate(input: string): TemplateMention | null {
  const text = input.toLowerCase();
  for (const template of SCENARIO_TEMPLATES) {
    const at = text.indexOf(template.id);
    if (at >= 0) return { id: template.id, start: at, end: at + template.id.length, byYear: false };
  }
  let best: TemplateMention | null = null;
  for (const [pattern, id] of TEMPLATE_NAMES) {
    const match = new RegExp(pattern.source, 'g').exec(text);
    if (!match) continue;
    const mention = {
      id,
      start: match.index,
      end: match.index + match[0].length,
      byYear: /^\d/.test(match[0]),
    };
    // The earliest, longest mention wins: "asian financial crisis" over "financial crisis".
    if (
      !best ||
      mention.end - mention.start > best.end - best.start ||
      (mention.end - mention.start === best.end - best.start && mention.start < best.start)
    ) {
      best = mention;
    }
  }
  return best;
}

/**
 * A sector's name in a scenario's name: KRX's, except for the class people call by its best
 * known members (전기·전자 is where the semiconductor makers are, as the built-in template says).
 */
function sectorName(code: string, language: 'ko' | 'en'): string {
  if (code === SEMICONDUCTOR_SECTOR_CODE) {
    return language === 'ko' ? '반도체·전기전자' : 'Semiconductors & Electronics';
  }
  const sector = krxSector(code);
  if (!sector) return code;
  return language === 'ko' ? sector.nameKo : sector.nameEn;
}

/** Describes shocks for a scenario name: "시장 15% 하락" / "Market -15%". */
export function describeShocks(shocks: Shock[], language: 'ko' | 'en'): string {
  return shocks
    .map((shock) => {
      const percent = `${Math.round(Math.abs(shock.change) * 1000) / 10}%`;
      const target =
        shock.target === 'MARKET'
          ? language === 'ko'
            ? '시장'
            : 'Market'
          : shock.target === 'FX'
            ? language === 'ko'
              ? '원/달러 환율'
              : 'USD/KRW'
            : shock.sector
              ? sectorName(shock.sector, language)
              : (shock.symbol ?? '');
      if (language === 'en') return `${target} ${shock.change < 0 ? '-' : '+'}${percent}`;
      return `${target} ${percent} ${shock.change < 0 ? '하락' : '상승'}`;
    })
    .join(', ');
}
