import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { K8sObject } from './kustomize.js';

const require = createRequire(import.meta.url);
const modelsRoot = dirname(require.resolve('kubernetes-models/package.json'));

/** `apps/v1` -> `kubernetes-models/apps/v1`; the core group (`v1`) sits at the root. */
export function modelPath(apiVersion: string, kind: string): string {
  return join(modelsRoot, ...apiVersion.split('/'), `${kind}.d.ts`);
}

/**
 * Finds the keys of built objects that their Kubernetes type does not have. kubernetes-models'
 * validation accepts unknown keys (the API's schemas allow them), yet the API server drops them
 * in silence: a misspelt `readinesProbe` would vanish. This walks each object alongside the
 * TypeScript declarations kubernetes-models ships for it.
 */
export function createKnownFieldsChecker(objects: K8sObject[]) {
  const files = [...new Set(objects.map((object) => modelPath(object.apiVersion, object.kind)))];
  const program = ts.createProgram(files, {
    noEmit: true,
    skipLibCheck: true,
    types: [],
    moduleResolution: ts.ModuleResolutionKind.Node10,
  });
  const checker = program.getTypeChecker();

  const rootType = (object: K8sObject): ts.Type => {
    const file = program.getSourceFile(modelPath(object.apiVersion, object.kind));
    const symbol = file && checker.getSymbolAtLocation(file);
    const model =
      symbol && checker.getExportsOfModule(symbol).find((s) => s.name === `I${object.kind}`);
    if (!model)
      throw new Error(`kubernetes-models has no I${object.kind} for ${object.apiVersion}`);
    return checker.getDeclaredTypeOfSymbol(model);
  };

  const objectPart = (type: ts.Type): ts.Type | undefined => {
    const candidates = type.isUnion() ? type.types : [type];
    return candidates.find(
      (candidate) =>
        checker.getPropertiesOfType(candidate).length > 0 ||
        checker.getIndexTypeOfType(candidate, ts.IndexKind.String) !== undefined,
    );
  };

  const walk = (value: unknown, type: ts.Type, path: string, unknown: string[]) => {
    if (Array.isArray(value)) {
      const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
      if (element)
        value.forEach((item, index) => walk(item, element, `${path}[${index}]`, unknown));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const shape = objectPart(checker.getNonNullableType(type));
    if (!shape) return;
    const index = checker.getIndexTypeOfType(shape, ts.IndexKind.String);
    for (const [key, child] of Object.entries(value)) {
      const property = shape.getProperty(key);
      if (property) walk(child, checker.getTypeOfSymbol(property), `${path}.${key}`, unknown);
      else if (index) walk(child, index, `${path}.${key}`, unknown);
      else unknown.push(`${path}.${key}`);
    }
  };

  /** The paths of the object's keys that its type does not know, such as `.spec.replica`. */
  return (object: K8sObject): string[] => {
    const unknown: string[] = [];
    walk(object, rootType(object), '', unknown);
    return unknown;
  };
}
