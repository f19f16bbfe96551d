import { krxSector, type KrxSector } from '@capstone/krx-rules';
import { builder } from '../builder.js';

/** The sector taxonomy of @capstone/krx-rules: KRX's own industry classes. */
export const Sector = builder.objectRef<KrxSector>('Sector');

Sector.implement({
  description:
    'A KRX industry class (지수업종) as the KIS master file gives it: the one sector taxonomy of the platform, which the scenario shocks use too. Two levels: large classes such as 제조 (manufacturing) and 금융 (finance), and the medium classes inside them, such as 전기·전자 or 보험. KRX has no semiconductor class: Samsung Electronics and SK hynix are 전기·전자, and members of the KRX 반도체 index are placed there as well.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'The code of the KRX industry index in idxcode.mst (KOSPI’s numbering; KOSDAQ’s same classes share it), e.g. "0013".',
    }),
    nameKo: t.exposeString('nameKo', { description: 'KRX’s name, e.g. "전기·전자".' }),
    nameEn: t.exposeString('nameEn', {
      description: 'In English, e.g. "Electrical & Electronics".',
    }),
    parent: t.field({
      type: Sector,
      nullable: true,
      description: 'The large class this medium class belongs to (a shock on it reaches this one).',
      resolve: (sector) => (sector.parentCode ? krxSector(sector.parentCode) : null),
    }),
  }),
});

builder.queryField('sectors', (t) =>
  t.field({
    type: [Sector],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description:
      'The sectors that instruments carry, and the large classes above them, by code: what a sector shock or a sector bound may name (by `code`). A shock on a large class reaches its medium classes (`parent`).',
    authScopes: { scope: 'market:read' },
    resolve: async (_root, _args, { prisma }) => {
      const rows = await prisma.instrument.findMany({
        where: { sectorCode: { not: null } },
        distinct: ['sectorCode'],
        select: { sectorCode: true },
      });
      const codes = new Set<string>();
      for (const { sectorCode } of rows) {
        const sector = krxSector(sectorCode!);
        if (!sector) continue;
        codes.add(sector.code);
        if (sector.parentCode) codes.add(sector.parentCode);
      }
      return [...codes].sort().flatMap((code) => krxSector(code) ?? []);
    },
  }),
);
