import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function send(res: ServerResponse, reply: Reply): void {
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}

export function sendBytes(res: ServerResponse, bytes: Uint8Array, contentType: string): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.byteLength });
  res.end(bytes);
}

const MAX_BODY = 256 * 1024;

export class BodyError extends Error {
  override name = 'BodyError';
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new BodyError('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A JSON object body, or null when the body is not one. */
export async function readJsonObject(
  req: IncomingMessage,
): Promise<Record<string, unknown> | null> {
  const text = await readBody(req);
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Query parameters by upper-cased name: KIS documents FID_INPUT_ISCD but its own Postman
 * collection sends fid_input_iscd, so the live server ignores case.
 */
export function queryOf(url: URL): Map<string, string> {
  const query = new Map<string, string>();
  for (const [name, value] of url.searchParams) query.set(name.toUpperCase(), value);
  return query;
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export const gtUid = (): string => randomBytes(16).toString('hex');

export const stringField = (record: Record<string, unknown>, name: string): string | undefined => {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
};
