import { KisParseError } from '../errors.js';
import { isWireRecord } from '../wire.js';

/** `<encrypted 0|1>|<TR_ID>|<count NNN>|<payload>` (§8.2). */
export interface DataFrame {
  kind: 'data';
  encrypted: boolean;
  trId: string;
  count: number;
  payload: string;
}

/** `{"header":{"tr_id":"PINGPONG",…}}`: the client must echo the same text back (§8.4). */
export interface PingPongFrame {
  kind: 'pingpong';
}

/** A JSON reply to a subscribe/unsubscribe request (§8.1). */
export interface ControlFrame {
  kind: 'control';
  trId: string;
  trKey: string;
  rtCd: string;
  msgCd: string;
  msg1: string;
  /** AES key and IV for this TR's encrypted frames (§8.3). */
  cipher: { key: string; iv: string } | null;
}

export type RealtimeFrame = DataFrame | PingPongFrame | ControlFrame;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Tells the three kinds of text frame apart; throws `KisParseError` for anything else. */
export function parseFrame(text: string): RealtimeFrame {
  if (text.startsWith('0|') || text.startsWith('1|')) {
    const second = text.indexOf('|', 2);
    const third = second < 0 ? -1 : text.indexOf('|', second + 1);
    const count = third < 0 ? NaN : Number(text.slice(second + 1, third));
    if (third < 0 || !Number.isInteger(count) || count < 1) {
      throw new KisParseError('websocket', 'frame', text.slice(0, 40), 'e|TR_ID|NNN|payload');
    }
    return {
      kind: 'data',
      encrypted: text[0] === '1',
      trId: text.slice(2, second),
      count,
      payload: text.slice(third + 1),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KisParseError('websocket', 'frame', text.slice(0, 40), 'a data frame or JSON');
  }
  const header = isWireRecord(json) && isWireRecord(json.header) ? json.header : null;
  if (header === null || !isWireRecord(json)) {
    throw new KisParseError('websocket', 'header', undefined, 'an object');
  }
  if (header.tr_id === 'PINGPONG') return { kind: 'pingpong' };
  const body = isWireRecord(json.body) ? json.body : {};
  const output = isWireRecord(body.output) ? body.output : null;
  return {
    kind: 'control',
    trId: str(header.tr_id),
    trKey: str(header.tr_key),
    rtCd: str(body.rt_cd),
    msgCd: str(body.msg_cd),
    msg1: str(body.msg1),
    cipher:
      output && typeof output.key === 'string' && typeof output.iv === 'string'
        ? { key: output.key, iv: output.iv }
        : null,
  };
}

/**
 * Splits a payload of `count` records concatenated with `^` (§8.2). The record width is the
 * field count divided by `count`, so that a layout KIS extends with trailing fields still splits
 * correctly; it must be at least the width this client knows.
 */
export function splitRecords(
  trId: string,
  payload: string,
  count: number,
  knownWidth: number,
): string[][] {
  const fields = payload.split('^');
  const width = fields.length / count;
  if (!Number.isInteger(width) || width < knownWidth) {
    throw new KisParseError(
      trId,
      'payload',
      `${fields.length} fields`,
      `${count} × ${knownWidth} or more fields`,
    );
  }
  const records: string[][] = [];
  for (let start = 0; start < fields.length; start += width) {
    records.push(fields.slice(start, start + width));
  }
  return records;
}
