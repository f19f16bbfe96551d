export { startKisSimulator, DEFAULT_HISTORY_FROM, DEFAULT_SEED } from './simulator.js';
export { InvalidFaultError } from './faults.js';
export { DEFAULT_UNIVERSE } from './instruments.js';
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
  SimulatorStats,
} from './types.js';
