import type { TrainingPlan, TrainingTrigger } from '../generated/prisma/client.js';

export const USAGE = `Usage: node subgraphs/ai/dist/cli/retrain.js [--plan full|quick] [--trigger cli|schedule|startup|api] [--run-id <id>]

Retrains the forecasting models (volatility and direction) on the tracked instruments' daily
bars, registers the new versions, promotes those that beat their baselines on the hold-out and
publishes forecasts. The nightly schedule and the Kubernetes CronJob run exactly this.

  --plan      full (default): every candidate on AI_TRAINING_YEARS of bars
              quick: the linear candidates on three years (what a fresh platform trains first)
  --trigger   what the run record says started it (default cli)
  --run-id    a run queued beforehand (by retrainModels) to carry out

Exit codes: 0 trained, 1 the run failed or was cancelled, 75 another run holds the lock,
64 bad arguments, 78 bad configuration, 69 the database is not reachable.
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface RetrainArgs {
  help: boolean;
  plan: TrainingPlan;
  trigger: TrainingTrigger;
  runId?: string;
}

const PLANS: Record<string, TrainingPlan> = { full: 'FULL', quick: 'QUICK' };
const TRIGGERS: Record<string, TrainingTrigger> = {
  cli: 'CLI',
  schedule: 'SCHEDULE',
  startup: 'STARTUP',
  api: 'API',
};

export function parseRetrainArgs(argv: readonly string[]): RetrainArgs {
  const args: RetrainArgs = { help: false, plan: 'FULL', trigger: 'CLI' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      args.help = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    i++;
    if (flag === '--plan') {
      const plan = PLANS[value];
      if (!plan) throw new UsageError(`--plan must be full or quick, not "${value}"`);
      args.plan = plan;
    } else if (flag === '--trigger') {
      const trigger = TRIGGERS[value];
      if (!trigger)
        throw new UsageError(
          `--trigger must be one of ${Object.keys(TRIGGERS).join(', ')}, not "${value}"`,
        );
      args.trigger = trigger;
    } else if (flag === '--run-id') {
      if (!/^[0-9a-f-]{36}$/i.test(value))
        throw new UsageError(`--run-id must be a run id (a UUID), not "${value}"`);
      args.runId = value;
    } else {
      throw new UsageError(`Unknown option ${flag}`);
    }
  }
  return args;
}
