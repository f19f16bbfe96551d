import { randomUUID } from 'node:crypto';
import { requireUserId } from '@capstone/auth';
import { conflict, forbidden, isUniqueViolation, notFound } from '@capstone/errors';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { ScenarioContext } from '../context.js';
import type { UserScenario as ScenarioRow } from '../generated/prisma/client.js';
import { idempotent } from '../idempotency.js';
import { shockSchema, shocksSchema } from '../shocks.js';
import { inputError, parseRequest } from '../simulation/inputs.js';
import { checkShocks } from '../simulation/submit.js';
import { Shock, ShockTarget } from './scenario-template.js';

export const ShockInput = builder.inputType('ShockInput', {
  description:
    'One move: MARKET (every stock), SECTOR (with `sector`), SYMBOL (with `symbol`) or FX (with `currencyPair` "USDKRW"); `change` is a fraction from -1 to 10.',
  fields: (t) => ({
    target: t.field({ type: ShockTarget, required: true, description: 'What moves.' }),
    sector: t.string({ description: 'For SECTOR: a sector instruments carry.' }),
    symbol: t.string({ description: 'For SYMBOL: a KRX code.' }),
    currencyPair: t.string({ description: 'For FX: "USDKRW".' }),
    change: t.float({ required: true, description: 'The move: -0.2 is a 20 % fall.' }),
  }),
});

const ScenarioInput = builder.inputType('ScenarioInput', {
  description: 'A scenario of your own: a name and the shocks it applies.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'Unique among your scenarios (1 to 100 characters).',
    }),
    description: t.string({ description: 'What it stands for.' }),
    shocks: t.field({ type: [ShockInput], required: true, description: '1 to 50 shocks.' }),
  }),
});

const scenarioRequest = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  description: z.string().max(2_000, 'must be at most 2000 characters').optional(),
  shocks: z
    .array(shockSchema)
    .min(1, 'needs at least one shock')
    .max(50, 'takes at most 50 shocks'),
});

export const UserScenario = builder.objectRef<ScenarioRow>('UserScenario').implement({
  description: 'A scenario you made: named shocks you can stress-test portfolios with.',
  authScopes: { scope: 'simulation:run' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What it stands for.',
    }),
    shocks: t.field({
      type: [Shock],
      description: 'The moves it applies.',
      resolve: (scenario) => shocksSchema.parse(scenario.shocks),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

/**
 * Checks a scenario: its shape (every part named, e.g. `input.shocks[2].change`), then each
 * shock's sector and symbol against what instruments carry, through the gateway.
 */
async function validScenario(context: ScenarioContext, raw: unknown) {
  const input = parseRequest(scenarioRequest, raw);
  const issues = await checkShocks(context, input.shocks, 'input.shocks');
  if (issues.length) inputError(issues);
  return input;
}

const SOMEONE_ELSES_SCENARIO = {
  ko: '다른 사람의 시나리오입니다',
  en: 'This scenario belongs to someone else',
};

async function ownScenario(context: ScenarioContext, id: string): Promise<ScenarioRow> {
  const userId = requireUserId(context.identity);
  const scenario = await context.prisma.userScenario.findUnique({ where: { id } });
  if (!scenario) {
    throw notFound(
      { ko: '그런 시나리오가 없습니다', en: 'There is no such scenario' },
      { argument: 'id' },
    );
  }
  if (scenario.ownerId !== userId) throw forbidden(SOMEONE_ELSES_SCENARIO);
  return scenario;
}

const nameTaken = (name: string) =>
  conflict(
    {
      ko: `"${name}"(이)라는 이름의 시나리오가 이미 있습니다`,
      en: `You already have a scenario named "${name}"`,
    },
    { argument: 'input.name' },
  );

builder.queryFields((t) => ({
  scenarios: t.field({
    type: [UserScenario],
    nullable: true,
    description: 'Your own scenarios, by name (the built-in ones are scenarioTemplates).',
    authScopes: { scope: 'simulation:run' },
    resolve: (_root, _args, { prisma, identity }) =>
      prisma.userScenario.findMany({
        where: { ownerId: requireUserId(identity) },
        orderBy: { name: 'asc' },
      }),
  }),
  scenario: t.field({
    type: UserScenario,
    nullable: true,
    description: 'One of your scenarios by id; null when there is none.',
    authScopes: { scope: 'simulation:run' },
    args: { id: t.arg.id({ required: true, description: 'The scenario id.' }) },
    resolve: async (_root, { id }, context) => {
      const scenario = await context.prisma.userScenario.findUnique({ where: { id: String(id) } });
      if (scenario && scenario.ownerId !== requireUserId(context.identity))
        throw forbidden(SOMEONE_ELSES_SCENARIO);
      return scenario;
    },
  }),
}));

builder.mutationFields((t) => ({
  createScenario: t.field({
    type: UserScenario,
    description:
      'Makes a scenario of your own. Every bad part of the input is named; nothing is written then.',
    authScopes: { scope: 'simulation:run' },
    args: {
      input: t.arg({ type: ScenarioInput, required: true, description: 'The scenario.' }),
      idempotencyKey: t.arg.string({
        description: 'Makes a retry safe: the same key and input return the first scenario.',
      }),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const ownerId = requireUserId(context.identity);
      const scenario = await validScenario(context, input);
      const { id } = await idempotent(
        context.prisma,
        { ownerId, key: idempotencyKey, operation: 'createScenario', request: scenario },
        async (tx) => {
          const id = randomUUID();
          try {
            await tx.userScenario.create({
              data: {
                id,
                ownerId,
                name: scenario.name,
                description: scenario.description ?? null,
                shocks: scenario.shocks,
              },
            });
          } catch (error) {
            if (isUniqueViolation(error)) throw nameTaken(scenario.name);
            throw error;
          }
          return id;
        },
      );
      return context.prisma.userScenario.findUniqueOrThrow({ where: { id } });
    },
  }),
  updateScenario: t.field({
    type: UserScenario,
    description: 'Replaces the name, description and shocks of one of your scenarios.',
    authScopes: { scope: 'simulation:run' },
    args: {
      id: t.arg.id({ required: true, description: 'The scenario.' }),
      input: t.arg({ type: ScenarioInput, required: true, description: 'Its new content.' }),
    },
    resolve: async (_root, { id, input }, context) => {
      const existing = await ownScenario(context, String(id));
      const scenario = await validScenario(context, input);
      try {
        return await context.prisma.userScenario.update({
          where: { id: existing.id },
          data: {
            name: scenario.name,
            description: scenario.description ?? null,
            shocks: scenario.shocks,
          },
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(scenario.name);
        throw error;
      }
    },
  }),
  deleteScenario: t.field({
    type: 'Boolean',
    description: 'Deletes one of your scenarios (runs that used it keep their own copy of it).',
    authScopes: { scope: 'simulation:run' },
    args: { id: t.arg.id({ required: true, description: 'The scenario.' }) },
    resolve: async (_root, { id }, context) => {
      const scenario = await ownScenario(context, String(id));
      await context.prisma.userScenario.delete({ where: { id: scenario.id } });
      return true;
    },
  }),
}));
