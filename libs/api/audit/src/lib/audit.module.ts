import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditTrail } from '@wild/api/core';

import { AuditEntryEntity } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit trail, provided to every module as `AuditTrail` (declared in core). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, { provide: AuditTrail, useExisting: AuditService }, AuditResolver],
  exports: [AuditTrail, AuditService],
})
export class AuditModule {}
