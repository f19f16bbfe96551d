import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORTS, envSchema, parseEnv } from '@capstone/config';
import { readDockerfile, imageTargets } from './support/dockerfile.js';
import { createKnownFieldsChecker } from './support/known-fields.js';
import {
  OVERLAYS,
  kustomizeBuild,
  podsOf,
  type K8sObject,
  type Overlay,
  type PodShape,
} from './support/kustomize.js';
import { allows, type Endpoint } from './support/network-policy.js';
import { ASSUMED, readRepoFile, repoFileExists } from './support/repo.js';
import { builtEntryOf, metricsPortOf, platformProcesses } from './support/services.js';

const built = {} as Record<Overlay | 'base', K8sObject[]>;
let unknownKeysOf: (object: K8sObject) => string[];
beforeAll(async () => {
  const [base = [], staging = [], production = []] = await Promise.all(
    ['base', 'overlays/staging', 'overlays/production'].map(kustomizeBuild),
  );
  Object.assign(built, { base, staging, production });
  unknownKeysOf = createKnownFieldsChecker([...base, ...staging, ...production]);
});

const BUILDS = ['base', ...OVERLAYS] as const;
const ofKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);
const PLATFORM_COMPONENTS = new Set(['service', 'worker', 'web']);
const platformDeployments = (objects: K8sObject[]) =>
  ofKind(objects, 'Deployment').filter((deployment) =>
    PLATFORM_COMPONENTS.has(deployment.metadata.labels?.['app.kubernetes.io/component'] ?? ''),
  );

describe('kustomize build', () => {
  it.each(BUILDS)('builds %s into a namespace of its own, capstone-trading', (build) => {
    const objects = built[build];
    expect(objects.length).toBeGreaterThan(50);
    const namespaced = objects.filter(
      (o) => !['Namespace', 'ClusterRole', 'ClusterRoleBinding'].includes(o.kind),
    );
    const namespaces = new Set(namespaced.map((o) => o.metadata.namespace));
    // Fluent Bit reads the nodes' logs as root, which the restricted namespace forbids.
    expect([...namespaces].sort()).toEqual(['capstone-logging', 'capstone-trading']);
    const logging = namespaced.filter((o) => o.metadata.namespace === 'capstone-logging');
    expect(
      new Set(logging.map((o) => o.metadata.labels?.['app.kubernetes.io/name'] ?? o.kind)),
    ).not.toContain('gateway');
    expect(
      named(objects, 'Namespace', 'capstone-trading')!.metadata.labels![
        'pod-security.kubernetes.io/enforce'
      ],
    ).toBe('restricted');
  });

  it.each(BUILDS)('gives %s objects that kubernetes-models validates', async (build) => {
    const problems: string[] = [];
    for (const object of built[build]) {
      const [group, version] = object.apiVersion.includes('/')
        ? object.apiVersion.split('/')
        : [undefined, object.apiVersion];
      const models = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}`);
      const Model = models[object.kind];
      if (!Model) {
        problems.push(`${object.apiVersion} ${object.kind} is not a Kubernetes kind`);
        continue;
      }
      try {
        new Model(object).validate();
      } catch (error) {
        problems.push(`${object.kind}/${object.metadata.name}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(BUILDS)('gives %s objects with no key their Kubernetes type lacks', (build) => {
    const unknown = built[build].flatMap((object) =>
      unknownKeysOf(object).map((path) => `${object.kind}/${object.metadata.name}${path}`),
    );
    expect(unknown).toEqual([]);
  });

  it('notices a misspelt key, which kubernetes-models alone lets through', async () => {
    const deployment = structuredClone(named(built.base, 'Deployment', 'gateway')!);
    deployment.spec.template.spec.containers[0].readinesProbe = { httpGet: { path: '/readyz' } };
    const { Deployment } = await import('kubernetes-models/apps/v1');
    expect(() => new Deployment(deployment as never).validate()).not.toThrow();
    expect(unknownKeysOf(deployment)).toEqual(['.spec.template.spec.containers[0].readinesProbe']);
  });
});

describe('workloads', () => {
  it.each(OVERLAYS)(
    '%s: every process of platform/src/layout.ts runs as a Deployment',
    (overlay) => {
      const deployments = platformDeployments(built[overlay]).map((d) => d.metadata.name);
      expect(deployments.sort()).toEqual(
        [
          ...new Set([...Object.keys(platformProcesses()), ASSUMED.simulationWorkerEntry.process]),
        ].sort(),
      );
    },
  );

  it.each(OVERLAYS)(
    '%s: every Deployment probes /healthz and /readyz, has limits and runs hardened',
    (overlay) => {
      const problems: string[] = [];
      for (const deployment of platformDeployments(built[overlay])) {
        const spec = deployment.spec.template.spec;
        const [main] = spec.containers;
        const where = deployment.metadata.name;
        if (main.startupProbe?.httpGet?.path !== '/healthz')
          problems.push(`${where}: startupProbe`);
        if (main.livenessProbe?.httpGet?.path !== '/healthz')
          problems.push(`${where}: livenessProbe`);
        if (main.readinessProbe?.httpGet?.path !== '/readyz')
          problems.push(`${where}: readinessProbe`);
        if (main.readinessProbe?.httpGet?.port !== 'http') problems.push(`${where}: probe port`);
        if (spec.securityContext?.runAsNonRoot !== true) problems.push(`${where}: runAsNonRoot`);
        if (spec.securityContext?.seccompProfile?.type !== 'RuntimeDefault') {
          problems.push(`${where}: seccomp`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(OVERLAYS)(
    '%s: every container has requests and limits, no privilege escalation, a read-only root and no capabilities',
    (overlay) => {
      const problems: string[] = [];
      for (const pod of podsOf(built[overlay])) {
        for (const container of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
          const where = `${pod.workload.kind}/${pod.name}/${container.name}`;
          const { requests = {}, limits = {} } = container.resources ?? {};
          if (!requests.cpu || !requests.memory || !limits.cpu || !limits.memory) {
            problems.push(`${where}: resources`);
          }
          const security = container.securityContext ?? {};
          if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: escalation`);
          if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: writable root`);
          if (!security.capabilities?.drop?.includes('ALL'))
            problems.push(`${where}: capabilities`);
          const nonRoot = security.runAsNonRoot ?? pod.spec.securityContext?.runAsNonRoot;
          // Fluent Bit alone reads the nodes' root-owned log files, in capstone-logging.
          if (nonRoot !== true && pod.name !== 'fluent-bit') problems.push(`${where}: root`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(OVERLAYS)(
    '%s: no pod gets a service-account token it does not use, nor service-link variables',
    (overlay) => {
      // Service links would set GATEWAY_PORT=tcp://… and the like, which collide with the
      // platform's own *_PORT variables. Only Prometheus and Fluent Bit read the API.
      const withToken = podsOf(built[overlay])
        .filter((pod) => pod.spec.automountServiceAccountToken !== false)
        .map((pod) => pod.name);
      expect(withToken.sort()).toEqual(['fluent-bit', 'prometheus']);
      const withLinks = podsOf(built[overlay]).filter(
        (pod) => pod.spec.enableServiceLinks !== false,
      );
      expect(withLinks.map((pod) => pod.name)).toEqual([]);
      for (const pod of podsOf(built[overlay])) {
        const account = pod.spec.serviceAccountName;
        expect(
          named(built[overlay], 'ServiceAccount', account),
          `${pod.name}: ${account}`,
        ).toBeDefined();
      }
    },
  );

  it.each(OVERLAYS)(
    '%s: each service listens on its contract port and exposes /metrics on 9000 + (port − 4000)',
    (overlay) => {
      for (const deployment of platformDeployments(built[overlay])) {
        const name = deployment.metadata.name;
        const [pod] = podsOf([deployment]) as [PodShape];
        const expectedPort =
          name === ASSUMED.simulationWorkerEntry.process
            ? 4007
            : DEFAULT_PORTS[name as keyof typeof DEFAULT_PORTS];
        expect(pod.ports.get('http'), name).toBe(expectedPort);
        expect(pod.ports.get('metrics'), name).toBe(metricsPortOf(expectedPort));
        const annotations = deployment.spec.template.metadata.annotations;
        expect(annotations['prometheus.io/port'], name).toBe(String(metricsPortOf(expectedPort)));
        const service = named(built[overlay], 'Service', name)!;
        expect(service.spec.type, name).toBe('ClusterIP');
        expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': name });
        expect(named(built[overlay], 'PodDisruptionBudget', name), name).toBeDefined();
      }
      const gateway = podsOf([named(built[overlay], 'Deployment', 'gateway')!])[0]!;
      expect(gateway.ports.get('internal')).toBe(4100);
    },
  );

  it.each(OVERLAYS)('%s: the HorizontalPodAutoscalers scale Deployments that exist', (overlay) => {
    const autoscalers = ofKind(built[overlay], 'HorizontalPodAutoscaler');
    expect(autoscalers.map((hpa) => hpa.spec.scaleTargetRef.name).sort()).toEqual([
      'ai',
      'gateway',
      'simulation-worker',
    ]);
    for (const hpa of autoscalers) {
      const { kind, name } = hpa.spec.scaleTargetRef;
      const target = named(built[overlay], kind, name);
      expect(target, `${kind}/${name}`).toBeDefined();
      // A replica count in the Deployment would fight the autoscaler on every apply.
      expect(target!.spec.replicas, name).toBeUndefined();
      expect(hpa.spec.minReplicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
    }
  });

  it.each(OVERLAYS)(
    '%s: runs migrations once, as a Job, with the built db:migrate CLI',
    (overlay) => {
      const job = named(built[overlay], 'Job', 'db-migrate')!;
      const [container] = job.spec.template.spec.containers;
      const image = container.image.split('/').at(-1).split(':')[0];
      const target = imageTargets(readDockerfile()).find((stage) => stage.name === image)!;
      expect(builtEntryOf(target)).toBe('platform/dist/cli/db-migrate.js');
      // The root script npm run db:migrate runs this file's source.
      expect(readRepoFile('package.json')).toContain('platform/src/cli/db-migrate.ts');
      const initContainers = podsOf(built[overlay]).flatMap((pod) => pod.spec.initContainers ?? []);
      expect(initContainers.filter((c: any) => c.image.includes('db-migrate'))).toEqual([]);
    },
  );

  it.each(OVERLAYS)('%s: every image is built by a Dockerfile target or pinned', (overlay) => {
    const targets = new Set(imageTargets(readDockerfile()).map((stage) => stage.name));
    const images = podsOf(built[overlay]).flatMap((pod) =>
      [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c: any) => c.image),
    );
    for (const image of new Set(images)) {
      if (image.startsWith('ghcr.io/capstone-trading/')) {
        expect(targets, image).toContain(image.split('/').at(-1).split(':')[0]);
      } else {
        expect(image, 'a third-party image names its version').toMatch(/:[\w][\w.-]*$/);
        expect(image).not.toMatch(/:latest$/);
      }
    }
  });
});

describe('scheduled jobs', () => {
  /** The ETL's schedule and CLI, wherever the refactor of subgraphs/market-data puts them. */
  async function etlModules() {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(process.cwd(), 'subgraphs/market-data/src/etl');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.ts'),
    );
    const exporting = (name: string) => {
      const file = files.find((f) =>
        readFileSync(join(root, f), 'utf8').includes(`export function ${name}(`),
      );
      if (!file) throw new Error(`no module of the ETL exports ${name}`);
      return import(join(root, file));
    };
    return { schedule: await exporting('scheduleEntries'), cli: await exporting('parseCliArgs') };
  }

  it.each(OVERLAYS)(
    '%s: a CronJob runs each scheduled ETL job with the CLI, on the node-cron schedule',
    async (overlay) => {
      const { schedule, cli } = await etlModules();
      const entries = schedule.scheduleEntries(parseEnv({}), { liveQuotes: false }) as {
        job: string;
        expression: string;
      }[];
      // The worker's live stream is not a batch job; the worker keeps it.
      expect(entries.map((entry) => entry.job).sort()).toEqual(['DAILY_BARS', 'INSTRUMENT_MASTER']);
      const etlCli = builtFromRootScript('etl');
      for (const entry of entries) {
        const cronJob = ofKind(built[overlay], 'CronJob').find(
          (c) => c.metadata.annotations?.['capstone.io/etl-job'] === entry.job,
        );
        expect(cronJob, entry.job).toBeDefined();
        expect(cronJob!.spec.schedule).toBe(entry.expression);
        expect(cronJob!.spec.timeZone).toBe(schedule.SCHEDULE_TIMEZONE);
        expect(cronJob!.spec.concurrencyPolicy).toBe('Forbid');
        const [container] = cronJob!.spec.jobTemplate.spec.template.spec.containers;
        const [script, ...args] = container.args as string[];
        expect(script).toBe(etlCli);
        expect(cli.parseCliArgs(args)).toMatchObject({ command: 'run', job: entry.job });
      }
    },
  );

  it.each(OVERLAYS)(
    '%s: the retraining CronJob runs the AI retraining CLI on AI_RETRAIN_CRON (assumed names)',
    (overlay) => {
      const cronJob = named(built[overlay], 'CronJob', 'ai-retrain')!;
      const [container] = cronJob.spec.jobTemplate.spec.template.spec.containers;
      expect(container.args).toEqual([ASSUMED.aiRetrainCli, 'retrain']);
      const source = ASSUMED.aiRetrainCli.replace('/dist/', '/src/').replace(/\.js$/, '.ts');
      expect(
        repoFileExists(source),
        `the AI retraining CLI ${source} (built to ${ASSUMED.aiRetrainCli}) does not exist yet`,
      ).toBe(true);
      const variable =
        envSchema.shape[ASSUMED.aiRetrainCronVariable as keyof typeof envSchema.shape];
      expect(
        variable,
        `the config schema has no ${ASSUMED.aiRetrainCronVariable} (the retraining's node-cron schedule) yet`,
      ).toBeDefined();
      const schedule = (parseEnv({}) as Record<string, unknown>)[ASSUMED.aiRetrainCronVariable];
      expect(cronJob.spec.schedule).toBe(schedule);
      expect(cronJob.spec.timeZone).toBe('Asia/Seoul');
    },
  );
});

/** The built file a root npm script runs (`node --import tsx … <src>.ts` → `<dist>.js`). */
function builtFromRootScript(script: string): string {
  const command = JSON.parse(readRepoFile('package.json')).scripts[script] as string;
  const source = command.split(' ').find((word) => word.endsWith('.ts'))!;
  return source.replace('/src/', '/dist/').replace(/\.ts$/, '.js');
}

describe('network policies', () => {
  const MYSQL_CLIENTS = [
    'accounts',
    'portfolio',
    'market-data',
    'scenario',
    'ai',
    'etl-worker',
    'simulation-worker',
    'db-migrate',
    'etl-instrument-master',
    'etl-daily-bars',
    'ai-retrain',
    'mysql-backup',
  ].sort();
  const policies = (overlay: Overlay) => ofKind(built[overlay], 'NetworkPolicy');
  const pod = (overlay: Overlay, name: string): Endpoint & { kind: 'pod' } => {
    const shape = podsOf(built[overlay]).find((p) => p.name === name);
    if (!shape) throw new Error(`no workload ${name} in ${overlay}`);
    return { kind: 'pod', namespace: shape.namespace, labels: shape.labels, ports: shape.ports };
  };
  const ingressController: Endpoint = {
    kind: 'pod',
    namespace: 'ingress-nginx',
    labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
  };
  const internet: Endpoint = { kind: 'external', ip: '203.0.113.10' };

  it('denies everything in the namespace unless a policy allows it', () => {
    const deny = named(built.staging, 'NetworkPolicy', 'default-deny')!;
    expect(deny.spec.podSelector).toEqual({});
    expect(deny.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    expect(allows(policies('staging'), pod('staging', 'web'), internet, 443)).toBe(false);
  });

  it('lets only the services with a database, the workers, the migration and the backup reach in-cluster MySQL', () => {
    const mysql = pod('staging', 'mysql');
    const reaching = podsOf(built.staging)
      .filter((p) => allows(policies('staging'), pod('staging', p.name), mysql, 3306))
      .map((p) => p.name);
    expect(reaching.sort()).toEqual(MYSQL_CLIENTS);
  });

  it('lets the same pods, and only them, reach the managed MySQL in production', () => {
    const managed: Endpoint = { kind: 'external', ip: '10.20.0.5' };
    const reaching = podsOf(built.production)
      .filter((p) => allows(policies('production'), pod('production', p.name), managed, 3306))
      .map((p) => p.name);
    expect(reaching.sort()).toEqual(MYSQL_CLIENTS);
  });

  it.each(OVERLAYS)(
    '%s: the Ingress reaches the dashboard, the gateway and the MCP server only',
    (overlay) => {
      const p = (name: string) => pod(overlay, name);
      expect(allows(policies(overlay), ingressController, p('web'), 8080)).toBe(true);
      expect(allows(policies(overlay), ingressController, p('gateway'), 4000)).toBe(true);
      expect(allows(policies(overlay), ingressController, p('mcp-server'), 4010)).toBe(true);
      expect(allows(policies(overlay), ingressController, p('gateway'), 4100)).toBe(false);
      expect(allows(policies(overlay), ingressController, p('portfolio'), 4002)).toBe(false);
      expect(allows(policies(overlay), ingressController, p('accounts'), 9001)).toBe(false);
    },
  );

  it.each(OVERLAYS)(
    '%s: the gateway reaches every subgraph; services reach its internal port',
    (overlay) => {
      const p = (name: string) => pod(overlay, name);
      for (const [name, port] of Object.entries({
        accounts: 4001,
        portfolio: 4002,
        'market-data': 4003,
        scenario: 4004,
        ai: 4005,
      })) {
        expect(allows(policies(overlay), p('gateway'), p(name), port), name).toBe(true);
        expect(allows(policies(overlay), p('web'), p(name), port), name).toBe(false);
      }
      for (const name of [
        'portfolio',
        'scenario',
        'ai',
        'etl-worker',
        'simulation-worker',
        'mcp-server',
      ]) {
        expect(allows(policies(overlay), p(name), p('gateway'), 4100), name).toBe(true);
      }
      expect(allows(policies(overlay), p('accounts'), p('gateway'), 4100)).toBe(false);
      expect(allows(policies(overlay), p('web'), p('gateway'), 4100)).toBe(false);
    },
  );

  it.each(OVERLAYS)(
    '%s: only market-data and the ETL reach KIS; every pod resolves names',
    (overlay) => {
      const kis: Endpoint = { kind: 'external', ip: '203.0.113.20' };
      const reaching = podsOf(built[overlay])
        .filter((p) => p.namespace === 'capstone-trading')
        .filter((p) => allows(policies(overlay), pod(overlay, p.name), kis, 9443))
        .map((p) => p.name);
      expect(reaching.sort()).toEqual([
        'etl-daily-bars',
        'etl-instrument-master',
        'etl-worker',
        'market-data',
      ]);
      const dns: Endpoint = {
        kind: 'pod',
        namespace: 'kube-system',
        labels: { 'k8s-app': 'kube-dns' },
      };
      for (const p of podsOf(built[overlay])) {
        expect(allows(policies(overlay), pod(overlay, p.name), dns, 53), p.name).toBe(true);
      }
    },
  );

  it.each(OVERLAYS)(
    '%s: Prometheus reaches every metrics port, and nobody else does',
    (overlay) => {
      for (const deployment of platformDeployments(built[overlay])) {
        const target = pod(overlay, deployment.metadata.name);
        const port = target.ports!.get('metrics')!;
        expect(allows(policies(overlay), pod(overlay, 'prometheus'), target, port)).toBe(true);
        expect(allows(policies(overlay), pod(overlay, 'gateway'), target, port)).toBe(false);
      }
    },
  );
});

describe('ingress and configuration', () => {
  it.each(OVERLAYS)(
    '%s: routes /, /graphql, /mcp and /api/chat over TLS from cert-manager',
    (overlay) => {
      const [ingress] = ofKind(built[overlay], 'Ingress');
      expect(ingress!.metadata.annotations!['cert-manager.io/cluster-issuer']).toBeTruthy();
      const host = ingress!.spec.rules[0].host;
      expect(ingress!.spec.tls[0].hosts).toEqual([host]);
      const routes = Object.fromEntries(
        ingress!.spec.rules[0].http.paths.map((path: any) => [
          path.path,
          path.backend.service.name,
        ]),
      );
      expect(routes).toEqual({
        '/': 'web',
        '/graphql': 'gateway',
        '/mcp': 'mcp-server',
        '/api/chat': 'mcp-server',
      });
      const config = ofKind(built[overlay], 'ConfigMap').find((c) =>
        c.metadata.name.startsWith('capstone-config'),
      )!;
      expect(config.data.PUBLIC_GATEWAY_URL).toBe(`https://${host}/graphql`);
      expect(config.data.GATEWAY_URL).toBe('http://gateway:4100/graphql');
    },
  );

  it.each(OVERLAYS)(
    '%s: the configuration is valid for the platform, and secrets are placeholders only',
    (overlay) => {
      const config = ofKind(built[overlay], 'ConfigMap').find((c) =>
        c.metadata.name.startsWith('capstone-config'),
      )!;
      expect(() => parseEnv({ ...config.data, INTERNAL_JWT_SECRET: 'x'.repeat(40) })).not.toThrow();
      for (const secret of ofKind(built[overlay], 'Secret')) {
        expect(secret.metadata.labels?.['capstone.io/placeholder'], secret.metadata.name).toBe(
          'true',
        );
      }
      // A placeholder never passes for a real secret: the platform refuses it at start-up.
      const secrets = named(built[overlay], 'Secret', 'capstone-secrets')!;
      const placeholder = Buffer.from(secrets.data.INTERNAL_JWT_SECRET, 'base64').toString();
      expect(() => parseEnv({ ...config.data, INTERNAL_JWT_SECRET: placeholder })).toThrow(
        /INTERNAL_JWT_SECRET/,
      );
    },
  );
});
