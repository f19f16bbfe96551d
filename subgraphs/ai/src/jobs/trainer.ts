import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { conflict } from '@capstone/errors';
import { isAiEventMessage, type AiEvents } from '../events.js';
import type { TrainingPlan, TrainingRun, TrainingTrigger } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import { STALE_HEARTBEAT_MS, failInterruptedRuns, queueRun, runEventOf } from './training-runs.js';

export interface StartedTraining {
  run: TrainingRun;
  /** Resolves with the command's exit code once it has ended. */
  finished: Promise<number | null>;
}

export interface Trainer {
  /** Queues a run and starts the retraining command for it; refuses while another run is open. */
  start(request: {
    plan: TrainingPlan;
    trigger: TrainingTrigger;
    requestedBy?: string | null;
  }): Promise<StartedTraining>;
  close(): Promise<void>;
}

/** The retraining command, as the CronJob runs it: the build's CLI, or its source under tsx. */
export function retrainCommand(args: readonly string[]): { command: string; args: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = fileURLToPath(
    new URL(`../cli/retrain.${fromSource ? 'ts' : 'js'}`, import.meta.url),
  );
  return {
    command: process.execPath,
    args: [
      ...(fromSource ? ['--import', 'tsx', '--conditions=capstone-source'] : []),
      script,
      ...args,
    ],
  };
}

/** The configuration as environment variables, so that the command sees what this process sees. */
export function environmentOf(config: Env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) delete env[key];
    else env[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return env;
}

/**
 * Starts retraining runs as child processes running the same command as the CronJob, and
 * relays what the command reports over IPC onto this service's events (Redis or memory), so
 * that subscribers see its progress and this process swaps in what it promotes.
 */
export function createTrainer(deps: {
  prisma: PrismaClient;
  config: Env;
  logger: Logger;
  events: AiEvents;
}): Trainer {
  const children = new Set<ChildProcess>();
  /** A command that died before recording how its run ended leaves it FAILED, not open. */
  const closeAbandoned = async (id: string, code: number | null) => {
    const { count } = await deps.prisma.trainingRun.updateMany({
      where: { id, status: { in: ['QUEUED', 'RUNNING'] } },
      data: {
        status: 'FAILED',
        finishedAt: new Date(),
        message: `학습 명령이 비정상 종료됨 / The retraining command ended (exit code ${code ?? 'none'}) before finishing the run`,
      },
    });
    if (count > 0) {
      const row = await deps.prisma.trainingRun.findUniqueOrThrow({ where: { id } });
      deps.events.publish('trainingRun', runEventOf(row));
    }
  };
  return {
    async start(request) {
      await failInterruptedRuns(deps.prisma);
      const open = await deps.prisma.trainingRun.findFirst({
        where: {
          OR: [
            { status: 'QUEUED' },
            { status: 'RUNNING', heartbeatAt: { gte: new Date(Date.now() - STALE_HEARTBEAT_MS) } },
          ],
        },
      });
      if (open) {
        throw conflict(
          {
            ko: `학습 실행이 이미 ${open.status === 'QUEUED' ? '대기 중' : '실행 중'}입니다 (${open.id}). 끝나기를 기다리거나 취소하세요`,
            en: `A training run is already ${open.status.toLowerCase()} (${open.id}); wait for it or cancel it`,
          },
          { runId: open.id },
        );
      }
      const run = await queueRun(deps.prisma, request);
      deps.events.publish('trainingRun', runEventOf(run));
      const { command, args } = retrainCommand([
        '--run-id',
        run.id,
        '--plan',
        run.plan.toLowerCase(),
        '--trigger',
        run.trigger.toLowerCase(),
      ]);
      const child = spawn(command, args, {
        env: environmentOf(deps.config),
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.add(child);
      child.on('message', (message) => {
        if (isAiEventMessage(message))
          deps.events.publish(message.aiEvent, message.payload as never);
      });
      const finished = new Promise<number | null>((resolve) => {
        child.once('error', (error) => {
          deps.logger.error(
            { err: error, runId: run.id },
            'ai: the retraining command did not start',
          );
          resolve(null);
        });
        child.once('exit', (code) => resolve(code));
      })
        .then(async (code) => {
          await closeAbandoned(run.id, code).catch((error: unknown) =>
            deps.logger.warn({ err: error, runId: run.id }, 'ai: closing an abandoned run'),
          );
          return code;
        })
        .finally(() => children.delete(child));
      deps.logger.info(
        { runId: run.id, plan: run.plan, trigger: run.trigger },
        'ai: retraining started',
      );
      return { run, finished };
    },
    async close() {
      const exits = [...children].map(
        (child) => new Promise((resolve) => child.once('exit', resolve)),
      );
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(exits);
    },
  };
}
