import { fileURLToPath } from 'node:url';
import type { Env } from '@capstone/config';
import { filesystemStore } from './filesystem.js';
import { s3Store, type S3Settings } from './s3.js';

/**
 * Where model artifacts (ONNX files) live. Keys are immutable: a version's file is written once
 * and never replaced, so a reader that knows the URI always gets the bytes the registry hashed.
 */
export interface ArtifactStore {
  /** Writes the bytes under `key` and returns the URI the registry records. */
  put(key: string, bytes: Uint8Array): Promise<string>;
  /** The bytes behind a URI this store (or another kind of store) wrote. */
  get(uri: string): Promise<Uint8Array>;
  /** What it is, for logs: "file:///…" or "s3://bucket". */
  readonly location: string;
}

/** The repository's .cache/models, from src/ or dist/ of subgraphs/ai. */
const DEFAULT_ARTIFACT_DIR = fileURLToPath(new URL('../../../../.cache/models/', import.meta.url));

export function s3SettingsOf(config: Env): S3Settings | null {
  if (!config.S3_ENDPOINT || !config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) return null;
  return {
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    bucket: config.S3_BUCKET,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  };
}

/**
 * S3-compatible storage when S3_ENDPOINT and both keys are set, the local filesystem otherwise.
 * Either reads the other's URIs too (file:// and s3://), so a registry written before a switch
 * keeps serving.
 */
export function artifactStoreFor(config: Env): ArtifactStore {
  const files = filesystemStore(config.AI_ARTIFACT_DIR ?? DEFAULT_ARTIFACT_DIR);
  const s3 = s3SettingsOf(config);
  if (!s3) return files;
  const objects = s3Store(s3);
  return {
    put: (key, bytes) => objects.put(key, bytes),
    get: (uri) => (uri.startsWith('file:') ? files.get(uri) : objects.get(uri)),
    location: objects.location,
  };
}

/** A version's artifact key: its name, version and the first bytes of its hash. */
export const artifactKey = (name: string, version: number, sha256: string) =>
  `${name}/v${version}-${sha256.slice(0, 12)}.onnx`;
