import type * as S3Sdk from '@aws-sdk/client-s3';
import type { ArtifactStore } from './store.js';

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

const S3_URI = /^s3:\/\/([^/]+)\/(.+)$/;

/** Artifacts as objects in an S3-compatible bucket (MinIO), created on first write if missing. */
export function s3Store(settings: S3Settings): ArtifactStore {
  // The SDK loads only where S3 is configured: it is large, and the retraining command's
  // start-up time counts towards a fresh platform's first forecasts.
  let connected: Promise<{ client: S3Sdk.S3Client; sdk: typeof S3Sdk }> | undefined;
  const connect = () =>
    (connected ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: settings.endpoint,
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        credentials: {
          accessKeyId: settings.accessKeyId,
          secretAccessKey: settings.secretAccessKey,
        },
      }),
    })));
  let bucketReady: Promise<void> | undefined;
  const ensureBucket = () =>
    (bucketReady ??= (async () => {
      const { client, sdk } = await connect();
      try {
        await client.send(new sdk.HeadBucketCommand({ Bucket: settings.bucket }));
      } catch {
        await client.send(new sdk.CreateBucketCommand({ Bucket: settings.bucket }));
      }
    })().catch((error: unknown) => {
      bucketReady = undefined;
      throw error;
    }));

  return {
    location: `s3://${settings.bucket}`,
    async put(key, bytes) {
      await ensureBucket();
      const { client, sdk } = await connect();
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: settings.bucket,
          Key: key,
          Body: bytes,
          ContentType: 'application/octet-stream',
        }),
      );
      return `s3://${settings.bucket}/${key}`;
    },
    async get(uri) {
      const match = S3_URI.exec(uri);
      if (!match) throw new Error(`Not an S3 artifact: ${uri}`);
      const { client, sdk } = await connect();
      const answer = await client.send(
        new sdk.GetObjectCommand({ Bucket: match[1], Key: match[2] }),
      );
      if (!answer.Body) throw new Error(`${uri} has no body`);
      return answer.Body.transformToByteArray();
    },
  };
}
