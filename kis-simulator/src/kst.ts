import { seoulDate } from '@capstone/krx-calendar';

const KST_OFFSET_MS = 9 * 3_600_000;

/** 'YYYY-MM-DD' → 'YYYYMMDD', KIS's date format. */
export const compactDate = (date: string): string => date.replaceAll('-', '');

/** 'YYYYMMDD' → 'YYYY-MM-DD', or null when it is not a real date. */
export function isoDate(compact: string): string | null {
  if (!/^\d{8}$/.test(compact)) return null;
  const iso = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

function kstParts(instant: Date): string {
  return new Date(instant.getTime() + KST_OFFSET_MS).toISOString();
}

/** 'HHMMSS' in Seoul. */
export const kstTime = (instant: Date): string =>
  kstParts(instant).slice(11, 19).replaceAll(':', '');

/** 'YYYY-MM-DD HH:MM:SS' in Seoul, the format of access_token_token_expired. */
export const kstDateTime = (instant: Date): string =>
  kstParts(instant).slice(0, 19).replace('T', ' ');

/** 'YYYYMMDDHHMMSS' in Seoul, the PINGPONG datetime. */
export const kstStamp = (instant: Date): string =>
  compactDate(seoulDate(instant)) + kstTime(instant);

/** Midnight in Seoul at the start of a date. */
export const kstMidnight = (date: string): Date =>
  new Date(Date.parse(`${date}T00:00:00Z`) - KST_OFFSET_MS);
