import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@wild/api/auth';
import { Args, GraphQLContext } from '@wild/api/core';
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

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The email the actor used where it is kept (a failed sign-in), else the acting account’s current one.',
  })
  async actorEmail(
    @Parent() entry: AuditEntryEntity,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    if (entry.actorEmail) return entry.actorEmail;
    if (!entry.actorId) return null;
    return this.audit.actorEmails(context.loaders).load(entry.actorId);
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
