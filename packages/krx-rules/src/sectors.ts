import { KrxRuleInputError } from './errors.js';

/**
 * The platform's one sector taxonomy: KRX's own industry classification (지수업종), as KIS's
 * master files carry it, Korean name first and English second. Codes are the industry indices'
 * codes in idxcode.mst. KOSPI and KOSDAQ number the same industry differently (전기·전자 is 0013 on
 * KOSPI, 1028 on KOSDAQ); a sector shock must reach both, so each industry has one code here,
 * KOSPI's where KOSPI has one, and `krxSector` folds the KOSDAQ code onto it.
 *
 * Two levels, as KRX has them: the large classes (대분류, e.g. 제조 manufacturing, 금융 finance)
 * and, inside 제조 and 금융, the medium classes (중분류, e.g. 전기·전자, 보험). An instrument's
 * sector is the finest class its master record gives; `sectorIncludes` says whether a shock on
 * one sector reaches another (a shock on 금융 reaches 보험).
 *
 * KRX has no 반도체 (semiconductor) industry class: Samsung Electronics and SK hynix are both
 * 전기·전자, which is therefore the sector a semiconductor shock targets. Semiconductor-equipment
 * makers are 기계·장비 to KRX (Hanmi Semiconductor, Wonik IPS); the master file flags them as
 * members of KRX's own semiconductor index (KRX 반도체, `krx_smcn_yn`), and `krxSector` places such
 * members in 전기·전자, so that the semiconductor shock reaches every semiconductor stock. The same
 * shock also reaches the rest of 전기·전자 (batteries, appliances, power equipment): KRX's
 * classification is no finer than that.
 */
export interface KrxSector {
  /** idxcode.mst code of the KRX industry index, e.g. "0013". */
  code: string;
  /** KRX's name, e.g. "전기·전자". */
  nameKo: string;
  nameEn: string;
  /** The large class a medium class belongs to (e.g. 0027 제조 for 0013); null for a large class. */
  parentCode: string | null;
}

type Row = readonly [code: string, nameKo: string, nameEn: string, parentCode: string | null];

const MANUFACTURING = '0027';
const FINANCE = '0021';
export const SEMICONDUCTOR_SECTOR_CODE = '0013';

// prettier-ignore
const ROWS: readonly Row[] = [
  ['0016', '유통', 'Distribution', null],
  ['0017', '전기·가스', 'Electricity & Gas', null],
  ['0018', '건설', 'Construction', null],
  ['0019', '운송·창고', 'Transportation & Storage', null],
  ['0020', '통신', 'Telecommunications', null],
  [FINANCE, '금융', 'Finance', null],
  ['0026', '일반서비스', 'General Services', null],
  [MANUFACTURING, '제조', 'Manufacturing', null],
  ['0028', '부동산', 'Real Estate', null],
  ['0029', 'IT 서비스', 'IT Services', null],
  ['0030', '오락·문화', 'Entertainment & Culture', null],
  ['0005', '음식료·담배', 'Food, Beverage & Tobacco', MANUFACTURING],
  ['0006', '섬유·의류', 'Textiles & Apparel', MANUFACTURING],
  ['0007', '종이·목재', 'Paper & Wood', MANUFACTURING],
  ['0008', '화학', 'Chemicals', MANUFACTURING],
  ['0009', '제약', 'Pharmaceuticals', MANUFACTURING],
  ['0010', '비금속', 'Non-metallic Minerals', MANUFACTURING],
  ['0011', '금속', 'Metals', MANUFACTURING],
  ['0012', '기계·장비', 'Machinery & Equipment', MANUFACTURING],
  [SEMICONDUCTOR_SECTOR_CODE, '전기·전자', 'Electrical & Electronics', MANUFACTURING],
  ['0014', '의료·정밀기기', 'Medical & Precision Instruments', MANUFACTURING],
  ['0015', '운송장비·부품', 'Transport Equipment & Parts', MANUFACTURING],
  ['1022', '출판·매체복제', 'Publishing & Media Reproduction', MANUFACTURING],
  ['1031', '기타제조', 'Other Manufacturing', MANUFACTURING],
  ['0024', '증권', 'Securities', FINANCE],
  ['0025', '보험', 'Insurance', FINANCE],
];

export const KRX_SECTORS: readonly KrxSector[] = ROWS.map(([code, nameKo, nameEn, parentCode]) => ({
  code,
  nameKo,
  nameEn,
  parentCode,
}));

const BY_CODE = new Map(KRX_SECTORS.map((sector) => [sector.code, sector]));

// The KOSDAQ industry indices, by the KOSPI code of the same industry (idxcode.mst names them alike).
// prettier-ignore
const KOSDAQ_CODES: Readonly<Record<string, string>> = {
  '1006': '0026', '1009': '0027', '1010': '0018', '1011': '0016', '1013': '0019', '1014': '0021',
  '1015': '0030', '1019': '0005', '1020': '0006', '1021': '0007', '1023': '0008', '1024': '0009',
  '1025': '0010', '1026': '0011', '1027': '0012', '1028': '0013', '1029': '0014', '1030': '0015',
  '1032': '0020', '1033': '0029',
};

const NO_CLASS = /^0*$/;

/** The sector of an industry-index code (KOSPI's or KOSDAQ's), or null for a code that is none. */
export function krxSector(code: string): KrxSector | null {
  const trimmed = code.trim();
  return BY_CODE.get(KOSDAQ_CODES[trimmed] ?? trimmed) ?? null;
}

/** What a master-file record says about an instrument's industry. */
export interface IndustryCodes {
  /** 지수업종 대분류 (bstp_larg_div_code). */
  large: string;
  /** 지수업종 중분류 (bstp_medm_div_code). */
  medium: string;
  /** 지수업종 소분류; blank in every current record, read in case KRX fills it. */
  small?: string;
  /** Member of the KRX 반도체 index (krx_smcn_yn). */
  krxSemiconductor?: boolean;
}

/**
 * An instrument's sector: the finest class of its record that the taxonomy knows, with members
 * of the KRX semiconductor index placed in 전기·전자 (see the module comment). Null when the record
 * has no industry (ETFs, and about 250 KOSDAQ software and game companies whose records carry
 * none).
 */
export function krxSectorOf(codes: IndustryCodes): KrxSector | null {
  if (codes.krxSemiconductor) return BY_CODE.get(SEMICONDUCTOR_SECTOR_CODE)!;
  for (const code of [codes.small, codes.medium, codes.large]) {
    if (code === undefined || NO_CLASS.test(code.trim())) continue;
    const sector = krxSector(code);
    if (sector) return sector;
  }
  return null;
}

/**
 * Whether a shock on the sector `outer` reaches an instrument of the sector `inner`: the same
 * sector, or `inner` is a medium class inside the large class `outer` (제조 reaches 전기·전자).
 * KOSDAQ codes are folded onto KOSPI's first.
 */
export function sectorIncludes(outer: string, inner: string | null | undefined): boolean {
  if (!inner) return false;
  const container = krxSector(outer);
  const member = krxSector(inner);
  if (!container || !member) return false;
  return member.code === container.code || member.parentCode === container.code;
}

// Words people use for a sector that KRX names otherwise: the class KRX files those companies
// under (batteries and chips are 전기·전자, cars and ships 운송장비·부품, games and portals IT 서비스).
const ALIASES: Readonly<Record<string, string>> = {
  반도체: SEMICONDUCTOR_SECTOR_CODE,
  semiconductor: SEMICONDUCTOR_SECTOR_CODE,
  semiconductors: SEMICONDUCTOR_SECTOR_CODE,
  전기전자: SEMICONDUCTOR_SECTOR_CODE,
  배터리: SEMICONDUCTOR_SECTOR_CODE,
  '2차전지': SEMICONDUCTOR_SECTOR_CODE,
  batteries: SEMICONDUCTOR_SECTOR_CODE,
  인터넷: '0029',
  internet: '0029',
  게임: '0029',
  games: '0029',
  바이오: '0009',
  biotechnology: '0009',
  은행: FINANCE,
  banks: FINANCE,
  financials: FINANCE,
  자동차: '0015',
  automobiles: '0015',
  조선: '0015',
  shipbuilding: '0015',
  철강: '0011',
  steel: '0011',
};

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s·&,]+/g, '');

const BY_NAME = new Map<string, KrxSector>([
  ...KRX_SECTORS.flatMap((sector) => [
    [normalise(sector.nameKo), sector] as const,
    [normalise(sector.nameEn), sector] as const,
  ]),
  ...Object.entries(ALIASES).map(
    ([alias, code]) => [normalise(alias), BY_CODE.get(code)!] as const,
  ),
]);

/**
 * The sector a code, a Korean or English name, or a common word for it (반도체, semiconductors)
 * names; throws `KrxRuleInputError` (field `sector`) when none does.
 */
export function findKrxSector(text: string): KrxSector {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new KrxRuleInputError('sector', text, '업종을 입력하세요', 'a sector is required');
  }
  const found = krxSector(text) ?? BY_NAME.get(normalise(text));
  if (!found) {
    throw new KrxRuleInputError(
      'sector',
      text,
      'KRX 업종 코드나 업종명이 아닙니다',
      'not a KRX industry code or name',
    );
  }
  return found;
}
