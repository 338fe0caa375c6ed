import type { FileContentType, FileObject } from '@partnerkit/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { PartnerAuth, SecretAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import type { FileStore } from './file-store.js';
import { files, type FileRow } from './files.table.js';
import type { Upload } from './upload.js';

/**
 * Stores the bytes, then writes the row: a row always has its bytes, and a failed insert takes
 * its bytes away again. A crash between the two leaves bytes no row points at, which nobody can
 * read.
 */
export async function createFile(
  db: Db,
  store: FileStore,
  auth: PartnerAuth | SecretAuth,
  upload: Upload,
  now: Date,
): Promise<FileRow> {
  const id = newId('file');
  const storageKey = `${auth.tenantId}/${id}`;
  await store.put(storageKey, upload.bytes, upload.contentType);
  try {
    const [row] = await db
      .insert(files)
      .values({
        id,
        tenantId: auth.tenantId,
        partnerId: auth.kind === 'partner' ? auth.partnerId : null,
        name: upload.name,
        size: upload.bytes.byteLength,
        contentType: upload.contentType,
        storageKey,
        createdAt: now,
      })
      .returning();
    return row!;
  } catch (error) {
    await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/** A partner sees the files it uploaded, the vendor every file of its tenant; others are 404. */
export async function findFile(
  db: Db,
  auth: PartnerAuth | SecretAuth,
  id: string,
): Promise<FileRow> {
  const [row] = await db
    .select()
    .from(files)
    .where(
      and(
        eq(files.id, id),
        eq(files.tenantId, auth.tenantId),
        auth.kind === 'partner' ? eq(files.partnerId, auth.partnerId) : undefined,
      ),
    );
  if (!row) throw new ProblemError('not_found', { detail: 'No such file' });
  return row;
}

export function toFileObject(row: FileRow): FileObject {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    // Written only from `sniffContentType`, which returns nothing else.
    contentType: row.contentType as FileContentType,
    createdAt: row.createdAt.toISOString(),
  };
}
