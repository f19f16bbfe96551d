import { databaseUrl, type Env } from '@capstone/config';
import * as scenario from '@capstone/scenario';

/**
 * What every installation needs, production included, as opposed to the demo data: the
 * built-in scenario templates. Applied with the migrations (the same one-shot job in
 * Kubernetes), updated in place so that corrected figures reach existing installations.
 */
export async function seedReferenceData(
  config: Pick<Env, 'DATABASE_URL' | 'DATABASE_PREFIX'>,
): Promise<{ scenarioTemplates: number }> {
  const client = scenario.createPrismaClient(databaseUrl(config, 'scenario'));
  try {
    return { scenarioTemplates: await scenario.seedScenarioTemplates(client) };
  } finally {
    await client.$disconnect();
  }
}
