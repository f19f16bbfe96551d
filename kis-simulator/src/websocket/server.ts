import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { SimulatorContext } from '../context.js';
import type { SessionClock } from '../intraday.js';
import { kstStamp } from '../kst.js';
import { Rng } from '../random.js';
import { CONTROL, controlFrame, type ControlReply } from './control.js';
import { dataFrame } from './frames.js';
import { Ticker } from './ticker.js';

// "1개 appkey당 최대 41건 등록" (KIS_API.md §5).
export const MAX_REGISTRATIONS = 41;
const TRADE_TR = 'H0STCNT0';
const BOOK_TR = 'H0STASP0';
const SUPPORTED = new Set([TRADE_TR, BOOK_TR]);

interface Session {
  socket: WebSocket;
  path: string;
  appKey: string | null;
  /** `${tr_id}|${tr_key}` → the registration. */
  registrations: Map<string, { trId: string; trKey: string }>;
  /** Per-TR AES key/iv handed out on subscribe (unused for market data, but KIS sends them). */
  keys: Map<string, { iv: string; key: string }>;
  bundledOnce: boolean;
}

export interface RealtimeOptions {
  host: string;
  port: number;
  tickIntervalMs: number;
  pingIntervalMs: number;
  clock: SessionClock;
}

const alphanumeric = (length: number) =>
  randomBytes(length)
    .toString('base64')
    .replace(/[^a-zA-Z0-9]/g, 'a')
    .slice(0, length);

/** KIS's real-time WebSocket server: any path, JSON control frames, `|`/`^` data frames. */
export class RealtimeServer {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private readonly liveByAppKey = new Map<string, Session>();
  private readonly ticker: Ticker;
  private readonly rng: Rng;
  private tickTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly context: SimulatorContext,
    private readonly options: RealtimeOptions,
  ) {
    this.ticker = new Ticker(context.intraday, options.clock, options.tickIntervalMs, context.seed);
    this.rng = new Rng(context.seed ^ 0xfeed);
    this.wss = new WebSocketServer({ host: options.host, port: options.port });
    this.wss.on('connection', (socket, request) => this.connect(socket, request));
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.wss.once('error', reject);
      this.wss.once('listening', () => {
        this.wss.off('error', reject);
        const address = this.wss.address();
        this.tickTimer = setInterval(() => this.tick(), this.options.tickIntervalMs);
        this.pingTimer = setInterval(() => this.ping(), this.options.pingIntervalMs);
        this.tickTimer.unref();
        this.pingTimer.unref();
        resolve(address && typeof address === 'object' ? address.port : this.options.port);
      });
    });
  }

  close(): Promise<void> {
    if (this.tickTimer) clearInterval(this.tickTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    for (const session of this.sessions) session.socket.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private connect(socket: WebSocket, request: IncomingMessage): void {
    const session: Session = {
      socket,
      path: new URL(request.url ?? '/', 'ws://simulator').pathname,
      appKey: null,
      registrations: new Map(),
      keys: new Map(),
      bundledOnce: false,
    };
    this.sessions.add(session);
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.receive(session, rawText(data));
    });
    socket.on('close', () => this.release(session));
    socket.on('error', () => this.release(session));
  }

  private release(session: Session): void {
    this.sessions.delete(session);
    if (session.appKey && this.liveByAppKey.get(session.appKey) === session) {
      this.liveByAppKey.delete(session.appKey);
    }
  }

  private receive(session: Session, text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.answer(session, '', '', CONTROL.invalidJson);
      return;
    }
    const header = field(message, 'header');
    if (!header) {
      this.answer(session, '', '', CONTROL.headerNotFound);
      return;
    }
    // The client's echo of a PINGPONG frame needs no answer.
    if (field(header, 'tr_id') === 'PINGPONG') return;
    const input = field(field(message, 'body'), 'input');
    const trId = stringAt(input, 'tr_id');
    const trKey = stringAt(input, 'tr_key');
    const fail = (control: ControlReply) => this.answer(session, trId, trKey, control);

    const approval = this.context.tokens.approval(
      stringAt(header, 'approval_key'),
      this.context.now().getTime(),
    );
    if (!approval) return fail(CONTROL.invalidApproval);
    const custtype = field(header, 'custtype');
    if (custtype === undefined) return fail(CONTROL.custtypeNotFound);
    if (custtype !== 'P' && custtype !== 'B') return fail(CONTROL.invalidCusttype);
    const trType = field(header, 'tr_type');
    if (trType !== '1' && trType !== '2') return fail(CONTROL.invalidTrType);
    if (!field(message, 'body')) return fail(CONTROL.bodyNotFound);
    if (!input) return fail(CONTROL.inputNotFound);

    const live = this.liveByAppKey.get(approval.appKey);
    if (live && live !== session) return fail(CONTROL.appKeyInUse);
    if (!live) {
      this.liveByAppKey.set(approval.appKey, session);
      session.appKey = approval.appKey;
    }
    if (!SUPPORTED.has(trId)) return fail(CONTROL.invalidTrId);
    if (!/^[0-9A-Z]{6,7}$/.test(trKey)) return fail(CONTROL.invalidTrKey);

    const id = `${trId}|${trKey}`;
    if (trType === '2') {
      if (!session.registrations.delete(id)) return fail(CONTROL.notSubscribed);
      return this.answer(session, trId, trKey, CONTROL.unsubscribed);
    }
    if (session.registrations.has(id)) return fail(CONTROL.alreadySubscribed);
    if (session.registrations.size >= MAX_REGISTRATIONS) return fail(CONTROL.maxSubscriptions);
    session.registrations.set(id, { trId, trKey });
    let keys = session.keys.get(trId);
    if (!keys) {
      keys = { iv: alphanumeric(16), key: alphanumeric(32) };
      session.keys.set(trId, keys);
    }
    this.answer(session, trId, trKey, CONTROL.subscribed, keys);
  }

  private answer(
    session: Session,
    trId: string,
    trKey: string,
    control: ControlReply,
    keys?: { iv: string; key: string },
  ): void {
    if (session.socket.readyState === session.socket.OPEN) {
      session.socket.send(controlFrame(trId, trKey, control, keys));
    }
  }

  private tick(): void {
    if (this.sessions.size === 0) return;
    const now = this.context.now();
    const wanted = (trId: string) =>
      new Set(
        [...this.sessions].flatMap((session) =>
          [...session.registrations.values()].filter((r) => r.trId === trId).map((r) => r.trKey),
        ),
      );
    const trades = this.ticker.trade(wanted(TRADE_TR), now);
    const books = this.ticker.book(wanted(BOOK_TR), now);
    for (const session of [...this.sessions]) {
      if (this.context.faults.strike('websocket', session.path) === 'drop-socket') {
        // Abrupt: no close frame, as when KIS's server or the network drops the session.
        session.socket.terminate();
        this.release(session);
        continue;
      }
      if (session.socket.readyState !== session.socket.OPEN) continue;
      const mine = (records: Map<string, string[]>, trId: string) =>
        [...session.registrations.values()]
          .filter((registration) => registration.trId === trId)
          .map((registration) => records.get(registration.trKey))
          .filter((record): record is string[] => record !== undefined);
      const tradeRecords = mine(trades, TRADE_TR);
      // Ticks of several symbols in the same instant sometimes come as one multi-record frame.
      if (tradeRecords.length > 1 && (!session.bundledOnce || this.rng.next() < 0.5)) {
        session.bundledOnce = true;
        session.socket.send(dataFrame(TRADE_TR, tradeRecords));
      } else {
        for (const record of tradeRecords) session.socket.send(dataFrame(TRADE_TR, [record]));
      }
      for (const record of mine(books, BOOK_TR)) session.socket.send(dataFrame(BOOK_TR, [record]));
    }
  }

  private ping(): void {
    const frame = JSON.stringify({
      header: { tr_id: 'PINGPONG', datetime: kstStamp(this.context.now()) },
    });
    for (const session of this.sessions) {
      if (session.socket.readyState === session.socket.OPEN) session.socket.send(frame);
    }
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function stringAt(value: unknown, name: string): string {
  const found = field(value, name);
  return typeof found === 'string' ? found : '';
}
