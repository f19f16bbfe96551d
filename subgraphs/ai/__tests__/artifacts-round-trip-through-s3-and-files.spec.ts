import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from '@capstone/config';
import { DEFAULT_CANDIDATES, sha256Hex } from '@capstone/forecasting';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactKey, artifactStoreFor } from '../src/artifacts/store.js';
import { loadModel } from '../src/serving/loaded-model.js';
import { useAiDatabase } from './ai-database.js';
import { KRX_SYMBOLS, krxMarketData } from './krx-market.js';
import { trainAndPromote } from './train-with-library.js';

let s3: S3rver;
let directory: string;
let endpoint: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capstone-s3-'));
  // A real S3-compatible server over HTTP, started here: the SDK's requests are the real ones.
  s3 = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3?.close();
  await rm(directory, { recursive: true, force: true });
});

const s3Config = () =>
  parseEnv({
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_BUCKET: 'capstone-models-test',
  });

const ai = useAiDatabase();

describe('the artifact store', () => {
  it('writes to S3 when the endpoint and keys are set, creating the bucket, and reads back the same bytes', async () => {
    const store = artifactStoreFor(s3Config());
    expect(store.location).toBe('s3://capstone-models-test');
    const bytes = new Uint8Array(4096).map((_, i) => (i * 31) % 251);
    const uri = await store.put('krx-volatility-20d/v1-abc.onnx', bytes);
    expect(uri).toBe('s3://capstone-models-test/krx-volatility-20d/v1-abc.onnx');
    expect(await store.get(uri)).toEqual(bytes);
    await expect(store.get('s3://capstone-models-test/missing.onnx')).rejects.toThrow();
  });

  it('serves a model straight from S3, checked as from files', async () => {
    const market = krxMarketData(KRX_SYMBOLS.slice(0, 8));
    const store = artifactStoreFor(s3Config());
    const { version } = await trainAndPromote({
      prisma: ai.prisma,
      store,
      instruments: await market.history(KRX_SYMBOLS.slice(0, 8), '2019-06-01', '2022-09-19'),
      index: await market.kospi('2019-06-01', '2022-09-19'),
      kind: 'volatility',
      candidate: DEFAULT_CANDIDATES.volatility[0]!,
    });
    expect(version.artifactUri).toMatch(/^s3:\/\/capstone-models-test\/krx-volatility-20d\/v1-/);
    const loaded = await loadModel(store, version);
    await loaded.release();
    // The same store still reads file:// artifacts written before S3 was configured.
    const files = artifactStoreFor(parseEnv({ AI_ARTIFACT_DIR: ai.artifactDir }));
    const bytes = await store.get(version.artifactUri);
    const fileUri = await files.put(artifactKey(version.name, 9, sha256Hex(bytes)), bytes);
    expect(fileUri).toMatch(/^file:\/\//);
    expect(await store.get(fileUri)).toEqual(bytes);
  }, 60_000);

  it('keeps files inside its directory and refuses a key that leaves it', async () => {
    const files = artifactStoreFor(parseEnv({ AI_ARTIFACT_DIR: ai.artifactDir }));
    await expect(files.put('../outside.onnx', new Uint8Array(1))).rejects.toThrow(/leaves/);
  });
});
