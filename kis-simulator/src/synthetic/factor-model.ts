import type { InstrumentProfile } from '../instruments.js';
import { streamFor, type Rng } from '../random.js';
import { SECTORS, type SectorId } from '../sectors.js';

/**
 * Daily log returns from a factor model: r = β·market + γ·sector + own. Each factor and each
 * stock's own noise has GARCH(1,1) variance, so calm and turbulent stretches cluster; the market
 * factor also goes through occasional crash episodes (a multi-week drawdown, then a partial
 * rebound). Every factor and stock draws from its own seeded stream, so restricting the universe
 * leaves the remaining stocks' paths unchanged.
 */

interface Garch {
  variance: number;
  omega: number;
  alpha: number;
  beta: number;
}

function garch(longRunVol: number, alpha: number, beta: number): Garch {
  const variance = longRunVol * longRunVol;
  return { variance, omega: variance * (1 - alpha - beta), alpha, beta };
}

function updateGarch(state: Garch, shock: number): void {
  state.variance = state.omega + state.alpha * shock * shock + state.beta * state.variance;
}

type Regime =
  | { phase: 'calm'; daysSinceCrash: number }
  | { phase: 'crash'; daysLeft: number; drift: number; totalDrop: number }
  | { phase: 'recovery'; daysLeft: number; drift: number };

const MARKET_VOL = 0.0085;
const CALM_DRIFT = 0.0002;
const CRASH_PROBABILITY = 1 / 1_000;
// Forcing a crash after ~4.5 years of calm guarantees episodes in every long history.
const MAX_CALM_DAYS = 1_100;
const JUMP_PROBABILITY = 0.008;

export interface StockDay {
  logReturn: number;
  /** This day's total volatility of the stock (the scale for gaps, ranges and volume). */
  sigma: number;
  /** Whether the market is in a crash episode (volumes swell). */
  stressed: boolean;
  rng: Rng;
}

interface StockState {
  profile: InstrumentProfile;
  beta: number;
  gamma: number;
  own: Garch;
  rng: Rng;
}

export class FactorModel {
  private readonly market = garch(MARKET_VOL, 0.08, 0.9);
  private readonly marketRng: Rng;
  private readonly crashRng: Rng;
  private regime: Regime = { phase: 'calm', daysSinceCrash: 0 };
  private readonly sectors = new Map<SectorId, { state: Garch; rng: Rng }>();
  private readonly stocks = new Map<string, StockState>();
  private marketReturn = 0;
  private readonly sectorReturns = new Map<SectorId, number>();

  constructor(seed: number, profiles: readonly InstrumentProfile[]) {
    this.marketRng = streamFor(seed, 'market');
    this.crashRng = streamFor(seed, 'crash');
    for (const sector of SECTORS.values()) {
      this.sectors.set(sector.id, {
        state: garch(sector.factorVol, 0.07, 0.91),
        rng: streamFor(seed, 'sector', sector.id),
      });
    }
    for (const profile of profiles) {
      const params = streamFor(seed, 'params', profile.symbol);
      const sector = SECTORS.get(profile.sectorId);
      const ownVol = (sector?.idioVol ?? 0.012) * (profile.market === 'KOSDAQ' ? 1.25 : 1);
      this.stocks.set(profile.symbol, {
        profile,
        beta: 0.75 + 0.5 * params.next(),
        gamma: 0.8 + 0.4 * params.next(),
        own: garch(ownVol, 0.05, 0.93),
        rng: streamFor(seed, 'stock', profile.symbol),
      });
    }
  }

  /** Advances the market and sector factors by one trading day. */
  advanceDay(): void {
    const drift = this.nextDrift();
    const stressed = this.regime.phase === 'crash';
    const shock = Math.sqrt(this.market.variance) * this.marketRng.normal();
    this.marketReturn = drift + shock * (stressed ? 1.3 : 1);
    // The variance learns from the plain shock: feeding it the amplified crash moves would make
    // the GARCH recursion explosive (α·1.3² + β > 1) for the length of the episode.
    updateGarch(this.market, shock);
    for (const [id, { state, rng }] of this.sectors) {
      const sectorShock = Math.sqrt(state.variance) * rng.normal();
      this.sectorReturns.set(id, sectorShock);
      updateGarch(state, sectorShock);
    }
  }

  get inCrash(): boolean {
    return this.regime.phase === 'crash';
  }

  /** A listed stock's return on the current day; call once per stock per trading day. */
  stockDay(symbol: string): StockDay {
    const stock = this.stocks.get(symbol);
    if (!stock) throw new Error(`no such stock in the model: ${symbol}`);
    const sectorReturn = this.sectorReturns.get(stock.profile.sectorId) ?? 0;
    const sectorState = this.sectors.get(stock.profile.sectorId)?.state;
    let own = Math.sqrt(stock.own.variance) * stock.rng.normal();
    // Company news: rare jumps several times the usual daily move.
    if (stock.rng.next() < JUMP_PROBABILITY)
      own += Math.sqrt(stock.own.variance) * 4 * stock.rng.normal();
    updateGarch(stock.own, own);
    const sigma = Math.sqrt(
      stock.beta ** 2 * this.market.variance +
        stock.gamma ** 2 * (sectorState?.variance ?? 0) +
        stock.own.variance,
    );
    return {
      logReturn: stock.beta * this.marketReturn + stock.gamma * sectorReturn + own,
      sigma,
      stressed: this.inCrash,
      rng: stock.rng,
    };
  }

  private nextDrift(): number {
    const regime = this.regime;
    if (regime.phase === 'calm') {
      const start =
        regime.daysSinceCrash > 60 &&
        (this.crashRng.next() < CRASH_PROBABILITY || regime.daysSinceCrash >= MAX_CALM_DAYS);
      if (!start) {
        regime.daysSinceCrash++;
        return CALM_DRIFT;
      }
      const days = 8 + this.crashRng.int(15);
      // A log drop of 0.30–0.45 in the market factor: a 25–35% drawdown of a cap-weighted index.
      const totalDrop = 0.3 + 0.15 * this.crashRng.next();
      this.regime = { phase: 'crash', daysLeft: days, drift: -totalDrop / days, totalDrop };
      // Panic raises volatility at once; GARCH persistence then carries it for months.
      this.market.variance *= 2;
      return this.nextDrift();
    }
    regime.daysLeft--;
    const drift = regime.drift;
    if (regime.daysLeft <= 0) {
      this.regime =
        regime.phase === 'crash'
          ? { phase: 'recovery', daysLeft: 60, drift: (0.7 * regime.totalDrop) / 60 }
          : { phase: 'calm', daysSinceCrash: 0 };
    }
    return drift;
  }
}
