import { parseEnv } from '@capstone/config';
import { describe, expect, it } from 'vitest';
import { parseRetrainArgs, UsageError } from '../src/cli/args.js';
import { environmentOf, retrainCommand } from '../src/jobs/trainer.js';
import { startRetrainSchedule } from '../src/jobs/schedule.js';
import { aiSettings } from '../src/settings.js';

const hourOf = (expression: string) => {
  const [minute, hour] = expression.split(/\s+/).map(Number);
  return hour! * 60 + minute!;
};

describe('the nightly retraining', () => {
  it('runs in Asia/Seoul time, never beside itself, after the ETL’s daily bars by default', () => {
    const config = parseEnv({});
    expect(hourOf(config.AI_RETRAIN_CRON)).toBeGreaterThan(hourOf(config.ETL_DAILY_BARS_CRON));
    const scheduled: unknown[] = [];
    startRetrainSchedule(config.AI_RETRAIN_CRON, async () => {}, ((
      expression: string,
      _task: unknown,
      options: unknown,
    ) => {
      scheduled.push({ expression, options });
      return {};
    }) as never);
    expect(scheduled).toEqual([
      {
        expression: '30 18 * * 1-5',
        options: { timezone: 'Asia/Seoul', noOverlap: true, name: 'ai:retrain' },
      },
    ]);
  });

  it('refuses a schedule that is not a cron expression, naming the setting', () => {
    expect(() => startRetrainSchedule('every night', async () => {})).toThrow(/AI_RETRAIN_CRON/);
  });

  it('is on outside tests unless switched off (a Kubernetes CronJob runs the command then)', () => {
    expect(aiSettings(parseEnv({ NODE_ENV: 'development' }))).toMatchObject({
      retrainSchedule: true,
      trainOnStart: true,
    });
    expect(aiSettings(parseEnv({ NODE_ENV: 'test' }))).toMatchObject({
      retrainSchedule: false,
      trainOnStart: false,
    });
    expect(
      aiSettings(parseEnv({ NODE_ENV: 'development', AI_RETRAIN_SCHEDULE: 'false' }))
        .retrainSchedule,
    ).toBe(false);
  });

  it('spawns the same command as the CronJob, with this process’s configuration', () => {
    const { args } = retrainCommand(['--plan', 'quick']);
    expect(args.at(-3)).toMatch(/subgraphs\/ai\/(src|dist)\/cli\/retrain\.(ts|js)$/);
    expect(args.slice(-2)).toEqual(['--plan', 'quick']);
    const env = environmentOf(
      parseEnv({
        DATABASE_PREFIX: 'capstone_elsewhere',
        CORS_ORIGINS: 'https://a.example,https://b.example',
      }),
    );
    expect(env.DATABASE_PREFIX).toBe('capstone_elsewhere');
    expect(parseEnv(env).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('takes a plan, a trigger and a run id on the command line, and names a bad argument', () => {
    expect(parseRetrainArgs([])).toEqual({ help: false, plan: 'FULL', trigger: 'CLI' });
    expect(parseRetrainArgs(['--plan', 'quick', '--trigger', 'schedule'])).toMatchObject({
      plan: 'QUICK',
      trigger: 'SCHEDULE',
    });
    expect(() => parseRetrainArgs(['--plan', 'huge'])).toThrow(UsageError);
    expect(() => parseRetrainArgs(['--plan', 'huge'])).toThrow('--plan must be full or quick');
    expect(() => parseRetrainArgs(['--run-id', 'x'])).toThrow('--run-id must be a run id');
    expect(() => parseRetrainArgs(['--plan'])).toThrow('--plan needs a value');
  });
});
