import { KisParseError } from './errors.js';

/** One `output` object as KIS sends it: every value a string, numbers included. */
export type WireRecord = Readonly<Record<string, unknown>>;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function isWireRecord(value: unknown): value is WireRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An output array's records, less the `{}` KIS pads some answers with (PYKIS drops them too). */
export function nonEmptyRecords(items: readonly unknown[]): WireRecord[] {
  return items.filter(
    (item): item is WireRecord => isWireRecord(item) && Object.keys(item).length > 0,
  );
}

/** KIS prints numbers as strings, sometimes signed ("+5", "-0.14") or zero-padded ("0000000001"). */
export function parseNumber(value: string): number | null {
  const text = value.trim();
  return NUMBER.test(text) ? Number(text) : null;
}

/** "20230612" → "2023-06-12". */
export function isoFromCompact(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (!match || value.trim() === '00000000') return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** "2023-06-12" → "20230612", the form KIS query parameters take. */
export function compactFromIso(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return iso.replaceAll('-', '');
}

/** The calendar day before an ISO date, in the same form (no time zone is involved). */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** "093354" → "09:33:54". */
export function clockFromCompact(value: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(value.trim());
  return match ? `${match[1]}:${match[2]}:${match[3]}` : null;
}

/** 전일 대비 부호 (§4): 1 상한, 2 상승, 3 보합, 4 하한, 5 하락. */
export type PriceChangeSign = 'upper-limit' | 'up' | 'unchanged' | 'lower-limit' | 'down';

const SIGNS: Record<string, PriceChangeSign> = {
  '1': 'upper-limit',
  '2': 'up',
  '3': 'unchanged',
  '4': 'lower-limit',
  '5': 'down',
};

export function parseChangeSign(value: string): PriceChangeSign | null {
  return SIGNS[value.trim()] ?? null;
}

/**
 * Reads fields of one record, naming the TR and the field in the error when a value is not what
 * the layout promises. Required readers throw; `opt…` readers give null for an absent or blank
 * field, which KIS sends for values that do not apply (e.g. PER of a loss-making company).
 */
export function fieldReader(record: WireRecord, trId: string) {
  const raw = (field: string): string | undefined => {
    const value = record[field];
    return typeof value === 'string' ? value : undefined;
  };
  const fail = (field: string, expected: string): never => {
    throw new KisParseError(trId, field, raw(field), expected);
  };
  const blank = (value: string | undefined) => value === undefined || value.trim() === '';

  const reader = {
    text(field: string): string {
      return raw(field) ?? fail(field, 'a string');
    },
    optText(field: string): string | null {
      const value = raw(field);
      return blank(value) ? null : (value as string).trim();
    },
    number(field: string): number {
      const value = raw(field);
      return (value === undefined ? null : parseNumber(value)) ?? fail(field, 'a number');
    },
    optNumber(field: string): number | null {
      const value = raw(field);
      if (blank(value)) return null;
      return parseNumber(value as string) ?? fail(field, 'a number or blank');
    },
    date(field: string): string {
      const value = raw(field);
      return (value === undefined ? null : isoFromCompact(value)) ?? fail(field, 'YYYYMMDD');
    },
    optDate(field: string): string | null {
      const value = raw(field);
      if (blank(value) || (value as string).trim() === '00000000') return null;
      return isoFromCompact(value as string) ?? fail(field, 'YYYYMMDD or blank');
    },
    sign(field: string): PriceChangeSign {
      const value = raw(field);
      return (value === undefined ? null : parseChangeSign(value)) ?? fail(field, 'a sign 1–5');
    },
    optSign(field: string): PriceChangeSign | null {
      const value = raw(field);
      if (blank(value)) return null;
      return parseChangeSign(value as string) ?? fail(field, 'a sign 1–5 or blank');
    },
    /** Y/N flags; anything but "Y" is false, as KIS leaves some flags blank. */
    flag(field: string): boolean {
      return raw(field)?.trim() === 'Y';
    },
  };
  return reader;
}

export type FieldReader = ReturnType<typeof fieldReader>;
