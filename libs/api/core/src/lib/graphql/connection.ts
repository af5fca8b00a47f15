import { createHash } from 'node:crypto';
import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Brackets, QueryFailedError } from 'typeorm';

import { BadUserInputError } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay connection type for a node type: `class OfficeConnection extends Connection(Office) {}`
 * gives `OfficeConnection { edges { cursor node } pageInfo totalCount }` and `OfficeEdge`.
 */
export function Connection<T>(nodeType: Type<T>): Type<ConnectionShape<T>> {
  // named after the node's GraphQL type (`Office`), not its class (`OfficeModel`)
  @ObjectType(`${nodeType.name.replace(/(Model|Entity)$/, '')}Edge`)
  class EdgeType implements Edge<T> {
    @Field({ description: 'Opaque; pass it as `after` to read the page that follows this edge.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** `first` and `after`, as every list of the API takes them. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}.` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge already read.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string | null;
}

type CursorValue = string | number | boolean | null;

/** One key of a keyset order. The last key must be unique (a primary key) so that order is total. */
export interface KeysetOrderKey<T> {
  /** SQL expression of the key in the query (e.g. `office.code`). */
  readonly expression: string;
  readonly direction: 'ASC' | 'DESC';
  /**
   * The key's value for a node, as it goes into the cursor. A date key needs a column of
   * millisecond precision (`timestamptz(3)`), as JavaScript dates have no more.
   */
  readonly valueOf: (node: T, raw: Readonly<Record<string, unknown>>) => CursorValue | Date;
  /**
   * For a computed key (a relevance, a level from a joined table): selected under this alias, so
   * `valueOf` can read it from the raw row.
   */
  readonly selectAs?: string;
  /** What else the key's values depend on (a search's words): a cursor is valid only with it. */
  readonly tagContext?: string;
}

/** Tags a cursor with the order it belongs to, so a cursor of another list or order is refused. */
function orderTag(order: readonly KeysetOrderKey<never>[]): string {
  const keys = order
    .map((key) => `${key.expression} ${key.direction} ${key.tagContext ?? ''}`)
    .join(',');
  return createHash('sha256').update(keys).digest('base64url').slice(0, 8);
}

export function encodeCursor(tag: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([tag, ...values]), 'utf8').toString('base64url');
}

const INVALID_CURSOR = 'This cursor is not valid for this list. Start again from the first page.';

export function decodeCursor(cursor: string, tag: string, length: number): CursorValue[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === length + 1 &&
      decoded[0] === tag &&
      decoded
        .slice(1)
        .every((value) => value === null || ['string', 'number', 'boolean'].includes(typeof value))
    ) {
      return decoded.slice(1) as CursorValue[];
    }
  } catch {
    // fall through: any malformed cursor gets the same answer
  }
  throw BadUserInputError.field('after', INVALID_CURSOR, 'invalidCursor');
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw BadUserInputError.field(
      'first',
      `first must be between 1 and ${MAX_PAGE_SIZE}.`,
      'pageSize',
      { min: 1, max: MAX_PAGE_SIZE },
    );
  }
  return first;
}

/**
 * Reads one page of a query as a Relay connection, by keyset (not offset): a cursor holds the
 * order keys of its edge, so rows inserted meanwhile never shift a page (no row missed or repeated).
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: readonly KeysetOrderKey<T>[],
): Promise<ConnectionShape<T>> {
  pageSize(args.first); // a bad page size is refused before any statement
  const totalCount = await query.clone().getCount();
  return { ...(await readPage(query, args, order)), totalCount };
}

/** {@link paginate} without the count, for lists that count (and facet) on their own. */
export async function readPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: readonly KeysetOrderKey<T>[],
): Promise<Omit<ConnectionShape<T>, 'totalCount'>> {
  const first = pageSize(args.first);
  const tag = orderTag(order as readonly KeysetOrderKey<never>[]);

  const page = query.clone();
  order.forEach((key, index) => {
    if (key.selectAs) page.addSelect(key.expression, key.selectAs);
    if (index === 0) page.orderBy(key.expression, key.direction);
    else page.addOrderBy(key.expression, key.direction);
  });
  afterCursor(page, args, tag, order);
  const computed = order.some((key) => key.selectAs);
  const { entities: rows, raw } = await page
    .limit(first + 1)
    .getRawAndEntities()
    .catch(refuseUnreadableCursor(args));
  // raw rows line up with entities while the query joins nothing that multiplies rows
  if (computed && raw.length !== rows.length) {
    throw new Error('A keyset page with computed keys must not join rows that multiply it.');
  }
  return connectionPage(rows, raw as Record<string, unknown>[], first, args, tag, order);
}

/**
 * {@link paginate} for the same list under many parents at once (`office.members` on every office
 * of a page), in three statements whatever the number of parents or the page size: the counts,
 * the ranked keys of each parent's page (a window function), and the nodes. A parent with no rows
 * gets an empty connection. Edges and cursors are those {@link paginate} gives for one parent.
 * The query must select one entity and join nothing that multiplies its rows.
 */
export async function paginateByParent<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  parentExpression: string,
  parents: readonly string[],
  args: PageArgs,
  order: readonly KeysetOrderKey<T>[],
): Promise<Map<string, ConnectionShape<T>>> {
  const first = pageSize(args.first);
  const tag = orderTag(order as readonly KeysetOrderKey<never>[]);
  const { alias, metadata } = mainEntityOf(query);
  if (metadata.primaryColumns.length !== 1) {
    throw new Error('paginateByParent needs an entity with a one-column primary key.');
  }
  const primary = `${alias}.${metadata.primaryColumns[0].propertyPath}`;
  const ofParents = (selected: SelectQueryBuilder<T>) =>
    selected.andWhere(`${parentExpression} IN (:...keysetParents)`, {
      keysetParents: [...parents],
    });

  const counts = await ofParents(query.clone())
    .select(parentExpression, 'parent')
    .addSelect(`COUNT(DISTINCT ${primary})`, 'count')
    .groupBy(parentExpression)
    .getRawMany<{ parent: string; count: string }>();

  const ranked = ofParents(query.clone())
    .select(primary, 'keyset_id')
    .addSelect(parentExpression, 'keyset_parent')
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY ${parentExpression} ORDER BY ${order
        .map((key) => `${key.expression} ${key.direction}`)
        .join(', ')})`,
      'keyset_rank',
    );
  for (const key of order) if (key.selectAs) ranked.addSelect(key.expression, key.selectAs);
  afterCursor(ranked, args, tag, order);
  const rows = await query.connection
    .createQueryBuilder()
    .select('ranked.*')
    .from(`(${ranked.getQuery()})`, 'ranked')
    .where('ranked.keyset_rank <= :keysetLimit', { keysetLimit: first + 1 })
    .setParameters(ranked.getParameters())
    .orderBy('ranked.keyset_parent')
    .addOrderBy('ranked.keyset_rank')
    .getRawMany<Record<string, unknown>>()
    .catch(refuseUnreadableCursor(args));

  const nodes = rows.length
    ? await query.connection
        .createQueryBuilder<T>(metadata.target, alias)
        .whereInIds(rows.map((row) => row['keyset_id']))
        .getMany()
    : [];
  const nodeById = new Map(nodes.map((node) => [String(metadata.getEntityIdMixedMap(node)), node]));

  // one pass over the rows (in parent, then rank order), not one per parent
  const rowsByParent = new Map<unknown, Record<string, unknown>[]>();
  for (const row of rows) {
    const own = rowsByParent.get(row['keyset_parent']);
    if (own) own.push(row);
    else rowsByParent.set(row['keyset_parent'], [row]);
  }
  const countByParent = new Map(counts.map((row) => [row.parent, Number(row.count)]));

  const result = new Map<string, ConnectionShape<T>>();
  for (const parent of parents) {
    const own = rowsByParent.get(parent) ?? [];
    const ownNodes = own.flatMap((row) => nodeById.get(String(row['keyset_id'])) ?? []);
    result.set(parent, {
      ...connectionPage(ownNodes, own, first, args, tag, order),
      totalCount: countByParent.get(parent) ?? 0,
    });
  }
  return result;
}

function mainEntityOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>) {
  const main = query.expressionMap.mainAlias;
  if (!main?.hasMetadata) throw new Error('The query must select an entity.');
  return { alias: main.name, metadata: main.metadata };
}

/** Keeps the rows after the `after` cursor: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, < for DESC. */
function afterCursor<T extends ObjectLiteral>(
  page: SelectQueryBuilder<T>,
  args: PageArgs,
  tag: string,
  order: readonly KeysetOrderKey<T>[],
): void {
  if (!args.after) return;
  const values = decodeCursor(args.after, tag, order.length);
  page.andWhere(
    new Brackets((outer) => {
      order.forEach((key, index) => {
        outer.orWhere(
          new Brackets((inner) => {
            for (let previous = 0; previous < index; previous++) {
              inner.andWhere(`${order[previous].expression} = :keyset_${previous}`);
            }
            inner.andWhere(
              `${key.expression} ${key.direction === 'ASC' ? '>' : '<'} :keyset_${index}`,
            );
          }),
        );
      });
    }),
    Object.fromEntries(values.map((value, index) => [`keyset_${index}`, value])),
  );
}

/** A well-formed cursor whose values PostgreSQL cannot read as the keys' types is a bad input. */
function refuseUnreadableCursor(args: PageArgs) {
  return (error: unknown): never => {
    if (
      args.after &&
      error instanceof QueryFailedError &&
      /^22/.test(String(error.driverError?.code))
    ) {
      throw BadUserInputError.field('after', INVALID_CURSOR, 'invalidCursor');
    }
    throw error;
  };
}

/** Edges and page info of up to `first + 1` rows read in order (the extra one tells a next page). */
function connectionPage<T>(
  rows: readonly T[],
  raw: readonly Record<string, unknown>[],
  first: number,
  args: PageArgs,
  tag: string,
  order: readonly KeysetOrderKey<T>[],
): Omit<ConnectionShape<T>, 'totalCount'> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node, index) => ({
    node,
    cursor: encodeCursor(
      tag,
      order.map((key) => {
        const value = key.valueOf(node, raw[index] ?? {});
        return value instanceof Date ? value.toISOString() : value;
      }),
    ),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
