import { FORECAST_KINDS, type ForecastKind } from '@capstone/forecasting';
import type { Logger } from '@capstone/observability';
import type { Registry } from 'prom-client';
import type { ArtifactStore } from '../artifacts/store.js';
import type { ModelVersion } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import {
  MODEL_KINDS,
  newestVersion,
  previouslyPromoted,
  promotedVersions,
} from '../registry/registry.js';
import { ArtifactRefusedError, loadModel, type LoadedModel } from './loaded-model.js';
import { ServingMetrics } from './serving-metrics.js';

/** What answers for one kind: a loaded promoted model, or the baseline when none may serve. */
export type KindServing =
  | { readonly source: 'MODEL'; readonly version: ModelVersion; readonly model: LoadedModel }
  | { readonly source: 'BASELINE'; readonly version: ModelVersion };

/** The models one request (or one publication) uses from start to end, whatever swaps meanwhile. */
export interface ServingSnapshot {
  readonly volatility: KindServing | null;
  readonly direction: KindServing | null;
  release(): void;
}

export interface Refusal {
  readonly version: ModelVersion;
  readonly problems: ArtifactRefusedError['problems'];
  readonly at: Date;
}

export interface KindStatus {
  readonly kind: ForecastKind;
  readonly serving: KindServing | null;
  /** The registry's promoted version, which may differ from the serving one if it was refused. */
  readonly promoted: ModelVersion | null;
  /** The last promoted version this process refused to load. */
  readonly refusal: Refusal | null;
  readonly since: Date | null;
}

interface Entry {
  readonly serving: KindServing;
  readonly since: Date;
  users: number;
  retired: boolean;
}

interface Slot {
  current: Entry | null;
  promoted: ModelVersion | null;
  refusal: Refusal | null;
}

/**
 * Holds the ONNX sessions that serve, one per kind, and swaps them when the registry promotes a
 * new version. A request takes a snapshot of the current sessions and keeps them until it ends;
 * a swap only replaces what the next snapshot gets, and a replaced session is released once its
 * last request has finished. So a swap never fails a request. A version whose artifact does not
 * pass the checks is refused and the one serving before keeps serving.
 */
export class ModelServer {
  private readonly slots: Record<ForecastKind, Slot> = {
    volatility: { current: null, promoted: null, refusal: null },
    direction: { current: null, promoted: null, refusal: null },
  };
  private refreshing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly metrics: ServingMetrics | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly store: ArtifactStore,
    private readonly logger: Logger,
    /** The service's registry, for the serving metrics; none in the retraining CLI. */
    registry?: Registry,
  ) {
    this.metrics = registry && new ServingMetrics(registry, () => this.status());
  }

  /** The current sessions, held until `release()`. */
  acquire(): ServingSnapshot {
    const entries = FORECAST_KINDS.map((kind) => this.slots[kind].current);
    for (const entry of entries) if (entry) entry.users++;
    let released = false;
    return {
      volatility: this.slots.volatility.current?.serving ?? null,
      direction: this.slots.direction.current?.serving ?? null,
      release: () => {
        if (released) return;
        released = true;
        for (const entry of entries) if (entry) this.leave(entry);
      },
    };
  }

  /** Runs `work` with a snapshot, releasing it however `work` ends. */
  async withSnapshot<T>(work: (snapshot: ServingSnapshot) => Promise<T>): Promise<T> {
    const snapshot = this.acquire();
    try {
      return await work(snapshot);
    } finally {
      snapshot.release();
    }
  }

  status(): KindStatus[] {
    return FORECAST_KINDS.map((kind) => {
      const slot = this.slots[kind];
      return {
        kind,
        serving: slot.current?.serving ?? null,
        promoted: slot.promoted,
        refusal: slot.refusal,
        since: slot.current?.since ?? null,
      };
    });
  }

  /**
   * Reads the registry and swaps in what it promotes. Refreshes run one at a time; calling it
   * while one runs queues one more.
   */
  refresh(): Promise<void> {
    const next = this.refreshing.then(() => this.refreshNow());
    this.refreshing = next.catch((error: unknown) =>
      this.logger.error({ err: error }, 'ai: reading the model registry failed'),
    );
    return next;
  }

  /**
   * Loads a version's artifact with every check serving applies, then lets it go: what an
   * administrator's promotion asks first, so a file that would be refused is never promoted.
   * Null when it loads; the refusal otherwise.
   */
  async check(version: ModelVersion): Promise<ArtifactRefusedError | null> {
    try {
      const loaded = await loadModel(this.store, version);
      await loaded.release();
      return null;
    } catch (error) {
      if (error instanceof ArtifactRefusedError) return error;
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.refreshing;
    for (const kind of FORECAST_KINDS) {
      const entry = this.slots[kind].current;
      this.slots[kind].current = null;
      if (entry) this.retire(entry);
    }
  }

  private async refreshNow(): Promise<void> {
    if (this.closed) return;
    const promoted = await promotedVersions(this.prisma);
    for (const kind of FORECAST_KINDS) {
      await this.refreshKind(kind, promoted.get(MODEL_KINDS[kind]) ?? null);
    }
  }

  private async refreshKind(kind: ForecastKind, promoted: ModelVersion | null): Promise<void> {
    const slot = this.slots[kind];
    slot.promoted = promoted;
    const current = slot.current?.serving;
    if (promoted) {
      if (current?.source === 'MODEL' && current.version.id === promoted.id) return;
      if (slot.refusal?.version.id === promoted.id && current) return;
      const loaded = await this.tryLoad(kind, promoted);
      if (loaded) return this.swap(kind, { source: 'MODEL', version: promoted, model: loaded });
      if (current) return;
      // Starting with a refused artifact: the versions promoted before it, newest first.
      for (const earlier of await previouslyPromoted(this.prisma, MODEL_KINDS[kind])) {
        const fallback = await this.tryLoad(kind, earlier, false);
        if (fallback)
          return this.swap(kind, { source: 'MODEL', version: earlier, model: fallback });
      }
      return this.swap(kind, { source: 'BASELINE', version: promoted });
    }
    const newest = await newestVersion(this.prisma, MODEL_KINDS[kind]);
    if (!newest) return;
    if (current?.source === 'BASELINE' && current.version.id === newest.id) return;
    this.swap(kind, { source: 'BASELINE', version: newest });
  }

  private async tryLoad(
    kind: ForecastKind,
    version: ModelVersion,
    remember = true,
  ): Promise<LoadedModel | null> {
    try {
      return await loadModel(this.store, version);
    } catch (error) {
      if (!(error instanceof ArtifactRefusedError)) throw error;
      this.logger.error(
        { kind, version: version.version, problems: error.problems.map((p) => p.code) },
        `ai: ${error.message}; the model serving before keeps serving`,
      );
      if (remember)
        this.slots[kind].refusal = { version, problems: error.problems, at: new Date() };
      return null;
    }
  }

  private swap(kind: ForecastKind, serving: KindServing): void {
    if (this.closed) {
      if (serving.source === 'MODEL') void serving.model.release();
      return;
    }
    const slot = this.slots[kind];
    const previous = slot.current;
    slot.current = {
      serving: this.metrics?.instrument(serving) ?? serving,
      since: new Date(),
      users: 0,
      retired: false,
    };
    this.logger.info(
      { kind, source: serving.source, version: serving.version.version },
      `ai: ${kind} now served by ${serving.source === 'MODEL' ? `${serving.version.name} v${serving.version.version}` : 'its baseline'}`,
    );
    if (previous) this.retire(previous);
  }

  private retire(entry: Entry): void {
    entry.retired = true;
    if (entry.users === 0) this.dispose(entry);
  }

  private leave(entry: Entry): void {
    entry.users--;
    if (entry.retired && entry.users === 0) this.dispose(entry);
  }

  private dispose(entry: Entry): void {
    if (entry.serving.source === 'MODEL') {
      entry.serving.model
        .release()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'ai: releasing a session'));
    }
  }
}
