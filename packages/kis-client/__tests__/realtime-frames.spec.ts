import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  KisParseError,
  ORDER_BOOK_FIELDS,
  TRADE_FIELDS,
  parseFrame,
  parseOrderBook,
  parseTrade,
  splitRecords,
} from '@capstone/kis-client';

// The official sample frame of the KIS workbook (KIS_API.md §8.2): Samsung, 2023-06-12 09:33:54.
const SAMPLE =
  '0|H0STCNT0|001|005930^093354^71900^5^-100^-0.14^72023.83^72100^72400^71700^71900^71800^1^3052507^219853241700^5105^6937^1832^84.90^1366314^1159996^1^0.39^20.28^090020^5^-200^090820^5^-500^092619^2^200^20230612^20^N^65945^216924^1118750^2199206^0.05^2424142^125.92^0^^72100';

const samplePayload = SAMPLE.split('|')[3]!;

describe('a H0STCNT0 data frame', () => {
  it('splits into encryption flag, TR, count and payload', () => {
    expect(parseFrame(SAMPLE)).toEqual({
      kind: 'data',
      encrypted: false,
      trId: 'H0STCNT0',
      count: 1,
      payload: samplePayload,
    });
  });

  it('parses the official sample into a typed trade, field by field', () => {
    expect(TRADE_FIELDS).toHaveLength(46);
    const [fields] = splitRecords('H0STCNT0', samplePayload, 1, 46);
    expect(parseTrade(fields!)).toEqual({
      symbol: '005930',
      time: '09:33:54',
      price: 71900,
      changeSign: 'down',
      change: -100,
      changeRate: -0.14,
      vwap: 72023.83,
      open: 72100,
      high: 72400,
      low: 71700,
      askPrice1: 71900,
      bidPrice1: 71800,
      volume: 1,
      accumulatedVolume: 3052507,
      accumulatedValue: 219853241700,
      sellTradeCount: 5105,
      buyTradeCount: 6937,
      netBuyTradeCount: 1832,
      tradeStrength: 84.9,
      sellVolumeTotal: 1366314,
      buyVolumeTotal: 1159996,
      side: 'buy',
      buyRatio: 0.39,
      volumeRateVsPreviousDay: 20.28,
      openTime: '09:00:20',
      priceVsOpenSign: 'down',
      priceVsOpen: -200,
      highTime: '09:08:20',
      priceVsHighSign: 'down',
      priceVsHigh: -500,
      lowTime: '09:26:19',
      priceVsLowSign: 'up',
      priceVsLow: 200,
      businessDate: '2023-06-12',
      marketOperationCode: '20',
      halted: false,
      askQuantity1: 65945,
      bidQuantity1: 216924,
      totalAskQuantity: 1118750,
      totalBidQuantity: 2199206,
      turnoverRate: 0.05,
      previousDaySameTimeVolume: 2424142,
      previousDaySameTimeVolumeRate: 125.92,
      hourClassCode: '0',
      randomEndCode: '',
      viStandardPrice: 72100,
    });
  });

  it('splits a multi-record frame (count 003) by the 46-field width', () => {
    const second = samplePayload.replace('005930^093354^71900', '000660^093355^128500');
    const third = samplePayload.replace('005930^093354^71900', '005930^093356^72000');
    const frame = parseFrame(`0|H0STCNT0|003|${[samplePayload, second, third].join('^')}`);
    if (frame.kind !== 'data') throw new Error('expected a data frame');
    const trades = splitRecords(frame.trId, frame.payload, frame.count, 46).map(parseTrade);
    expect(trades.map((trade) => [trade.symbol, trade.time, trade.price])).toEqual([
      ['005930', '09:33:54', 71900],
      ['000660', '09:33:55', 128500],
      ['005930', '09:33:56', 72000],
    ]);
  });

  it('accepts a layout extended with trailing fields, and refuses one that is too short', () => {
    const extended = `${samplePayload}^X^${samplePayload}^Y`;
    expect(splitRecords('H0STCNT0', extended, 2, 46).map((record) => record.length)).toEqual([
      47, 47,
    ]);
    expect(() => splitRecords('H0STCNT0', samplePayload, 2, 46)).toThrow(KisParseError);
    expect(() => splitRecords('H0STCNT0', '005930^093354', 1, 46)).toThrow(/H0STCNT0 PARSE/);
  });

  it('names the TR and the field when a number is not one', () => {
    const broken = samplePayload.replace('^71900^5^', '^7l900^5^').split('^');
    expect(() => parseTrade(broken)).toThrow(/H0STCNT0 PARSE: STCK_PRPR is "7l900"/);
  });

  it('refuses a frame without a record count', () => {
    expect(() => parseFrame('0|H0STCNT0|abc|x')).toThrow(KisParseError);
    expect(() => parseFrame('not json')).toThrow(KisParseError);
  });
});

describe('a H0STASP0 order-book frame', () => {
  it('parses 59 fields into ten ask and bid levels and the expected-price block', () => {
    expect(ORDER_BOOK_FIELDS).toHaveLength(59);
    const asks = Array.from({ length: 10 }, (_, i) => String(72000 + i * 100));
    const bids = Array.from({ length: 10 }, (_, i) => String(71900 - i * 100));
    const askQty = Array.from({ length: 10 }, (_, i) => String(1000 + i));
    const bidQty = Array.from({ length: 10 }, (_, i) => String(2000 + i));
    const fields = [
      '005930',
      '093354',
      '0',
      ...asks,
      ...bids,
      ...askQty,
      ...bidQty,
      '10045',
      '20045',
      '0',
      '0',
      '71950',
      '500',
      '600',
      '-50',
      '5',
      '-0.07',
      '3052507',
      '-12',
      '34',
      '0',
      '0',
      '',
    ];
    expect(fields).toHaveLength(59);
    const frame = parseFrame(`0|H0STASP0|001|${fields.join('^')}`);
    if (frame.kind !== 'data') throw new Error('expected a data frame');
    const [record] = splitRecords(frame.trId, frame.payload, frame.count, 59);
    const book = parseOrderBook(record!);
    expect(book.symbol).toBe('005930');
    expect(book.time).toBe('09:33:54');
    expect(book.asks[0]).toEqual({ price: 72000, quantity: 1000 });
    expect(book.asks[9]).toEqual({ price: 72900, quantity: 1009 });
    expect(book.bids[0]).toEqual({ price: 71900, quantity: 2000 });
    expect(book.bids[9]).toEqual({ price: 71000, quantity: 2009 });
    expect(book).toMatchObject({
      totalAskQuantity: 10045,
      totalBidQuantity: 20045,
      expected: {
        price: 71950,
        quantity: 500,
        volume: 600,
        change: -50,
        changeSign: 'down',
        changeRate: -0.07,
      },
      accumulatedVolume: 3052507,
      totalAskQuantityChange: -12,
      totalBidQuantityChange: 34,
    });
  });
});

describe('JSON text frames', () => {
  it('recognises PINGPONG by its tr_id', () => {
    expect(parseFrame('{"header":{"tr_id":"PINGPONG","datetime":"20230612093000"}}')).toEqual({
      kind: 'pingpong',
    });
  });

  it('reads a subscribe reply with its cipher key and IV', () => {
    const reply = JSON.stringify({
      header: { tr_id: 'H0STCNT0', tr_key: '005930', encrypt: 'N' },
      body: {
        rt_cd: '0',
        msg_cd: 'OPSP0000',
        msg1: 'SUBSCRIBE SUCCESS',
        output: { iv: '0123456789abcdef', key: 'abcdefghijklmnopabcdefghijklmnop' },
      },
    });
    expect(parseFrame(reply)).toEqual({
      kind: 'control',
      trId: 'H0STCNT0',
      trKey: '005930',
      rtCd: '0',
      msgCd: 'OPSP0000',
      msg1: 'SUBSCRIBE SUCCESS',
      cipher: { iv: '0123456789abcdef', key: 'abcdefghijklmnopabcdefghijklmnop' },
    });
  });

  it('reads a refusal without output', () => {
    const reply =
      '{"header":{"tr_id":"H0STCNT0","tr_key":"005930","encrypt":"N"},"body":{"rt_cd":"1","msg_cd":"OPSP0008","msg1":"MAX SUBSCRIBE OVER"}}';
    expect(parseFrame(reply)).toMatchObject({ kind: 'control', msgCd: 'OPSP0008', cipher: null });
  });
});

describe('an encrypted frame', () => {
  it('carries Base64 AES-256-CBC of the usual payload', async () => {
    const { decryptPayload } = await import('../src/realtime/decrypt.js');
    const cipher = { key: 'abcdefghijklmnopabcdefghijklmnop', iv: '0123456789abcdef' };
    const encrypt = createCipheriv('aes-256-cbc', Buffer.from(cipher.key), Buffer.from(cipher.iv));
    const sealed = Buffer.concat([encrypt.update(samplePayload, 'utf8'), encrypt.final()]);
    const frame = parseFrame(`1|H0STCNT0|001|${sealed.toString('base64')}`);
    if (frame.kind !== 'data') throw new Error('expected a data frame');
    expect(frame.encrypted).toBe(true);
    expect(decryptPayload(frame.payload, cipher)).toBe(samplePayload);
  });
});
