export { startKisSimulator, DEFAULT_HISTORY_FROM, DEFAULT_SEED } from './simulator.js';
export { InvalidFaultError } from './faults.js';
export { KNOWN_SPLITS, SplitError } from './corporate-actions.js';
export { DEFAULT_UNIVERSE, MASTER_EXTRAS } from './instruments.js';
export type {
  Environment,
  FaultController,
  FaultKind,
  FaultSpec,
  IndexCode,
  KisSimulator,
  KisSimulatorOptions,
  Market,
  SimulatedBar,
  SimulatedIndexBar,
  SimulatedInstrument,
  SimulatedSplit,
  SimulatorStats,
} from './types.js';
