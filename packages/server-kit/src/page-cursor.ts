import { badInput } from '@capstone/errors';
import type { ObjectRef } from '@pothos/core';
import type { SubgraphSchemaTypes } from './builder.js';
import { intBetween } from './validation.js';

/**
 * Keyset pagination, newest first, on a timestamp and an id: the order stays stable while rows
 * are added, which an offset would not. A cursor is opaque to clients (base64url JSON).
 */
export interface PageCursor {
  at: Date;
  id: string;
}

export const encodeCursor = ({ at, id }: PageCursor): string =>
  Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');

export function decodeCursor(cursor: string, argument = 'after'): PageCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      string,
      string,
    ];
    const when = new Date(at);
    if (typeof id === 'string' && !Number.isNaN(when.getTime())) return { at: when, id };
  } catch {
    // fall through
  }
  throw badInput(
    {
      ko: `\`${argument}\`는 이 API가 준 커서가 아닙니다. \`nextCursor\` 값을 보내세요`,
      en: `\`${argument}\` is not a cursor this API gave out; pass a \`nextCursor\``,
    },
    { argument },
  );
}

/** The Prisma `where` of the rows after `cursor` in newest-first order of `field`, then id. */
export const olderThan = <Field extends string>(field: Field, cursor: PageCursor | null) =>
  cursor
    ? {
        OR: [
          { [field]: { lt: cursor.at } } as Record<Field, { lt: Date }>,
          { [field]: cursor.at, id: { lt: cursor.id } } as Record<Field, Date> & {
            id: { lt: string };
          },
        ],
      }
    : {};

/**
 * One page from rows fetched with `take: first + 1`: the extra row only tells that a next page
 * exists, and its cursor is the last row kept.
 */
export function pageOf<Row>(
  rows: Row[],
  first: number,
  cursorOf: (row: Row) => PageCursor,
): { rows: Row[]; nextCursor: string | null } {
  const kept = rows.slice(0, first);
  return {
    rows: kept,
    nextCursor: rows.length > first ? encodeCursor(cursorOf(kept.at(-1)!)) : null,
  };
}

/** The `first` and `after` arguments of a paged list field. */
export const FIRST_ARG = {
  defaultValue: 20,
  description: 'How many (1 to 100).',
  validate: intBetween(1, 100),
} as const;
export const AFTER_ARG = { description: 'The `nextCursor` of the previous page.' } as const;

/**
 * Adds the fields every page type ends with, after its list (`nextCursor`, `hasMore`), e.g.
 * `addCursorPageFields(builder, SimulationRunPage)` after the page's `implement`.
 */
export function addCursorPageFields<
  Context extends object,
  Page extends { nextCursor: string | null },
>(
  builder: PothosSchemaTypes.SchemaBuilder<SubgraphTypes<Context>>,
  page: ObjectRef<SubgraphTypes<Context>, Page>,
): void {
  builder.objectFields(page, (t) => ({
    nextCursor: t.string({
      nullable: true,
      description: 'The cursor of the next page; null on the last page.',
      resolve: (row) => row.nextCursor,
    }),
    hasMore: t.boolean({
      description: 'Whether a next page exists.',
      resolve: (row) => row.nextCursor !== null,
    }),
  }));
}

type SubgraphTypes<Context extends object> = PothosSchemaTypes.ExtendDefaultTypes<
  SubgraphSchemaTypes<Context>
>;
