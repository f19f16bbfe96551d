import { setTimeout as sleep } from 'node:timers/promises';
import {
  KisNotSupportedError,
  downloadMasterFile,
  type IndexCode,
  type MasterFile,
  type MasterRecord,
} from '@capstone/kis-client';
import { upsertInstruments, type InstrumentRow } from '../storage/ingest.js';
import { sectorOf } from './sectors.js';
import { TRACKED_INDICES } from '../settings.js';
import { largestCommonStocks } from './universe.js';
import { checkpoint, type Job, type JobContext } from './context.js';

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

const instrumentRow = (record: MasterRecord, indices: Map<string, IndexCode>): InstrumentRow => ({
  symbol: record.symbol,
  nameKo: record.nameKo,
  market: record.market,
  sector: sectorOf(record, indices),
  isin: record.isin || null,
  listedOn: record.listedOn,
  // 억원 = 10^8 KRW; appending the zeros keeps it exact.
  marketCap: record.marketCapEok === null ? null : `${record.marketCapEok}00000000`,
});

/**
 * Refreshes the instrument master from KIS's master files (kospi_code, kosdaq_code, idxcode):
 * names, markets, sectors, market caps and the index list. Then tracks the largest common stocks
 * (unless an administrator pinned their tracking) and fills in missing English names.
 */
export const refreshInstrumentMaster: Job = async (context) => {
  const files = await Promise.all(
    ['kospi_code.mst.zip', 'kosdaq_code.mst.zip', 'idxcode.mst.zip'].map((name) =>
      download(context, name),
    ),
  );
  const records = files.flatMap((file) => (file.kind === 'stocks' ? file.records : []));
  const indexCodes = files.flatMap((file) => (file.kind === 'indices' ? file.codes : []));
  const indices = new Map(indexCodes.map((index) => [index.code, index]));
  await checkpoint(context);

  const stats = await upsertInstruments(
    context.pool,
    records
      .filter((record) => /^[0-9A-Z]{6}$/.test(record.symbol))
      .map((record) => instrumentRow(record, indices)),
  );
  context.recorder.addRows(stats.rows, stats.changed);

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
  return {
    message: `${records.length} instruments and ${indexCodes.length} indices in the master; the ${universe.length} largest common stocks tracked (${newlyTracked} newly)${named === null ? '' : `; ${named} English names added`}`,
  };
};

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
