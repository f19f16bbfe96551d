import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArtifactStore } from './store.js';

/** Artifacts as files under one directory; written to a temporary name, then renamed into place. */
export function filesystemStore(directory: string): ArtifactStore {
  const root = resolve(directory);
  return {
    location: pathToFileURL(root).href,
    async put(key, bytes) {
      const path = join(root, key);
      if (!path.startsWith(root)) throw new Error(`Artifact key ${key} leaves ${root}`);
      await mkdir(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, path);
      return pathToFileURL(path).href;
    },
    async get(uri) {
      if (!uri.startsWith('file:')) throw new Error(`Not a file artifact: ${uri}`);
      return new Uint8Array(await readFile(fileURLToPath(uri)));
    },
  };
}
