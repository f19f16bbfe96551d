import { Rng } from './random.js';
import type { FaultController, FaultKind, FaultSpec } from './types.js';

export const FAULT_KINDS: readonly FaultKind[] = [
  'server-error',
  'rate-limit',
  'token-expired',
  'token-invalid',
  'drop-socket',
];

/** Where a fault can strike: quotation calls, the OAuth/master-file endpoints, WebSocket frames. */
export type FaultChannel = 'uapi' | 'other-rest' | 'websocket';

const KINDS_BY_CHANNEL: Record<FaultChannel, ReadonlySet<FaultKind>> = {
  uapi: new Set(FAULT_KINDS),
  'other-rest': new Set<FaultKind>(['server-error', 'drop-socket']),
  websocket: new Set<FaultKind>(['drop-socket']),
};

export class InvalidFaultError extends Error {
  override name = 'InvalidFaultError';
}

/** Checks a fault as it arrives over HTTP or from code; returns the problem, or the fault. */
export function parseFault(input: unknown): FaultSpec | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return 'a fault is a JSON object';
  }
  const record = input as Record<string, unknown>;
  const known = new Set(['kind', 'times', 'everyNth', 'probability', 'path']);
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) return `unknown field(s): ${unknown.join(', ')}`;
  const { kind, times, everyNth, probability, path } = record;
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    return `kind must be one of ${FAULT_KINDS.join(', ')}`;
  }
  const positiveInteger = (value: unknown) =>
    value === undefined || (typeof value === 'number' && Number.isInteger(value) && value > 0);
  if (!positiveInteger(times)) return 'times must be a positive integer';
  if (!positiveInteger(everyNth)) return 'everyNth must be a positive integer';
  if (
    probability !== undefined &&
    (typeof probability !== 'number' || !(probability >= 0 && probability <= 1))
  ) {
    return 'probability must be a number from 0 to 1';
  }
  if (path !== undefined && (typeof path !== 'string' || path.length === 0)) {
    return 'path must be a non-empty string';
  }
  const fault: FaultSpec = { kind: kind as FaultKind };
  if (times !== undefined) fault.times = times as number;
  if (everyNth !== undefined) fault.everyNth = everyNth as number;
  if (probability !== undefined) fault.probability = probability;
  if (path !== undefined) fault.path = path as string;
  return fault;
}

interface Rule {
  spec: FaultSpec;
  remaining: number;
  seen: number;
}

export class FaultInjector implements FaultController {
  private rules: Rule[] = [];
  readonly injected: Record<string, number> = {};
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = new Rng(seed ^ 0x5eed);
  }

  inject(fault: FaultSpec): void {
    const parsed = parseFault(fault);
    if (typeof parsed === 'string') throw new InvalidFaultError(parsed);
    const once = parsed.everyNth === undefined && parsed.probability === undefined;
    this.rules.push({
      spec: parsed,
      remaining: parsed.times ?? (once ? 1 : Number.POSITIVE_INFINITY),
      seen: 0,
    });
  }

  clear(): void {
    this.rules = [];
  }

  get active(): number {
    return this.rules.length;
  }

  /** The fault to act out for this request or frame, if one fires; counts it. */
  strike(channel: FaultChannel, path: string): FaultKind | null {
    const allowed = KINDS_BY_CHANNEL[channel];
    for (const rule of this.rules) {
      const { spec } = rule;
      if (!allowed.has(spec.kind)) continue;
      if (spec.path !== undefined && !path.includes(spec.path)) continue;
      rule.seen++;
      if (spec.everyNth !== undefined && rule.seen % spec.everyNth !== 0) continue;
      if (spec.probability !== undefined && this.rng.next() >= spec.probability) continue;
      rule.remaining--;
      if (rule.remaining <= 0) this.rules = this.rules.filter((other) => other !== rule);
      this.injected[spec.kind] = (this.injected[spec.kind] ?? 0) + 1;
      return spec.kind;
    }
    return null;
  }
}
