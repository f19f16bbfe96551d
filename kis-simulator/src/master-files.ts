import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { INDEX_SPECS } from './indices.js';
import type { InstrumentProfile } from './instruments.js';
import { compactDate } from './kst.js';
import type { MarketData } from './market.js';

/**
 * KIS's master files (kospi_code.mst, kosdaq_code.mst, idxcode.mst), each zipped alone, in the
 * real cp949 fixed-width layouts of shared/kis/master_*_layout.md: a stock record is the code (9
 * bytes), the ISIN (12), the Korean name (40 bytes of cp949) and a fixed-width attribute block.
 */

type Field = readonly [name: string, width: number];

// prettier-ignore
const KOSPI_FIELDS: readonly Field[] = [
  ['scrt_grp_cls_code', 2], ['avls_scal_cls_code', 1], ['bstp_larg_div_code', 4], ['bstp_medm_div_code', 4],
  ['bstp_smal_div_code', 4], ['mnin_cls_code_yn', 1], ['low_current_yn', 1], ['sprn_strr_nmix_issu_yn', 1],
  ['kospi200_apnt_cls_code', 1], ['kospi100_issu_yn', 1], ['kospi50_issu_yn', 1], ['krx_issu_yn', 1],
  ['etp_prod_cls_code', 1], ['elw_pblc_yn', 1], ['krx100_issu_yn', 1], ['krx_car_yn', 1], ['krx_smcn_yn', 1],
  ['krx_bio_yn', 1], ['krx_bank_yn', 1], ['etpr_undt_objt_co_yn', 1], ['krx_enrg_chms_yn', 1], ['krx_stel_yn', 1],
  ['short_over_cls_code', 1], ['krx_medi_cmnc_yn', 1], ['krx_cnst_yn', 1], ['krx_fnnc_svc_yn', 1], ['krx_scrt_yn', 1],
  ['krx_ship_yn', 1], ['krx_insu_yn', 1], ['krx_trnp_yn', 1], ['sri_nmix_yn', 1], ['stck_sdpr', 9],
  ['frml_mrkt_deal_qty_unit', 5], ['ovtm_mrkt_deal_qty_unit', 5], ['trht_yn', 1], ['sltr_yn', 1], ['mang_issu_yn', 1],
  ['mrkt_alrm_cls_code', 2], ['mrkt_alrm_risk_adnt_yn', 1], ['insn_pbnt_yn', 1], ['byps_lstn_yn', 1],
  ['flng_cls_code', 2], ['fcam_mod_cls_code', 2], ['icic_cls_code', 2], ['marg_rate', 3], ['crdt_able', 1],
  ['crdt_days', 3], ['prdy_vol', 12], ['stck_fcam', 12], ['stck_lstn_date', 8], ['lstn_stcn', 15], ['cpfn', 21],
  ['stac_month', 2], ['po_prc', 7], ['prst_cls_code', 1], ['ssts_hot_yn', 1], ['stange_runup_yn', 1],
  ['krx300_issu_yn', 1], ['kospi_issu_yn', 1], ['sale_account', 9], ['bsop_prfi', 9], ['op_prfi', 9],
  ['thtr_ntin', 5], ['roe', 9], ['base_date', 8], ['prdy_avls_scal', 9], ['grp_code', 3],
  ['co_crdt_limt_over_yn', 1], ['secu_lend_able_yn', 1], ['stln_able_yn', 1],
];

// prettier-ignore
const KOSDAQ_FIELDS: readonly Field[] = [
  ['scrt_grp_cls_code', 2], ['avls_scal_cls_code', 1], ['bstp_larg_div_code', 4], ['bstp_medm_div_code', 4],
  ['bstp_smal_div_code', 4], ['vntr_issu_yn', 1], ['low_current_yn', 1], ['krx_issu_yn', 1], ['etp_prod_cls_code', 1],
  ['krx100_issu_yn', 1], ['krx_car_yn', 1], ['krx_smcn_yn', 1], ['krx_bio_yn', 1], ['krx_bank_yn', 1],
  ['etpr_undt_objt_co_yn', 1], ['krx_enrg_chms_yn', 1], ['krx_stel_yn', 1], ['short_over_cls_code', 1],
  ['krx_medi_cmnc_yn', 1], ['krx_cnst_yn', 1], ['invt_alrm_yn', 1], ['krx_scrt_yn', 1], ['krx_ship_yn', 1],
  ['krx_insu_yn', 1], ['krx_trnp_yn', 1], ['ksq150_nmix_yn', 1], ['stck_sdpr', 9], ['frml_mrkt_deal_qty_unit', 5],
  ['ovtm_mrkt_deal_qty_unit', 5], ['trht_yn', 1], ['sltr_yn', 1], ['mang_issu_yn', 1], ['mrkt_alrm_cls_code', 2],
  ['mrkt_alrm_risk_adnt_yn', 1], ['insn_pbnt_yn', 1], ['byps_lstn_yn', 1], ['flng_cls_code', 2],
  ['fcam_mod_cls_code', 2], ['icic_cls_code', 2], ['marg_rate', 3], ['crdt_able', 1], ['crdt_days', 3],
  ['prdy_vol', 12], ['stck_fcam', 12], ['stck_lstn_date', 8], ['lstn_stcn', 15], ['cpfn', 21], ['stac_month', 2],
  ['po_prc', 7], ['prst_cls_code', 1], ['ssts_hot_yn', 1], ['stange_runup_yn', 1], ['krx300_issu_yn', 1],
  ['sale_account', 9], ['bsop_prfi', 9], ['op_prfi', 9], ['thtr_ntin', 5], ['roe', 9], ['base_date', 8],
  ['prdy_avls_scal', 9], ['grp_code', 3], ['co_crdt_limt_over_yn', 1], ['secu_lend_able_yn', 1],
  ['stln_able_yn', 1],
];

export const KOSPI_BLOCK_WIDTH = 227;
export const KOSDAQ_BLOCK_WIDTH = 221;

// Fields that the real files leave blank rather than 'N' or zero-filled.
const BLANK = new Set([
  'etp_prod_cls_code',
  'mnin_cls_code_yn',
  'vntr_issu_yn',
  'po_prc',
  'ssts_hot_yn',
]);

// KOSPI 200 sector codes (kospi200_apnt_cls_code) per model sector.
const K200_SECTOR: Record<string, string> = {
  semis: '5',
  batteries: '4',
  autos: '8',
  bio: 'A',
  financials: '6',
  internet: 'B',
  industrials: '2',
  energy: '4',
  materials: '3',
  telecom: 'B',
  consumer: '7',
  holdings: '9',
};

function block(
  fields: readonly Field[],
  values: Record<string, string | number>,
  width: number,
): string {
  const text = fields
    .map(([name, size]) => {
      const value = values[name];
      if (value === undefined) {
        return BLANK.has(name) ? ' '.repeat(size) : size === 1 ? 'N' : '0'.repeat(size);
      }
      const raw = typeof value === 'number' ? String(Math.round(value)).padStart(size, '0') : value;
      if (raw.length > size) throw new Error(`master field ${name} does not fit ${size}: ${raw}`);
      return raw.padEnd(size, ' ');
    })
    .join('');
  if (text.length !== width) throw new Error(`master block is ${text.length} wide, not ${width}`);
  return text;
}

/** cp949 bytes of a name, cut on a character boundary and space-padded to `width` bytes. */
function nameBytes(name: string, width: number): Buffer {
  let encoded = iconv.encode(name, 'cp949');
  let cut = name;
  while (encoded.length > width) {
    cut = cut.slice(0, -1);
    encoded = iconv.encode(cut, 'cp949');
  }
  return Buffer.concat([encoded, Buffer.alloc(width - encoded.length, 0x20)]);
}

/** What a record says that changes from day to day. */
interface Snapshot {
  basePrice: number;
  previousVolume: number;
  shares: number;
  par: number;
  halted: boolean;
  /** 액면가 변경 today: 01 split, 02 merger. */
  parChange: '00' | '01' | '02';
}

function stockRecord(profile: InstrumentProfile, snapshot: Snapshot, today: string): Buffer {
  const kospi = profile.market === 'KOSPI';
  const etf = profile.kind === 'ETF';
  const marketCapEok = Math.round((snapshot.basePrice * snapshot.shares) / 1e8);
  const common = {
    scrt_grp_cls_code: etf ? 'EF' : 'ST',
    avls_scal_cls_code: profile.top50 ? '1' : '2',
    bstp_larg_div_code: profile.industry.large,
    bstp_medm_div_code: profile.industry.medium,
    bstp_smal_div_code: '0000',
    krx_issu_yn: 'Y',
    krx100_issu_yn: profile.top50 ? 'Y' : 'N',
    krx_smcn_yn: profile.krxSemiconductor ? 'Y' : 'N',
    short_over_cls_code: '0',
    stck_sdpr: snapshot.basePrice,
    frml_mrkt_deal_qty_unit: 1,
    ovtm_mrkt_deal_qty_unit: 1,
    trht_yn: snapshot.halted ? 'Y' : 'N',
    mrkt_alrm_cls_code: '00',
    flng_cls_code: '00',
    fcam_mod_cls_code: snapshot.parChange,
    icic_cls_code: '00',
    marg_rate: profile.top50 ? 40 : 60,
    crdt_able: 'Y',
    crdt_days: 90,
    prdy_vol: snapshot.previousVolume,
    stck_fcam: Math.round(snapshot.par),
    stck_lstn_date: compactDate(profile.listedOn),
    lstn_stcn: Math.round(snapshot.shares / 1000),
    cpfn: Math.round(snapshot.shares * snapshot.par),
    stac_month: '12',
    prst_cls_code: profile.kind === 'PREFERRED_STOCK' ? '1' : '0',
    krx300_issu_yn: profile.top50 ? 'Y' : 'N',
    base_date: `${Number(today.slice(0, 4)) - 1}1231`,
    prdy_avls_scal: marketCapEok,
    grp_code: '   ',
    ...(etf ? { etp_prod_cls_code: '2' } : {}),
  };
  const text = kospi
    ? block(
        KOSPI_FIELDS,
        {
          ...common,
          kospi200_apnt_cls_code: profile.top50 ? (K200_SECTOR[profile.sectorId] ?? '0') : '0',
          kospi100_issu_yn: profile.top50 ? 'Y' : 'N',
          kospi50_issu_yn: profile.top50 ? 'Y' : 'N',
          elw_pblc_yn: profile.top50 ? 'Y' : 'N',
          kospi_issu_yn: 'Y',
        },
        KOSPI_BLOCK_WIDTH,
      )
    : block(
        KOSDAQ_FIELDS,
        { ...common, ksq150_nmix_yn: profile.top50 ? 'Y' : 'N' },
        KOSDAQ_BLOCK_WIDTH,
      );
  return Buffer.concat([
    Buffer.from(profile.symbol.padEnd(9, ' '), 'ascii'),
    Buffer.from(profile.isin.padEnd(12, ' '), 'ascii'),
    nameBytes(profile.nameKo, 40),
    Buffer.from(`${text}\n`, 'ascii'),
  ]);
}

// The index codes KIS lists in idxcode.mst (the KOSPI and KOSDAQ industry indices and the headline
// ones); the simulator quotes only 0001, 1001 and 2001, but clients load the whole list.
// prettier-ignore
const INDEX_CODES: ReadonlyArray<readonly [division: string, code: string, name: string]> = [
  ['0', '0001', INDEX_SPECS['0001'].name], ['0', '0002', '대형주'], ['0', '0003', '중형주'], ['0', '0004', '소형주'],
  ['0', '0005', '음식료·담배'], ['0', '0006', '섬유·의류'], ['0', '0007', '종이·목재'], ['0', '0008', '화학'],
  ['0', '0009', '제약'], ['0', '0010', '비금속'], ['0', '0011', '금속'], ['0', '0012', '기계·장비'],
  ['0', '0013', '전기·전자'], ['0', '0014', '의료·정밀기기'], ['0', '0015', '운송장비·부품'], ['0', '0016', '유통'],
  ['0', '0017', '전기·가스'], ['0', '0018', '건설'], ['0', '0019', '운송·창고'], ['0', '0020', '통신'],
  ['0', '0021', '금융'], ['0', '0024', '증권'], ['0', '0025', '보험'], ['0', '0026', '일반서비스'],
  ['0', '0027', '제조'], ['0', '0028', '부동산'], ['0', '0029', 'IT 서비스'], ['0', '0030', '오락·문화'],
  ['1', '1001', INDEX_SPECS['1001'].name], ['1', '1002', '코스닥 대형주'], ['1', '1003', '코스닥 중형주'],
  ['1', '1004', '코스닥 소형주'], ['1', '1006', '일반서비스'], ['1', '1009', '제조'], ['1', '1010', '건설'],
  ['1', '1011', '유통'], ['1', '1013', '운송·창고'], ['1', '1014', '금융'], ['1', '1015', '오락·문화'],
  ['1', '1019', '음식료·담배'], ['1', '1023', '화학'], ['1', '1024', '제약'], ['1', '1026', '금속'],
  ['1', '1027', '기계·장비'], ['1', '1028', '전기·전자'], ['1', '1030', '운송장비·부품'], ['1', '1032', '통신'],
  ['1', '1033', 'IT 서비스'], ['2', '2001', INDEX_SPECS['2001'].name], ['2', '2007', 'KOSPI100'],
  ['2', '2008', 'KOSPI50'],
];

function indexRecord(division: string, code: string, name: string): Buffer {
  return Buffer.concat([
    Buffer.from(`${division}${code}`, 'ascii'),
    nameBytes(name, 40),
    Buffer.from('\n'),
  ]);
}

export const MASTER_FILE_NAMES = [
  'kospi_code.mst.zip',
  'kosdaq_code.mst.zip',
  'idxcode.mst.zip',
] as const;
export type MasterFileName = (typeof MASTER_FILE_NAMES)[number];

/**
 * The three zips as of `today` (base prices and volumes are the last completed day's, share counts
 * and par values today's). Instruments delisted by `today` are not in them.
 */
export function buildMasterFiles(
  market: MarketData,
  today: string,
): Record<MasterFileName, Uint8Array> {
  const records = (which: 'KOSPI' | 'KOSDAQ') =>
    Buffer.concat(
      market.profiles
        .filter((profile) => profile.market === which && market.listedOn(profile, today))
        .map((profile) => {
          const split = market.splits.on(profile.symbol, today);
          return stockRecord(
            profile,
            {
              basePrice: market.basePrice(profile.symbol, today) ?? profile.startPrice,
              previousVolume: market.history(profile.symbol, today).at(-1)?.volume ?? 0,
              shares: market.sharesOn(profile, today),
              par: market.parOn(profile, today),
              halted: market.splits.halted(profile.symbol, today),
              parChange: !split ? '00' : split.ratio > 1 ? '01' : '02',
            },
            today,
          );
        }),
    );
  const zip = (name: string, bytes: Buffer) => zipSync({ [name]: new Uint8Array(bytes) });
  return {
    'kospi_code.mst.zip': zip('kospi_code.mst', records('KOSPI')),
    'kosdaq_code.mst.zip': zip('kosdaq_code.mst', records('KOSDAQ')),
    'idxcode.mst.zip': zip(
      'idxcode.mst',
      Buffer.concat(INDEX_CODES.map(([division, code, name]) => indexRecord(division, code, name))),
    ),
  };
}
