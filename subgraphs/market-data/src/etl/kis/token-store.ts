import type { CachedToken, KisTokenStore } from '@capstone/kis-client';
import type { Pool } from '../storage/pool.js';

interface TokenRow {
  accessToken: string;
  expiresAt: string;
  issuedAt: string;
}

/** 'YYYY-MM-DD HH:MM:SS.mmm' as the pool returns DATETIME(3) (UTC). */
const fromSql = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);

/**
 * KIS access tokens in market-data's own database, for when Redis is not there: a restarted
 * worker reuses the day's token instead of issuing another (KIS allows one a minute and tells the
 * account holder about each). Keys are `${env}:${appKey}`.
 */
export function databaseTokenStore(pool: Pool): KisTokenStore {
  return {
    async get(key) {
      const [rows] = await pool.query(
        'SELECT accessToken, expiresAt, issuedAt FROM KisAccessToken WHERE `key` = ?',
        [key],
      );
      const row = (rows as TokenRow[])[0];
      if (!row) return null;
      const token: CachedToken = {
        accessToken: row.accessToken,
        expiresAt: fromSql(row.expiresAt),
        issuedAt: fromSql(row.issuedAt),
      };
      return Number.isNaN(token.expiresAt.getTime()) ? null : token;
    },
    async set(key, token) {
      await pool.query(
        `INSERT INTO KisAccessToken (\`key\`, accessToken, expiresAt, issuedAt) VALUES (?, ?, ?, ?)
           ON DUPLICATE KEY UPDATE accessToken = VALUES(accessToken), expiresAt = VALUES(expiresAt),
             issuedAt = VALUES(issuedAt)`,
        [key, token.accessToken, token.expiresAt, token.issuedAt],
      );
    },
    async delete(key) {
      await pool.query('DELETE FROM KisAccessToken WHERE `key` = ?', [key]);
    },
  };
}
