import type { IndexCode, MasterRecord } from '@capstone/kis-client';

// The KRX industry indices' English names, by their Korean names in idxcode.mst.
const ENGLISH: Record<string, string> = {
  '음식료·담배': 'Food, Beverage & Tobacco',
  '섬유·의류': 'Textiles & Apparel',
  '종이·목재': 'Paper & Wood',
  화학: 'Chemicals',
  제약: 'Pharmaceuticals',
  비금속: 'Non-metallic Minerals',
  금속: 'Metals',
  '기계·장비': 'Machinery & Equipment',
  '전기·전자': 'Electrical & Electronics',
  '의료·정밀기기': 'Medical & Precision Instruments',
  '운송장비·부품': 'Transport Equipment & Parts',
  유통: 'Distribution',
  '전기·가스': 'Electricity & Gas',
  건설: 'Construction',
  '운송·창고': 'Transportation & Storage',
  통신: 'Telecommunications',
  금융: 'Finance',
  증권: 'Securities',
  보험: 'Insurance',
  일반서비스: 'General Services',
  제조: 'Manufacturing',
  부동산: 'Real Estate',
  'IT 서비스': 'IT Services',
  '오락·문화': 'Entertainment & Culture',
};

/**
 * An instrument's sector from the master file's industry codes: the most specific one the
 * index list names (a manufacturer's medium class, e.g. 전기·전자, rather than 제조), in
 * English where the KRX name is known.
 */
export function sectorOf(
  record: MasterRecord,
  indices: ReadonlyMap<string, IndexCode>,
): string | null {
  const { large, medium, small } = record.industry;
  for (const code of [small, medium, large]) {
    if (!code || /^0+$/.test(code)) continue;
    const name = indices.get(code)?.name.trim();
    if (name) return ENGLISH[name] ?? name;
  }
  return null;
}
