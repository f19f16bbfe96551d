import { servicePort, type Env } from '@capstone/config';
import {
  DEFAULT_UNIVERSE,
  MASTER_EXTRAS,
  startKisSimulator,
  type KisSimulator,
} from '@capstone/kis-simulator';

/**
 * The KIS simulator `npm start` runs when no KIS credentials are set: its synthetic universe
 * (the 50 largest common stocks of KIS's master file) plus the instruments the demo portfolios
 * hold, so that every holding gets prices through the ETL like the rest, and a preferred share
 * and an ETF, so that search shows what tells them from common shares. The demo
 * portfolios' purchase prices are pinned into the synthetic history, so that their gains and
 * losses come from the simulated market, not from a mismatch between two sources of prices.
 */
export async function startDemoSimulator(
  config: Env,
  extraSymbols: readonly string[],
  pinnedCloses: Record<string, { date: string; close: number }> = {},
): Promise<KisSimulator> {
  const ports = {
    host: config.HOST,
    restPort: servicePort(config, 'kis-sim-rest'),
    wsPort: servicePort(config, 'kis-sim-ws'),
  };
  // Replay serves whatever the directory holds; pins belong to synthetic prices only.
  if (config.KIS_SIM_DATA) return startKisSimulator({ ...ports, dataDir: config.KIS_SIM_DATA });
  return startKisSimulator({
    ...ports,
    symbols: [...new Set([...DEFAULT_UNIVERSE, ...extraSymbols, ...MASTER_EXTRAS])],
    pinnedCloses,
  });
}
