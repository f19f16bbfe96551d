import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStockMaster } from '@capstone/kis-client';
import { InstrumentDirectory, type InstrumentEntry } from './agent-under-test.js';

const MASTER_FILES = fileURLToPath(
  new URL('../../../../../shared/kis/master_files/', import.meta.url),
);

/**
 * English names of the large caps (the master files carry Korean names only); the market-data
 * service gets these from KIS's stock-info endpoint.
 */
const ENGLISH_NAMES: Record<string, string> = {
  '005930': 'Samsung Electronics',
  '000660': 'SK hynix',
  '373220': 'LG Energy Solution',
  '207940': 'Samsung Biologics',
  '005380': 'Hyundai Motor',
  '000270': 'Kia',
  '068270': 'Celltrion',
  '105560': 'KB Financial Group',
  '035420': 'NAVER',
  '005490': 'POSCO Holdings',
  '055550': 'Shinhan Financial Group',
  '012330': 'Hyundai Mobis',
  '028260': 'Samsung C&T',
  '006400': 'Samsung SDI',
  '051910': 'LG Chem',
  '035720': 'Kakao',
  '329180': 'HD Hyundai Heavy Industries',
  '012450': 'Hanwha Aerospace',
  '086790': 'Hana Financial Group',
  '138040': 'Meritz Financial Group',
  '032830': 'Samsung Life Insurance',
  '015760': 'Korea Electric Power',
  '000810': 'Samsung Fire & Marine Insurance',
  '034020': 'Doosan Enerbility',
  '066570': 'LG Electronics',
  '003670': 'POSCO Future M',
  '033780': 'KT&G',
  '017670': 'SK Telecom',
  '030200': 'KT',
  '034730': 'SK Inc.',
  '096770': 'SK Innovation',
  '010130': 'Korea Zinc',
  '009540': 'HD Korea Shipbuilding & Offshore Engineering',
  '011200': 'HMM',
  '018260': 'Samsung SDS',
  '003550': 'LG Corp.',
  '009150': 'Samsung Electro-Mechanics',
  '316140': 'Woori Financial Group',
  '024110': 'Industrial Bank of Korea',
  '042660': 'Hanwha Ocean',
  '259960': 'KRAFTON',
  '010950': 'S-Oil',
  '090430': 'Amorepacific',
  '051900': 'LG H&H',
  '352820': 'HYBE',
  '247540': 'EcoPro BM',
  '086520': 'EcoPro',
  '196170': 'Alteogen',
  '028300': 'HLB',
  '263750': 'Pearl Abyss',
  '036570': 'NCSOFT',
  '034220': 'LG Display',
  '086280': 'Hyundai Glovis',
  '036460': 'Korea Gas',
  '009830': 'Hanwha Solutions',
  '000100': 'Yuhan',
  '039490': 'Kiwoom Securities',
  '204320': 'HL Mando',
  '069960': 'Hyundai Department Store',
  '004370': 'Nongshim',
  '007310': 'Ottogi',
  '000150': 'Doosan',
  '006280': 'GC Biopharma',
  '007070': 'GS Retail',
  '000080': 'HiteJinro',
  '066970': 'L&F',
  '323410': 'KakaoBank',
  '377300': 'kakaopay',
  '293490': 'Kakao Games',
};

let cached: InstrumentEntry[] | undefined;

/** Every KOSPI and KOSDAQ security in the real KIS master files. */
export function masterInstruments(): InstrumentEntry[] {
  cached ??= (['KOSPI', 'KOSDAQ'] as const).flatMap((market) =>
    parseStockMaster(readFileSync(`${MASTER_FILES}${market.toLowerCase()}_code.mst`), market).map(
      (record) => ({
        symbol: record.symbol,
        nameKo: record.nameKo,
        nameEn: ENGLISH_NAMES[record.symbol] ?? null,
        market,
        common: record.securityGroup === 'ST' && !record.preferred,
        marketCap: record.marketCapEok,
      }),
    ),
  );
  return cached;
}

export const masterDirectory = (): InstrumentDirectory =>
  new InstrumentDirectory(masterInstruments());
