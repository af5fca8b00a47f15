import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@wild/api/auth';
import { Args } from '@wild/api/core';
import type { FieldChange } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { AuditEntryEntity } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log-filter.input';
import {
  AuditChangeModel,
  AuditEntryConnection,
  AuditEntryModel,
} from './models/audit-entry.model';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Authorize(Role.BROKER)
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail, newest first (brokers and admins).',
  })
  auditLog(@Args() args: AuditLogArgs) {
    return this.audit.list(args.filter ?? {}, args);
  }

  @ResolveField(() => [AuditChangeModel])
  changes(@Parent() entry: AuditEntryEntity): AuditChangeModel[] {
    const changes = (entry.changes ?? {}) as Record<string, FieldChange>;
    return Object.entries(changes).map(([field, change]) => ({
      field,
      before:
        change.before === null || change.before === undefined
          ? null
          : JSON.stringify(change.before),
      after:
        change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
    }));
  }
}
