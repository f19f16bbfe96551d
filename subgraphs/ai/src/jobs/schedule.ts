import cron, { type ScheduledTask } from 'node-cron';

/** Trading days, and so the nightly retraining, are Seoul's. */
export const SCHEDULE_TIMEZONE = 'Asia/Seoul';
export const RETRAIN_TASK = 'ai:retrain';

/**
 * The nightly retraining: node-cron in Asia/Seoul time. `run` resolves when the retraining
 * command has ended, and `noOverlap` makes node-cron skip a night that comes while the previous
 * run still goes, rather than start a second beside it.
 */
export function startRetrainSchedule(
  expression: string,
  run: () => Promise<unknown>,
  schedule: typeof cron.schedule = (expr, task, options) => cron.schedule(expr, task, options),
): ScheduledTask {
  if (!cron.validate(expression)) {
    throw new Error(`AI_RETRAIN_CRON: "${expression}" is not a cron expression`);
  }
  return schedule(expression, run, {
    timezone: SCHEDULE_TIMEZONE,
    noOverlap: true,
    name: RETRAIN_TASK,
  });
}
