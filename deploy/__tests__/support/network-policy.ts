import type { K8sObject } from './kustomize.js';

/** One end of a connection: a pod (namespace and labels) or an address outside the cluster. */
export type Endpoint =
  | { kind: 'pod'; namespace: string; labels: Record<string, string>; ports?: Map<string, number> }
  | { kind: 'external'; ip: string };

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

function matches(selector: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return true;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const value = labels[key];
    const holds =
      operator === 'In'
        ? value !== undefined && values.includes(value)
        : operator === 'NotIn'
          ? value === undefined || !values.includes(value)
          : operator === 'Exists'
            ? value !== undefined
            : operator === 'DoesNotExist'
              ? value === undefined
              : (() => {
                  throw new Error(`unknown selector operator ${operator}`);
                })();
    if (!holds) return false;
  }
  return true;
}

function ipToNumber(ip: string): number {
  return ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 32 - Number(bits);
  const block = Math.floor(ipToNumber(base!) / 2 ** size);
  return Math.floor(ipToNumber(ip) / 2 ** size) === block;
}

function peerMatches(peer: any, policyNamespace: string, other: Endpoint): boolean {
  if (peer.ipBlock) {
    return (
      other.kind === 'external' &&
      inCidr(other.ip, peer.ipBlock.cidr) &&
      !(peer.ipBlock.except ?? []).some((cidr: string) => inCidr(other.ip, cidr))
    );
  }
  if (other.kind !== 'pod') return false;
  if (peer.namespaceSelector) {
    const namespaceLabels = { 'kubernetes.io/metadata.name': other.namespace };
    if (!matches(peer.namespaceSelector, namespaceLabels)) return false;
  } else if (other.namespace !== policyNamespace) {
    return false;
  }
  return matches(peer.podSelector, other.labels);
}

function portMatches(rulePorts: any[] | undefined, port: number, target: Endpoint): boolean {
  if (!rulePorts || rulePorts.length === 0) return true;
  return rulePorts.some((rule) => {
    if ((rule.protocol ?? 'TCP') !== 'TCP') return false;
    if (rule.port === undefined) return true;
    const number =
      typeof rule.port === 'number'
        ? rule.port
        : target.kind === 'pod'
          ? target.ports?.get(rule.port)
          : undefined;
    if (number === undefined) return false;
    return rule.endPort ? port >= number && port <= rule.endPort : port === number;
  });
}

/**
 * Whether a NetworkPolicy-enforcing cluster lets `from` open a TCP connection to `to` on
 * `port`: the sender's egress and the receiver's ingress must both allow it (a pod no policy
 * selects for a direction is open in that direction).
 */
export function allows(policies: K8sObject[], from: Endpoint, to: Endpoint, port: number): boolean {
  /** Whether `pod`'s policies for one direction let `peer` through (to `to`'s port). */
  const side = (pod: Endpoint, direction: 'Ingress' | 'Egress', peer: Endpoint) => {
    if (pod.kind !== 'pod') return true;
    const [rules, peers] = direction === 'Egress' ? ['egress', 'to'] : ['ingress', 'from'];
    const selecting = policies.filter(
      (policy) =>
        (policy.metadata.namespace ?? 'default') === pod.namespace &&
        matches(policy.spec.podSelector, pod.labels) &&
        (policy.spec.policyTypes ?? ['Ingress']).includes(direction),
    );
    return (
      selecting.length === 0 ||
      selecting.some((policy) =>
        (policy.spec[rules] ?? []).some(
          (rule: any) =>
            (!rule[peers] ||
              rule[peers].some((p: any) => peerMatches(p, policy.metadata.namespace!, peer))) &&
            portMatches(rule.ports, port, to),
        ),
      )
    );
  };
  return side(from, 'Egress', to) && side(to, 'Ingress', from);
}
