import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  AuditTrail,
  BadUserInputError,
  ConnectionShape,
  DataLoaderRegistry,
  paginate,
  RequestMeta,
} from '@wild/api/core';
import {
  OfficeEntity,
  officeMatchesCondition,
  officeToEdit,
  parseOfficeCode,
} from '@wild/api/offices';
import { MATURITY_DIMENSIONS, MaturityDimension } from '@wild/shared/domain';

import { visibleNeedsCondition } from './need-visibility';
import {
  NeedsOffersArgs,
  NeedsOffersFilterInput,
  SetNeedsAndOffersInput,
} from './needs-offers.graphql';
import { OfficeNeedEntity, OfficeOfferEntity } from './office-need-offer.entity';

type Viewer = Pick<AuthenticatedAccount, 'role' | 'officeCode'>;

/** What one need or offer says, as the audit records it. */
type Statement = { description: string; confidential?: boolean } | null;

@Injectable()
export class NeedsOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Replaces the office's needs, its offers, or both (a list left out stays as it is): one row per
   * dimension, unchanged rows kept as they are, the difference audited in the same transaction.
   */
  async set(
    actor: AuthenticatedAccount,
    input: SetNeedsAndOffersInput,
    meta: RequestMeta,
  ): Promise<OfficeEntity> {
    const officeCode = parseOfficeCode(input.officeCode, 'officeCode');
    if (!input.needs && !input.offers) {
      throw BadUserInputError.field('needs', 'Give needs, offers or both.', 'needsOrOffers');
    }
    const needs = input.needs && statementsOf('needs', input.needs);
    const offers = input.offers && statementsOf('offers', input.offers);
    return this.dataSource.transaction(async (manager) => {
      // the office row is locked, so two editors of one office's lists take turns
      const office = await officeToEdit(manager, actor, officeCode, {
        lock: true,
        refusal: 'Office admins may set the needs and offers of their own office only.',
      });
      const changes = {
        ...(needs &&
          (await this.replace(manager, OfficeNeedEntity, 'need', officeCode, needs, actor))),
        ...(offers &&
          (await this.replace(manager, OfficeOfferEntity, 'offer', officeCode, offers, actor))),
      };
      if (Object.keys(changes).length > 0) {
        await this.audit.record(
          {
            action: 'needs_and_offers.set',
            entity: 'office',
            entityId: officeCode,
            actorId: actor.id,
            changes,
            request: meta,
          },
          manager,
        );
      }
      return office;
    });
  }

  /** The needs of many offices the viewer may see, in one statement per request. */
  needsLoader(loaders: DataLoaderRegistry, viewer: Viewer): DataLoader<string, OfficeNeedEntity[]> {
    return loaders.get(
      'needs.byOffice',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const { condition, parameters } = visibleNeedsCondition(viewer);
          const rows = await this.dataSource
            .getRepository(OfficeNeedEntity)
            .createQueryBuilder('need')
            .where('need.officeCode IN (:...codes)', { codes: [...codes] })
            .andWhere(condition, parameters)
            .getMany();
          return codes.map((code) => inModelOrder(rows.filter((row) => row.officeCode === code)));
        }),
    );
  }

  /** The offers of many offices, in one statement per request. */
  offersLoader(loaders: DataLoaderRegistry): DataLoader<string, OfficeOfferEntity[]> {
    return loaders.get(
      'offers.byOffice',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(OfficeOfferEntity)
            .createQueryBuilder('offer')
            .where('offer.officeCode IN (:...codes)', { codes: [...codes] })
            .getMany();
          return codes.map((code) => inModelOrder(rows.filter((row) => row.officeCode === code)));
        }),
    );
  }

  /** Needs across the network, newest first: those the viewer may see, and only those counted. */
  listNeeds(viewer: Viewer, args: NeedsOffersArgs): Promise<ConnectionShape<OfficeNeedEntity>> {
    const { condition, parameters } = visibleNeedsCondition(viewer);
    const query = this.dataSource
      .getRepository(OfficeNeedEntity)
      .createQueryBuilder('need')
      .where(condition, parameters);
    return paginate(filtered(query, 'need', args.filter), args, NEWEST_FIRST('need'));
  }

  /** Offers across the network, newest first. */
  listOffers(args: NeedsOffersArgs): Promise<ConnectionShape<OfficeOfferEntity>> {
    const query = this.dataSource.getRepository(OfficeOfferEntity).createQueryBuilder('offer');
    return paginate(filtered(query, 'offer', args.filter), args, NEWEST_FIRST('offer'));
  }

  private async replace(
    manager: EntityManager,
    entity: typeof OfficeNeedEntity | typeof OfficeOfferEntity,
    kind: 'need' | 'offer',
    officeCode: string,
    next: Map<MaturityDimension, NonNullable<Statement>>,
    actor: AuthenticatedAccount,
  ): Promise<Record<string, { before: unknown; after: unknown }>> {
    const rows: (OfficeNeedEntity | OfficeOfferEntity)[] = await manager.find(entity, {
      where: { officeCode },
    });
    const before = new Map(rows.map((row) => [row.dimension, statementOf(row, kind)]));
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const dimension of MATURITY_DIMENSIONS) {
      const was = before.get(dimension) ?? null;
      const now = next.get(dimension) ?? null;
      if (JSON.stringify(was) === JSON.stringify(now)) continue;
      changes[`${kind}.${dimension}`] = { before: was, after: now };
      if (!now) {
        await manager.delete(entity, { officeCode, dimension });
      } else if (!was) {
        await manager.insert(entity, { officeCode, dimension, ...now, updatedById: actor.id });
      } else {
        await manager.update(
          entity,
          { officeCode, dimension },
          { ...now, illustrative: false, updatedById: actor.id },
        );
      }
    }
    return changes;
  }
}

/** Validated entries by dimension; a dimension given twice is refused. */
function statementsOf(
  field: 'needs' | 'offers',
  entries: { dimension: MaturityDimension; description: string; confidential?: boolean }[],
): Map<MaturityDimension, NonNullable<Statement>> {
  const statements = new Map<MaturityDimension, NonNullable<Statement>>();
  for (const entry of entries) {
    if (statements.has(entry.dimension)) {
      throw BadUserInputError.field(
        field,
        `${entry.dimension} appears twice: one entry per dimension.`,
        'duplicate',
        { values: [entry.dimension] },
      );
    }
    const description = entry.description.trim();
    if (!description) {
      throw BadUserInputError.field(
        field,
        `The ${entry.dimension} entry needs a description.`,
        'descriptionRequired',
        { dimension: entry.dimension },
      );
    }
    statements.set(
      entry.dimension,
      field === 'needs'
        ? { description, confidential: entry.confidential ?? false }
        : { description },
    );
  }
  return statements;
}

function statementOf(row: OfficeNeedEntity | OfficeOfferEntity, kind: 'need' | 'offer'): Statement {
  return kind === 'need'
    ? { description: row.description, confidential: (row as OfficeNeedEntity).confidential }
    : { description: row.description };
}

function inModelOrder<T extends { dimension: MaturityDimension }>(rows: T[]): T[] {
  return rows.sort(
    (a, b) => MATURITY_DIMENSIONS.indexOf(a.dimension) - MATURITY_DIMENSIONS.indexOf(b.dimension),
  );
}

const NEWEST_FIRST = <T extends OfficeNeedEntity | OfficeOfferEntity>(alias: string) => [
  {
    expression: `${alias}.updatedAt`,
    direction: 'DESC' as const,
    valueOf: (row: T) => row.updatedAt,
  },
  {
    expression: `${alias}.officeCode`,
    direction: 'ASC' as const,
    valueOf: (row: T) => row.officeCode,
  },
  {
    expression: `${alias}.dimension`,
    direction: 'ASC' as const,
    valueOf: (row: T) => row.dimension,
  },
];

function filtered<T extends OfficeNeedEntity | OfficeOfferEntity>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: NeedsOffersFilterInput | undefined,
): SelectQueryBuilder<T> {
  if (filter?.dimensions?.length) {
    query.andWhere(`${alias}.dimension IN (:...dimensions)`, { dimensions: filter.dimensions });
  }
  if (filter?.offices?.length) {
    const codes = filter.offices.map((code) => parseOfficeCode(code, 'filter.offices'));
    query.andWhere(`${alias}.officeCode IN (:...officeCodes)`, { officeCodes: codes });
  }
  if (filter?.regions?.length || filter?.kinds?.length) {
    const { condition, parameters } = officeMatchesCondition(`${alias}.officeCode`, filter);
    query.andWhere(condition, parameters);
  }
  return query;
}
