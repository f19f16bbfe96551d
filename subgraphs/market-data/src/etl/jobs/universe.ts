import type { MasterRecord } from '@capstone/kis-client';

/**
 * The instruments the platform follows by default: the `size` largest common stocks by the
 * master file's market cap. ETFs, ETNs, REITs and the like (security group other than ST) and
 * preferred shares are left out; ties go to the lower code so the choice is stable.
 */
export function largestCommonStocks(
  records: readonly MasterRecord[],
  size: number,
): MasterRecord[] {
  return records
    .filter((record) => record.securityGroup === 'ST' && !record.preferred)
    .filter((record) => record.marketCapEok !== null && record.marketCapEok > 0)
    .sort(
      (a, b) => (b.marketCapEok ?? 0) - (a.marketCapEok ?? 0) || a.symbol.localeCompare(b.symbol),
    )
    .slice(0, size);
}
