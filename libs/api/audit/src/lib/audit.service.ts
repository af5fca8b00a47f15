import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';

import {
  AuditRecord,
  AuditTrail,
  BadUserInputError,
  ConnectionShape,
  DataLoaderRegistry,
  PageArgs,
  paginate,
} from '@wild/api/core';

import { AuditEntryEntity } from './audit-entry.entity';
import { AuditLogFilterInput } from './dto/audit-log-filter.input';

/** The audit trail: written by every capability (through `AuditTrail`), read by admins. */
@Injectable()
export class AuditService implements AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    record: AuditRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      actorId: record.actorId,
      actorEmail: record.actorEmail ?? null,
      changes:
        record.changes && Object.keys(record.changes).length > 0 ? { ...record.changes } : null,
      ip: record.request?.ip ?? null,
      userAgent: record.request?.userAgent ?? null,
      requestId: record.request?.requestId ?? null,
    });
  }

  /** The current email of acting accounts, by id, for one request: one statement per batch. */
  actorEmails(loaders: DataLoaderRegistry): DataLoader<string, string | null> {
    return loaders.get(
      'audit.actorEmails',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows: { id: string; email: string }[] = await this.dataSource.query(
            `SELECT id, email FROM account WHERE id = ANY($1::uuid[])`,
            [[...ids]],
          );
          const byId = new Map(rows.map((row) => [row.id, row.email]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Entries matching the filter, newest first. */
  list(filter: AuditLogFilterInput, page: PageArgs): Promise<ConnectionShape<AuditEntryEntity>> {
    if (filter.from && filter.to && filter.from >= filter.to) {
      throw BadUserInputError.field('to', 'to must be after from.', 'notAfter', { other: 'from' });
    }
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (filter.entity) query.andWhere('entry.entity = :entity', { entity: filter.entity });
    if (filter.entityId)
      query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actor) query.andWhere('entry.actorId = :actor', { actor: filter.actor });
    if (filter.from) query.andWhere('entry.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.occurredAt < :to', { to: filter.to });
    return paginate(query, page, [
      { expression: 'entry.occurredAt', direction: 'DESC', valueOf: (entry) => entry.occurredAt },
      { expression: 'entry.id', direction: 'DESC', valueOf: (entry) => entry.id },
    ]);
  }
}
