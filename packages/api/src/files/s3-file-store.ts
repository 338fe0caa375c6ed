import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { FileStore, FileStoreOptions } from './file-store.js';

/** Objects in one bucket, named by their storage keys. */
export class S3FileStore implements FileStore {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
      }),
    );
  }

  async get(key: string): Promise<ReadableStream<Uint8Array>> {
    const { Body } = await this.#client.send(
      new GetObjectCommand({ Bucket: this.#bucket, Key: key }),
    );
    if (!Body) throw new Error(`S3 returned no body for ${key}`);
    return Body.transformToWebStream();
  }

  async delete(key: string): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
  }
}

/** Credentials come from the SDK's default chain (environment, profile, instance role). */
export function createS3FileStore(options: Extract<FileStoreOptions, { kind: 's3' }>): S3FileStore {
  const client = new S3Client({
    ...(options.region && { region: options.region }),
    ...(options.endpoint && { endpoint: options.endpoint, forcePathStyle: true }),
  });
  return new S3FileStore(client, options.bucket);
}
