import { krxSector, krxSectorOf } from '@capstone/krx-rules';
import { koreanIsin } from './isin.js';
import { DELISTED, MODELS, type ModelRow } from './instrument-models.js';
import { OTHER_LISTINGS, TOP_COMMON_STOCKS, type SnapshotRow } from './master-snapshot.js';
import type { SectorId } from './sectors.js';
import type { InstrumentKind, Market, SimulatedInstrument } from './types.js';

/** What the simulator knows about an instrument beyond the public SimulatedInstrument fields. */
export interface InstrumentProfile extends SimulatedInstrument {
  /** The factor model's sector (for correlations), not KRX's classification. */
  sectorId: SectorId;
  /** 지수업종 대/중분류 codes, as the real master file gives them. */
  industry: { large: string; medium: string };
  /** A member of the KRX 반도체 index (krx_smcn_yn). */
  krxSemiconductor: boolean;
  /** 상장일 on its current market, as the master file gives it. */
  listedOn: string;
  /** The first day of its bars: its listing, or earlier for a stock that moved market. */
  tradingSince: string;
  /** When KRX delisted it; its bars end the trading day before. */
  delistedOn: string | null;
  /** Listed shares, on today's basis (after the splits the simulator knows). */
  shares: number;
  /** Par value (액면가), KRW, on today's basis; 0 for an ETF. */
  par: number;
  /** Synthetic price at the first bar, KRW, on today's basis. */
  startPrice: number;
  /** Typical daily volume, shares, on today's basis. */
  avgVolume: number;
  /** One of the 50 largest common stocks of the real master file: the default universe. */
  top50: boolean;
}

const models = new Map<string, ModelRow>(MODELS.map((row) => [row[0], row]));

function profile(
  base: Omit<
    InstrumentProfile,
    'nameEn' | 'sectorId' | 'sectorCode' | 'startPrice' | 'avgVolume' | 'tradingSince'
  >,
): InstrumentProfile {
  const model = models.get(base.symbol);
  if (!model) throw new Error(`instrument-models.ts has no row for ${base.symbol}`);
  const [, nameEn, sectorId, startPrice, avgVolume, tradingSince] = model;
  return {
    ...base,
    nameEn,
    sectorId,
    sectorCode:
      krxSectorOf({ ...base.industry, krxSemiconductor: base.krxSemiconductor })?.code ?? null,
    startPrice,
    avgVolume,
    tradingSince: tradingSince ?? base.listedOn,
  };
}

const KINDS: Record<SnapshotRow[4], InstrumentKind> = {
  common: 'COMMON_STOCK',
  preferred: 'PREFERRED_STOCK',
  etf: 'ETF',
};

const fromSnapshot = (row: SnapshotRow, top50: boolean): InstrumentProfile => {
  const [symbol, isin, nameKo, market, kind, listedOn, thousands, par, large, medium, semis] = row;
  return profile({
    symbol,
    isin,
    nameKo,
    market,
    kind: KINDS[kind],
    industry: { large, medium },
    krxSemiconductor: semis,
    listedOn,
    delistedOn: null,
    shares: thousands * 1000,
    par,
    top50,
  });
};

export const KNOWN_INSTRUMENTS: ReadonlyMap<string, InstrumentProfile> = new Map(
  [
    ...TOP_COMMON_STOCKS.map((row) => fromSnapshot(row, true)),
    ...OTHER_LISTINGS.map((row) => fromSnapshot(row, false)),
    ...DELISTED.map(([symbol, nameKo, market, listedOn, shares, par, large, medium, delistedOn]) =>
      profile({
        symbol,
        isin: koreanIsin(symbol),
        nameKo,
        market: market as Market,
        kind: 'COMMON_STOCK',
        industry: { large, medium },
        krxSemiconductor: false,
        listedOn,
        delistedOn,
        shares,
        par,
        top50: false,
      }),
    ),
  ].map((instrument) => [instrument.symbol, instrument]),
);

/**
 * The stocks a synthetic simulator serves unless told which: the 50 largest common stocks by
 * market value in KIS's real master files (shared/kis/master_files, mid-2026), largest first;
 * with the three indices (KOSPI, KOSDAQ, KOSPI 200) built from them.
 */
export const DEFAULT_UNIVERSE: readonly string[] = TOP_COMMON_STOCKS.map((row) => row[0]);

/**
 * Listings beside the common stocks, for a demo whose master file should show them: Samsung
 * Electronics' preferred share and the KOSPI 200 ETF.
 */
export const MASTER_EXTRAS: readonly string[] = ['005935', '069500'];

/** The finest KRX industry code a profile's master record gives (its medium class, else its large). */
export function industryCodeOf(profile: InstrumentProfile): string {
  const { large, medium } = profile.industry;
  return /^0+$/.test(medium) ? large : medium;
}

/** KRX's name of that industry, e.g. "전기·전자"; empty when the record gives none. */
export function industryNameOf(profile: InstrumentProfile): string {
  return krxSector(industryCodeOf(profile))?.nameKo ?? '';
}

export function publicInstrument(profile: InstrumentProfile): SimulatedInstrument {
  const { symbol, isin, nameKo, nameEn, market, kind, sectorCode } = profile;
  return { symbol, isin, nameKo, nameEn, market, kind, sectorCode };
}
