import { MasterFileError, parseIndexMaster, parseStockMaster } from './master-files.js';
import type { IndexCode, MasterMarket, MasterRecord } from './master-files.js';
import { unzipFirstEntry } from './unzip.js';

/** KIS publishes the master files here (§7); e.g. `${KIS_MASTER_FILES_URL}/kospi_code.mst.zip`. */
export const KIS_MASTER_FILES_URL = 'https://new.real.download.dws.co.kr/common/master';

export type MasterFile =
  | { kind: 'stocks'; file: string; market: MasterMarket; records: MasterRecord[] }
  | { kind: 'indices'; file: string; codes: IndexCode[] };

const STOCK_FILES: Record<string, MasterMarket> = {
  'kospi_code.mst': 'KOSPI',
  'kosdaq_code.mst': 'KOSDAQ',
};

/**
 * Fetches one `*.mst.zip` (kospi_code, kosdaq_code or idxcode), unzips its single entry and
 * parses it with the layout its name calls for.
 */
export async function downloadMasterFile(
  url: string | URL,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<MasterFile> {
  const response = await (options.fetch ?? fetch)(url, {
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  if (!response.ok) {
    throw new MasterFileError(`GET ${String(url)} answered HTTP ${response.status}`);
  }
  const { name, data } = unzipFirstEntry(new Uint8Array(await response.arrayBuffer()));
  const file = name.split('/').pop() ?? name;
  const market = STOCK_FILES[file];
  if (market) return { kind: 'stocks', file, market, records: parseStockMaster(data, market) };
  if (file === 'idxcode.mst') return { kind: 'indices', file, codes: parseIndexMaster(data) };
  throw new MasterFileError(`${file}: not a master file this client knows how to read`);
}
