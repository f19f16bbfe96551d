import { Prisma } from './generated/prisma/client.js';
import type { PrismaClient } from './prisma.js';
import { shocksSchema } from './shocks.js';
import { BUILT_IN_TEMPLATES } from './templates.js';

const asDate = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);

/** Writes the built-in templates, updating them in place so that fixes reach existing installs. */
export async function seedScenarioTemplates(prisma: PrismaClient): Promise<number> {
  for (const template of BUILT_IN_TEMPLATES) {
    const data = {
      ...template,
      shocks: shocksSchema.parse(template.shocks),
      source: template.source ? { ...template.source } : Prisma.DbNull,
      periodStart: asDate(template.periodStart),
      periodEnd: asDate(template.periodEnd),
      builtIn: true,
    };
    await prisma.scenarioTemplate.upsert({
      where: { id: template.id },
      create: data,
      update: data,
    });
  }
  return BUILT_IN_TEMPLATES.length;
}
