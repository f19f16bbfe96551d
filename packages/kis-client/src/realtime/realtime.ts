import { EventEmitter } from 'node:events';
import WebSocket, { type RawData } from 'ws';
import { KisError, KisRealtimeError, KisSubscriptionLimitError, KisParseError } from '../errors.js';
import { silentLogger, type KisLogger } from '../logger.js';
import { backoffDelay, type RetryPolicy } from '../retry.js';
import { decryptPayload } from './decrypt.js';
import { parseFrame, splitRecords, type ControlFrame, type DataFrame } from './frames.js';
import {
  ORDER_BOOK_TR_ID,
  ORDER_BOOK_WIDTH,
  parseOrderBook,
  type RealtimeOrderBook,
} from './order-book.js';
import { TRADE_TR_ID, TRADE_WIDTH, parseTrade, type RealtimeTrade } from './trade.js';

/** KIS registers at most 41 subscriptions per app key (§5). */
export const MAX_SUBSCRIPTIONS = 41;

export type ApprovalKeyProvider = (options: { refresh?: boolean }) => Promise<string>;

export interface KisRealtimeOptions {
  /** A `KisClient` (its approval key and WebSocket URL), or give `approvalKey` and `wsUrl`. */
  client?: { approvalKey: ApprovalKeyProvider; wsUrl: string };
  approvalKey?: ApprovalKeyProvider;
  wsUrl?: string;
  /** The `ws` WebSocket class (default), or a compatible subclass. */
  WebSocket?: typeof WebSocket;
  custType?: 'P' | 'B';
  maxSubscriptions?: number;
  /** How long a subscribe/unsubscribe waits for KIS's reply. Default 10 s. */
  replyTimeoutMs?: number;
  /** Backoff between reconnection attempts. Default 500 ms doubling to 30 s. */
  reconnect?: { baseDelayMs?: number; maxDelayMs?: number };
  logger?: KisLogger;
}

export interface RealtimeDisconnect {
  code: number;
  reason: string;
  /** False after `close()` or when nothing is subscribed. */
  willReconnect: boolean;
}

/** Events of `KisRealtime`. `error` is emitted only while someone listens for it. */
export type KisRealtimeEvents = {
  connected: [];
  disconnected: [RealtimeDisconnect];
  trade: [RealtimeTrade];
  orderBook: [RealtimeOrderBook];
  /** Records of TRs without a typed parser, split into fields. */
  data: [{ trId: string; fields: string[] }];
  pingpong: [];
  error: [KisError];
};

export interface Subscription {
  trId: string;
  trKey: string;
}

interface Waiter {
  promise: Promise<void>;
  trId: string;
  trKey: string;
  resolve(): void;
  reject(error: KisError): void;
  timer: NodeJS.Timeout;
}

// The server refused the approval key: "invalid approval : NOT FOUND" (observed, not in §8.1).
const APPROVAL_REFUSED = 'OPSP0011';
const REFUSALS_BEFORE_GIVING_UP = 3;
// Another session holds the app key: fatal for a first session, transient right after a drop.
const KEY_IN_USE = 'OPSP8996';

const keyOf = (trId: string, trKey: string) => `${trId}|${trKey}`;

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/**
 * One WebSocket session to KIS, opened on the first subscribe. It answers PINGPONG, keeps the
 * subscriptions it was asked for, and after a dropped socket reconnects with backoff and
 * registers them all again (with a new approval key when KIS refused the old one).
 */
export class KisRealtime extends EventEmitter<KisRealtimeEvents> {
  private readonly approvalKeyProvider: ApprovalKeyProvider;
  private readonly url: string;
  private readonly WebSocketImpl: typeof WebSocket;
  private readonly custType: 'P' | 'B';
  private readonly maxSubscriptions: number;
  private readonly replyTimeoutMs: number;
  private readonly backoff: RetryPolicy;
  private readonly logger: KisLogger;

  private socket: WebSocket | null = null;
  private opening: Promise<void> | null = null;
  private approvalKey = '';
  private refreshApproval = false;
  private approvalRefusals = 0;
  private reconnectAttempt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** The current session replaced a dropped one (its registrations are re-registrations). */
  private resumed = false;
  private closed = false;
  /** What the caller asked for, confirmed or not; re-registered on every new session. */
  private readonly desired = new Map<string, Subscription>();
  /** Confirmed by KIS in the current session. */
  private readonly active = new Set<string>();
  private readonly waiting = new Map<string, Waiter>();
  private readonly ciphers = new Map<string, { key: string; iv: string }>();

  constructor(options: KisRealtimeOptions) {
    super();
    const provider = options.approvalKey ?? options.client?.approvalKey;
    const url = options.wsUrl ?? options.client?.wsUrl;
    if (!provider || !url) {
      throw new TypeError('createKisRealtime needs a client, or approvalKey and wsUrl');
    }
    this.approvalKeyProvider = provider;
    this.url = url;
    this.WebSocketImpl = options.WebSocket ?? WebSocket;
    this.custType = options.custType ?? 'P';
    this.maxSubscriptions = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS;
    this.replyTimeoutMs = options.replyTimeoutMs ?? 10_000;
    this.backoff = {
      attempts: Infinity,
      baseDelayMs: options.reconnect?.baseDelayMs ?? 500,
      maxDelayMs: options.reconnect?.maxDelayMs ?? 30_000,
    };
    this.logger = options.logger ?? silentLogger;
  }

  get isConnected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Subscriptions asked for and not released, confirmed or still pending. */
  subscriptions(): Subscription[] {
    return [...this.desired.values()];
  }

  /** Opens the session now rather than on the first subscribe. */
  connect(): Promise<void> {
    if (this.closed) return Promise.reject(this.closedError('websocket', ''));
    if (this.isConnected) return Promise.resolve();
    this.opening ??= this.open().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  /**
   * Registers `trKey` (a stock code) for `trId` (H0STCNT0 trades, H0STASP0 order book, …).
   * Resolves when KIS confirms (OPSP0000, or OPSP0002 already subscribed); the 42nd
   * registration is refused here without asking KIS.
   */
  subscribe(trId: string, trKey: string): Promise<void> {
    if (this.closed) return Promise.reject(this.closedError(trId, trKey));
    const key = keyOf(trId, trKey);
    if (this.active.has(key)) return Promise.resolve();
    const existing = this.waiting.get(`1:${key}`);
    if (existing) return existing.promise;
    if (!this.desired.has(key) && this.desired.size >= this.maxSubscriptions) {
      return Promise.reject(
        new KisSubscriptionLimitError({
          trId,
          trKey,
          msgCd: 'OPSP0008',
          msg1: `MAX SUBSCRIBE OVER: ${this.maxSubscriptions} registrations per app key (client-side)`,
        }),
      );
    }
    this.desired.set(key, { trId, trKey });
    const promise = this.waitFor('1', trId, trKey);
    if (this.isConnected) this.sendRequest('1', trId, trKey);
    else this.connect().catch(() => this.scheduleReconnect());
    return promise;
  }

  /** Releases a registration; resolves at once when there is no session to release it from. */
  unsubscribe(trId: string, trKey: string): Promise<void> {
    const key = keyOf(trId, trKey);
    this.desired.delete(key);
    this.settle('1', key, (waiter) => waiter.reject(this.closedError(trId, trKey, 'UNSUBSCRIBED')));
    if (!this.isConnected || !this.active.has(key)) return Promise.resolve();
    const existing = this.waiting.get(`2:${key}`);
    if (existing) return existing.promise;
    const promise = this.waitFor('2', trId, trKey);
    this.sendRequest('2', trId, trKey);
    return promise;
  }

  /** Closes the session for good; pending subscribes are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    for (const [id, waiter] of [...this.waiting]) {
      this.waiting.delete(id);
      clearTimeout(waiter.timer);
      waiter.reject(this.closedError(waiter.trId, waiter.trKey));
    }
    await this.opening?.catch(() => {});
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => socket.terminate(), 2_000);
      socket.once('close', () => {
        clearTimeout(force);
        resolve();
      });
      socket.close(1000, 'client closed');
    });
  }

  private closedError(trId: string, trKey: string, code = 'CLOSED') {
    return new KisRealtimeError({
      trId,
      trKey,
      msgCd: code,
      msg1: 'the realtime client is closed',
    });
  }

  private waitFor(trType: '1' | '2', trId: string, trKey: string): Promise<void> {
    const id = `${trType}:${keyOf(trId, trKey)}`;
    let resolve!: () => void;
    let reject!: (error: KisError) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const timer = setTimeout(() => {
      this.waiting.delete(id);
      // A subscribe that was never confirmed is not kept: the caller was told it failed.
      if (trType === '1') this.desired.delete(keyOf(trId, trKey));
      reject(
        new KisRealtimeError({
          trId,
          trKey,
          msgCd: 'TIMEOUT',
          msg1: `no reply within ${this.replyTimeoutMs} ms`,
        }),
      );
    }, this.replyTimeoutMs);
    this.waiting.set(id, { promise, resolve, reject, timer, trId, trKey });
    return promise;
  }

  private settle(trType: '1' | '2', key: string, action: (waiter: Waiter) => void): boolean {
    const id = `${trType}:${key}`;
    const waiter = this.waiting.get(id);
    if (!waiter) return false;
    this.waiting.delete(id);
    clearTimeout(waiter.timer);
    action(waiter);
    return true;
  }

  private async open(): Promise<void> {
    let socket: WebSocket;
    try {
      this.approvalKey = await this.approvalKeyProvider({ refresh: this.refreshApproval });
      this.refreshApproval = false;
      socket = new this.WebSocketImpl(this.url);
      await new Promise<void>((resolve, reject) => {
        const fail = (error: Error) => {
          socket.removeAllListeners();
          socket.on('error', () => {});
          socket.terminate();
          reject(error);
        };
        const onClose = (code: number) => fail(new Error(`closed with ${code} before opening`));
        socket.once('open', () => {
          socket.off('error', fail);
          socket.off('close', onClose);
          // Synchronously: ws emits frames that came with the handshake right after 'open', before
          // any promise continuation could attach a listener.
          this.attach(socket);
          resolve();
        });
        socket.once('error', fail);
        socket.once('close', onClose);
      });
    } catch (error) {
      // A session that cannot even open may be a refused key; the next attempt takes a new one.
      this.refreshApproval = true;
      throw error instanceof KisError
        ? error
        : new KisRealtimeError({
            trId: 'websocket',
            trKey: '',
            msgCd: 'CONNECT_FAILED',
            msg1: error instanceof Error ? error.message : String(error),
          });
    }
    if (this.closed) {
      socket.close(1000, 'client closed');
      return;
    }
    // The backoff is reset only once KIS confirms a registration, so that a session which opens
    // and is then refused (OPSP0011, OPSP8996) still backs off further each time.
    this.resumed = this.reconnectAttempt > 0;
    this.logger.info({ url: this.url }, 'kis: realtime connected');
    this.emit('connected');
    for (const { trId, trKey } of this.desired.values()) this.sendRequest('1', trId, trKey);
  }

  private attach(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.onText(socket, rawText(data));
    });
    socket.on('error', (error) => {
      this.logger.warn({ err: error }, 'kis: realtime socket error');
    });
    socket.on('close', (code, reason) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.active.clear();
      this.ciphers.clear();
      // An unsubscribe cannot be confirmed any more, and the session that held it is gone.
      for (const id of [...this.waiting.keys()].filter((key) => key.startsWith('2:'))) {
        this.settle('2', id.slice(2), (waiter) => waiter.resolve());
      }
      const willReconnect = !this.closed && this.desired.size > 0;
      this.logger.info({ code, willReconnect }, 'kis: realtime disconnected');
      this.emit('disconnected', { code, reason: reason.toString('utf8'), willReconnect });
      if (willReconnect) this.scheduleReconnect();
    });
  }

  private scheduleReconnect() {
    if (this.closed || this.reconnectTimer || this.opening || this.isConnected) return;
    if (this.desired.size === 0) return;
    const delayMs = backoffDelay(this.reconnectAttempt, this.backoff);
    this.reconnectAttempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error, attempt: this.reconnectAttempt }, 'kis: reconnect failed');
        this.scheduleReconnect();
      });
    }, delayMs);
  }

  private sendRequest(trType: '1' | '2', trId: string, trKey: string) {
    this.socket?.send(
      JSON.stringify({
        header: {
          approval_key: this.approvalKey,
          custtype: this.custType,
          tr_type: trType,
          'content-type': 'utf-8',
        },
        body: { input: { tr_id: trId, tr_key: trKey } },
      }),
    );
  }

  private report(error: KisError) {
    this.logger.warn({ err: error }, 'kis: realtime error');
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  private onText(socket: WebSocket, text: string) {
    try {
      const frame = parseFrame(text);
      if (frame.kind === 'pingpong') {
        // Echo the same text frame, as KIS's own samples and PYKIS do (§8.4).
        socket.send(text);
        this.emit('pingpong');
      } else if (frame.kind === 'control') {
        this.onControl(socket, frame);
      } else {
        this.onData(frame);
      }
    } catch (error) {
      if (error instanceof KisError) this.report(error);
      else throw error;
    }
  }

  private onControl(socket: WebSocket, frame: ControlFrame) {
    const key = keyOf(frame.trId, frame.trKey);
    const failure = () =>
      new KisRealtimeError({
        trId: frame.trId,
        trKey: frame.trKey,
        msgCd: frame.msgCd,
        msg1: frame.msg1,
      });
    const unsubscribed = () => {
      this.active.delete(key);
      this.settle('2', key, (waiter) => waiter.resolve());
    };
    if (frame.msg1.toUpperCase().startsWith('UNSUB') && frame.rtCd === '0') return unsubscribed();
    switch (frame.msgCd) {
      case 'OPSP0000': // SUBSCRIBE SUCCESS
      case 'OPSP0002': // ALREADY IN SUBSCRIBE: the goal holds
        if (frame.cipher) this.ciphers.set(frame.trId, frame.cipher);
        this.approvalRefusals = 0;
        this.reconnectAttempt = 0;
        if (!this.desired.has(key)) return; // released while the reply was on its way
        this.active.add(key);
        this.settle('1', key, (waiter) => waiter.resolve());
        return;
      case 'OPSP0001': // UNSUBSCRIBE SUCCESS
      case 'OPSP0003': // UNSUBSCRIBE ERROR (not found): the goal holds
        return unsubscribed();
      case APPROVAL_REFUSED: {
        this.approvalRefusals += 1;
        const error = failure();
        if (this.approvalRefusals >= REFUSALS_BEFORE_GIVING_UP) {
          this.desired.delete(key);
          if (!this.settle('1', key, (waiter) => waiter.reject(error))) this.report(error);
        }
        // Start a new session with a new key; everything still desired is registered again.
        this.refreshApproval = true;
        if (socket.readyState === WebSocket.OPEN) socket.close(4000, 'approval key refused');
        return;
      }
      case KEY_IN_USE:
        if (this.resumed) {
          // KIS may not have noticed yet that the dropped session is gone: try again later.
          this.report(failure());
          if (socket.readyState === WebSocket.OPEN) socket.close(4000, 'app key still in use');
          return;
        }
        break;
      default:
        if (frame.rtCd === '0') {
          this.settle('1', key, (waiter) => waiter.resolve());
          return;
        }
    }
    // OPSP0007 internal error, OPSP0008 MAX SUBSCRIBE OVER, OPSP8996 app key in use by another
    // session, OPSP8991/8992 invalid tr_id/tr_key, …: this registration failed.
    const error =
      frame.msgCd === 'OPSP0008'
        ? new KisSubscriptionLimitError({
            trId: frame.trId,
            trKey: frame.trKey,
            msgCd: frame.msgCd,
            msg1: frame.msg1,
          })
        : failure();
    this.desired.delete(key);
    if (!this.settle('1', key, (waiter) => waiter.reject(error))) this.report(error);
  }

  private onData(frame: DataFrame) {
    let payload = frame.payload;
    if (frame.encrypted) {
      const cipher = this.ciphers.get(frame.trId);
      if (!cipher) throw new KisParseError(frame.trId, 'cipher', undefined, 'a key from OPSP0000');
      payload = decryptPayload(payload, cipher);
    }
    if (frame.trId === TRADE_TR_ID) {
      for (const fields of splitRecords(frame.trId, payload, frame.count, TRADE_WIDTH)) {
        this.emit('trade', parseTrade(fields));
      }
    } else if (frame.trId === ORDER_BOOK_TR_ID) {
      for (const fields of splitRecords(frame.trId, payload, frame.count, ORDER_BOOK_WIDTH)) {
        this.emit('orderBook', parseOrderBook(fields));
      }
    } else {
      for (const fields of splitRecords(frame.trId, payload, frame.count, 1)) {
        this.emit('data', { trId: frame.trId, fields });
      }
    }
  }
}

export function createKisRealtime(options: KisRealtimeOptions): KisRealtime {
  return new KisRealtime(options);
}
