import { createHash } from 'node:crypto';
import { REST_BASE } from '@capstone/operations';
import { RestInputError } from './request-variables.js';

/** A strong validator for a read's body: the same answer has the same tag on every replica. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether `If-None-Match` names the tag (or `*`): the client's copy is current, answer 304. */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const badPage = (field: 'limit' | 'cursor', ko: string, en: string) =>
  new RestInputError('BAD_USER_INPUT', { ko, en }, field);

/**
 * One page of a long list: `limit` items from the `cursor` (an opaque position the previous
 * page's `Link: rel="next"` handed out). The list comes whole from the operation, which is
 * bounded by its own arguments (a date range); paging keeps each answer small.
 */
export function pageOf<T>(items: T[], url: URL): { page: T[]; next?: string } {
  const limitText = url.searchParams.get('limit');
  const limit = limitText === null ? DEFAULT_PAGE_SIZE : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badPage(
      'limit',
      `limit은 1에서 ${MAX_PAGE_SIZE} 사이의 정수여야 합니다`,
      `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
    );
  }
  const cursor = url.searchParams.get('cursor');
  let start = 0;
  if (cursor !== null) {
    const decoded = /^o(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
    if (!decoded) {
      throw badPage(
        'cursor',
        'cursor는 이전 응답의 Link 헤더에서 받은 값이어야 합니다',
        "cursor must be a value from a previous answer's Link header",
      );
    }
    start = Number(decoded[1]);
  }
  const page = items.slice(start, start + limit);
  if (start + limit >= items.length) return { page };
  const nextUrl = new URL(url);
  nextUrl.searchParams.set('limit', String(limit));
  nextUrl.searchParams.set('cursor', Buffer.from(`o${start + limit}`).toString('base64url'));
  return { page, next: `<${nextUrl.pathname}${nextUrl.search}>; rel="next"` };
}

/** `/simulations/{id}` filled from the result, under REST_BASE. */
export function locationOf(template: string, result: unknown): string | undefined {
  const record = result as Record<string, unknown> | null;
  let missing = false;
  const path = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = record?.[name];
    if (typeof value !== 'string' && typeof value !== 'number') missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? undefined : `${REST_BASE}${path}`;
}
