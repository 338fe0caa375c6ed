import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live; the `files` table holds what is known about them and
 * their `storageKey`. Keys are `/`-separated ids (`ten_…/file_…`), each written once.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Rejects when nothing is stored under `key`. */
  get(key: string): Promise<ReadableStream<Uint8Array>>;
  /** Nothing stored under `key` is not an error. */
  delete(key: string): Promise<void>;
}

export type FileStoreOptions =
  | { kind: 'disk'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      /** An S3-compatible store's URL (MinIO, R2, …), addressed path-style; absent for AWS. */
      endpoint?: string;
      /** Absent: the SDK's default chain (`AWS_REGION`, the profile). */
      region?: string;
    };

export async function openFileStore(options: FileStoreOptions): Promise<FileStore> {
  if (options.kind === 'disk') return new DiskFileStore(options.dir);
  // Imported only when configured: the AWS SDK takes a quarter of a second to load.
  const { createS3FileStore } = await import('./s3-file-store.js');
  return createS3FileStore(options);
}

const STORAGE_KEY = /^[\w-]+(\/[\w-]+)*$/;

/** One file per key under `dir`, in a folder per tenant. */
export class DiskFileStore implements FileStore {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = resolve(dir);
  }

  #path(key: string): string {
    // Keys are made from ids, never from names; this keeps a bad one from leaving the folder.
    if (!STORAGE_KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return join(this.#dir, ...key.split('/'));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.#path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
  }

  async get(key: string): Promise<ReadableStream<Uint8Array>> {
    const handle = await open(this.#path(key));
    return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }
}
