import type { FileContentType } from '@partnerkit/contracts';

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

const SIGNATURES: { type: FileContentType; prefix: Uint8Array }[] = [
  { type: 'application/pdf', prefix: ascii('%PDF-') },
  { type: 'image/png', prefix: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { type: 'image/jpeg', prefix: Uint8Array.of(0xff, 0xd8, 0xff) },
];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP_LOCAL_FILE = ascii('PK\x03\x04');
const ZIP_END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP_CENTRAL_FILE = 0x02014b50;
const XLSX: FileContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function startsWith(bytes: Uint8Array, prefix: Uint8Array, at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

/**
 * The entry names of a zip archive, from its central directory, or `null` when there is none
 * that holds together. The central directory is what unzip tools trust, so a file whose local
 * headers say otherwise cannot pass for a workbook here and open as something else there.
 */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless an archive comment (≤ 65,535 bytes) follows it.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === ZIP_END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== ZIP_CENTRAL_FILE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const rest = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + rest > end) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + rest;
  }
  return names;
}

/** An Office Open XML workbook: a zip with the package's content types and a part under `xl/`. */
function isXlsx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_LOCAL_FILE)) return false;
  const names = zipEntryNames(bytes);
  return (
    !!names && names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('xl/'))
  );
}

function isUtf8TextWithoutNul(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of an upload as its bytes show it, or `null` when it is none of the allowed ones.
 * Signatures decide for PDF, PNG, JPEG, WebP and XLSX, whatever the name or the declared type
 * say. CSV has no signature: it is taken when the uploader calls it CSV (a `.csv` name, or
 * `text/csv` declared; Windows declares `.csv` files as `application/vnd.ms-excel`) and the
 * bytes are UTF-8 text without NUL bytes. Such a file can hold any text, HTML too; it is served
 * as `text/csv`, as an attachment and with `nosniff`, so a browser never renders it as a page.
 */
export function sniffContentType(
  bytes: Uint8Array,
  declared: { name: string; type: string },
): FileContentType | null {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.prefix)) return signature.type;
  }
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (isXlsx(bytes)) return XLSX;
  const mediaType = declared.type.split(';')[0]!.trim().toLowerCase();
  const calledCsv = /\.csv$/i.test(declared.name) || mediaType === 'text/csv';
  if (calledCsv && isUtf8TextWithoutNul(bytes)) return 'text/csv';
  return null;
}
