import { requireUserId } from '@capstone/auth';
import { conflict, notFound } from '@capstone/errors';
import { ADMIN_ONLY, builder } from '../builder.js';
import { promote } from '../registry/registry.js';
import { ModelVersion } from './model-version.js';

builder.mutationField('promoteModelVersion', (t) =>
  t.field({
    type: ModelVersion,
    description:
      'Makes a version the one that serves its kind, as a training run’s promotion does: the version it replaces is retired and serving swaps to it without a failed request. Its artifact must load and pass every check first. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: { id: t.arg.id({ required: true, description: 'The version (from modelVersions).' }) },
    resolve: async (_root, { id }, { prisma, models, events, logger, identity }) => {
      const version = await prisma.modelVersion.findUnique({ where: { id: String(id) } });
      if (!version) {
        throw notFound(
          { ko: `ID가 ${id}인 모델 버전이 없습니다`, en: `No model version has the id ${id}` },
          { argument: 'id' },
        );
      }
      const label = `${version.name} v${version.version}`;
      if (version.status === 'PROMOTED') {
        throw conflict(
          { ko: `${label}은(는) 이미 승격되어 서빙 중입니다`, en: `${label} is already promoted` },
          { argument: 'id' },
        );
      }
      // Serving would refuse this file and keep the old version: refuse the promotion instead,
      // so the registry never names a version that cannot serve.
      const refusal = await models.check(version);
      if (refusal) {
        throw conflict(
          {
            ko: `${label}의 아티팩트가 검증에 실패해 승격할 수 없습니다: ${refusal.problems.map((p) => p.messageKo).join('; ')}`,
            en: `${label} cannot be promoted: its artifact failed its checks: ${refusal.problems.map((p) => p.messageEn).join('; ')}`,
          },
          { argument: 'id', problems: refusal.problems.map((p) => p.code) },
        );
      }
      const promoted = await promote(prisma, version.id);
      logger.info(
        { kind: promoted.kind, version: promoted.version, by: requireUserId(identity) },
        'ai: model version promoted by an administrator',
      );
      // The same announcement as a training run's promotion: every serving process swaps now.
      events.publish('modelPromoted', { kind: promoted.kind, versionId: promoted.id });
      // And this one before answering, so the next forecast already comes from it.
      await models.refresh();
      return promoted;
    },
  }),
);
