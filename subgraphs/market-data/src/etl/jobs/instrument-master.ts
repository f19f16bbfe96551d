import { setTimeout as sleep } from 'node:timers/promises';
import {
  KisNotSupportedError,
  downloadMasterFile,
  largestCommonStocks,
  type MasterFile,
  type MasterRecord,
} from '@capstone/kis-client';
import { previousTradingDay, seoulDate } from '@capstone/krx-calendar';
import { krxSectorOf } from '@capstone/krx-rules';
import { upsertInstruments, type InstrumentRow } from '../storage/ingest.js';
import { TRACKED_INDICES } from '../settings.js';
import { checkpoint, type Job, type JobContext } from './context.js';
import { recordCorporateActions, type DetectedAction } from './corporate-actions.js';
import { syncKisHolidays } from './holidays.js';

const DOWNLOAD_ATTEMPTS = 4;

/** The master files carry no English names; KIS's stock info has them (real environment only). */
const ENGLISH_NAMES_PER_RUN = 200;

async function download(context: JobContext, name: string): Promise<MasterFile> {
  const url = `${context.source.masterFilesUrl.replace(/\/$/, '')}/${name}`;
  for (let attempt = 1; ; attempt++) {
    try {
      return await downloadMasterFile(url);
    } catch (error) {
      if (attempt >= DOWNLOAD_ATTEMPTS || context.signal.aborted) throw error;
      context.logger.warn(
        { err: error, url, attempt },
        'etl: master file download failed; retrying',
      );
      await sleep(500 * 2 ** (attempt - 1), undefined, { signal: context.signal }).catch(() => {});
    }
  }
}

/** KRX short codes: six characters, and ETNs' Q plus six digits (funds' longer codes are left out). */
const LISTING_CODE = /^(?:[0-9A-Z]{6}|Q\d{6})$/;

function kindOf(record: MasterRecord): InstrumentRow['kind'] {
  if (record.exchangeTradedProduct) return record.exchangeTradedProduct;
  if (record.securityGroup === 'EF') return 'ETF';
  if (record.securityGroup === 'EN') return 'ETN';
  if (record.securityGroup === 'RT') return 'REIT';
  if (record.securityGroup !== 'ST') return 'OTHER';
  return record.preferred ? 'PREFERRED_STOCK' : 'COMMON_STOCK';
}

/** One master record as stored; `day` is the master file's day (Seoul). */
export function instrumentRow(record: MasterRecord, day: string): InstrumentRow {
  return {
    symbol: record.symbol,
    nameKo: record.nameKo,
    market: record.market,
    kind: kindOf(record),
    securityGroup: record.securityGroup,
    sectorCode:
      krxSectorOf({ ...record.industry, krxSemiconductor: record.krxSemiconductor })?.code ?? null,
    isin: record.isin || null,
    listedOn: record.listedOn,
    halted: record.halted,
    administrative: record.administrative,
    liquidationTrading: record.liquidationTrading,
    marketWarning: record.marketWarning.toUpperCase() as InstrumentRow['marketWarning'],
    parValue: record.parValue === null ? null : String(record.parValue),
    // 상장주수 and 시가총액 come in thousands of shares and 억원 (10^8 KRW): appending zeros keeps
    // them exact.
    listedShares:
      record.listedSharesThousands === null ? null : `${record.listedSharesThousands}000`,
    marketCap: record.marketCapEok === null ? null : `${record.marketCapEok}00000000`,
    // 전일기준 시가총액: the close of the trading day before the file's.
    marketCapAsOf: record.marketCapEok === null ? null : previousTradingDay(day),
    masterSeenOn: day,
  };
}

/**
 * Refreshes the instrument master from KIS's master files (kospi_code, kosdaq_code, idxcode):
 * names, markets, kinds, flags (halts, administrative issues, liquidation trading), sectors, par
 * values, market caps and the index list. An instrument missing from its market's file is marked
 * delisted on that day, never dropped. A par-value change is recorded as a split (or reverse
 * split), which the next daily run answers by collecting the instrument's history again. Then it
 * tracks the largest common stocks (unless an administrator pinned their tracking) and fills in
 * missing English names.
 */
export const refreshInstrumentMaster: Job = async (context) => {
  await syncKisHolidays(context);
  const day = seoulDate(context.now());
  const files = await Promise.all(
    ['kospi_code.mst.zip', 'kosdaq_code.mst.zip', 'idxcode.mst.zip'].map((name) =>
      download(context, name),
    ),
  );
  const records = files
    .flatMap((file) => (file.kind === 'stocks' ? file.records : []))
    .filter((record) => LISTING_CODE.test(record.symbol));
  const indexCodes = files.flatMap((file) => (file.kind === 'indices' ? file.codes : []));
  await checkpoint(context);

  const splits = await parValueChanges(context, records, day);
  const stats = await upsertInstruments(
    context.pool,
    records.map((record) => instrumentRow(record, day)),
  );
  context.recorder.addRows(stats.rows, stats.changed);
  if (splits.length > 0) await recordCorporateActions(context, splits);
  const delisted = await markDelisted(context, records, day);

  const now = new Date();
  const tracked = new Set<string>(TRACKED_INDICES.map((index) => index.code));
  if (indexCodes.length > 0) {
    await context.pool.query(
      `INSERT INTO MarketIndex (code, name, tracked, updatedAt) VALUES ${indexCodes.map(() => '(?, ?, ?, ?)').join(', ')}
         ON DUPLICATE KEY UPDATE name = VALUES(name), tracked = VALUES(tracked), updatedAt = VALUES(updatedAt)`,
      indexCodes.flatMap((index) => [index.code, index.name, tracked.has(index.code), now]),
    );
  }
  await ensureTrackedIndices(context);

  const universe = largestCommonStocks(records, context.universeSize).map(
    (record) => record.symbol,
  );
  let newlyTracked = 0;
  if (universe.length > 0) {
    const [result] = await context.pool.query(
      'UPDATE Instrument SET tracked = true, updatedAt = ? WHERE symbol IN (?) AND tracked = false AND trackingPinned = false',
      [now, universe],
    );
    newlyTracked = (result as { affectedRows: number }).affectedRows;
  }
  await checkpoint(context);

  const named = await fillEnglishNames(context);
  const notes = [
    `${records.length} instruments and ${indexCodes.length} indices in the master`,
    `the ${universe.length} largest common stocks tracked (${newlyTracked} newly)`,
    ...(delisted.length ? [`delisted since the last master: ${delisted.join(', ')}`] : []),
    ...(splits.length
      ? [
          `par-value changes: ${splits.map((split) => `${split.symbol} ×${split.shareFactor}`).join(', ')}`,
        ]
      : []),
    ...(named === null ? [] : [`${named} English names added`]),
  ];
  return { message: notes.join('; ') };
};

/**
 * Splits and reverse splits the master file announces (액면가 변경) whose par value differs from the
 * one stored: the share factor is the old par over the new one, which is exact where KIS's
 * prtt_rate is rounded to two decimals.
 */
async function parValueChanges(
  context: JobContext,
  records: readonly MasterRecord[],
  day: string,
): Promise<DetectedAction[]> {
  const changing = records.filter(
    (record) =>
      (record.parChange === 'split' || record.parChange === 'merger') && record.parValue !== null,
  );
  if (changing.length === 0) return [];
  const [rows] = await context.pool.query(
    'SELECT symbol, parValue FROM Instrument WHERE symbol IN (?) AND parValue IS NOT NULL',
    [changing.map((record) => record.symbol)],
  );
  const stored = new Map(
    (rows as { symbol: string; parValue: string }[]).map((row) => [
      row.symbol,
      Number(row.parValue),
    ]),
  );
  return changing.flatMap((record): DetectedAction[] => {
    const before = stored.get(record.symbol);
    if (!before || before === record.parValue) return [];
    const shareFactor = before / record.parValue!;
    return [
      {
        symbol: record.symbol,
        effectiveOn: day,
        kind: shareFactor > 1 ? 'SPLIT' : 'REVERSE_SPLIT',
        shareFactor: String(Number(shareFactor.toFixed(8))),
        priceRatio: null,
        reasonCode: null,
        source: 'MASTER_FILE',
      },
    ];
  });
}

/**
 * Instruments that a market's master file no longer lists were delisted: they are marked so,
 * with the day, and keep their bars. Only instruments an earlier master listed count (a seeded
 * one never seen in a master is left alone), and a file with fewer instruments than went missing
 * from it is taken for a broken download rather than a mass delisting.
 */
async function markDelisted(
  context: JobContext,
  records: readonly MasterRecord[],
  day: string,
): Promise<string[]> {
  const delisted: string[] = [];
  for (const market of ['KOSPI', 'KOSDAQ'] as const) {
    const listed = records.filter((record) => record.market === market).length;
    const [rows] = await context.pool.query(
      'SELECT symbol FROM Instrument WHERE market = ? AND delistedOn IS NULL AND masterSeenOn < ? ORDER BY symbol',
      [market, day],
    );
    const missing = (rows as { symbol: string }[]).map((row) => row.symbol);
    if (missing.length === 0) continue;
    if (missing.length > listed) {
      context.recorder.error(
        `${market}: the master file lists ${listed} instruments and ${missing.length} went missing; delistings not applied`,
      );
      continue;
    }
    await context.pool.query(
      'UPDATE Instrument SET delistedOn = ?, updatedAt = ? WHERE symbol IN (?) AND delistedOn IS NULL',
      [day, new Date(), missing],
    );
    context.logger.warn({ market, symbols: missing }, 'etl: delisted (missing from the master)');
    delisted.push(...missing);
  }
  return delisted;
}

/** The collected indices exist even before the first master refresh (their bars refer to them). */
export async function ensureTrackedIndices(context: Pick<JobContext, 'pool'>): Promise<void> {
  const now = new Date();
  await context.pool.query(
    `INSERT INTO MarketIndex (code, name, tracked, updatedAt) VALUES ${TRACKED_INDICES.map(() => '(?, ?, true, ?)').join(', ')}
       ON DUPLICATE KEY UPDATE tracked = true`,
    TRACKED_INDICES.flatMap((index) => [index.code, index.name, now]),
  );
}

async function fillEnglishNames(context: JobContext): Promise<number | null> {
  if (context.source.env !== 'real') return null;
  const [rows] = await context.pool.query(
    'SELECT symbol FROM Instrument WHERE tracked = true AND nameEn IS NULL ORDER BY marketCap DESC LIMIT ?',
    [ENGLISH_NAMES_PER_RUN],
  );
  let named = 0;
  for (const { symbol } of rows as { symbol: string }[]) {
    try {
      const info = await context.kis.stockInfo(symbol);
      if (info.englishName) {
        await context.pool.query(
          'UPDATE Instrument SET nameEn = ?, updatedAt = ? WHERE symbol = ?',
          [info.englishName.slice(0, 100), new Date(), symbol],
        );
        named++;
      }
    } catch (error) {
      if (error instanceof KisNotSupportedError) return named;
      // A missing English name is not worth failing the refresh for; the next one tries again.
      context.logger.warn({ err: error, symbol }, 'etl: no English name from stock info');
    }
    await checkpoint(context);
  }
  return named;
}
