import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  AuditTrail,
  BadUserInputError,
  changedFields,
  DataLoaderRegistry,
  RequestMeta,
} from '@wild/api/core';
import { officeToEdit, parseOfficeCode } from '@wild/api/offices';
import { normalizeWipoStandard } from '@wild/shared/reference-data';

import { AdoptionStatus, StandardAdoptionEntity } from './standard-adoption.entity';
import { SetStandardAdoptionInput } from './standard-adoption.graphql';

@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Records (or changes) an office's adoption of a standard; audited field by field. */
  async set(
    actor: AuthenticatedAccount,
    input: SetStandardAdoptionInput,
    meta: RequestMeta,
  ): Promise<StandardAdoptionEntity> {
    const officeCode = parseOfficeCode(input.officeCode, 'officeCode');
    const standard = normalizeWipoStandard(input.standard);
    if (!standard) {
      throw BadUserInputError.field(
        'standard',
        `“${input.standard}” is not a WIPO standard of the CWS list (such as ST.26 or ST.96).`,
        'unknownCode',
        { list: 'standard', values: [input.standard] },
      );
    }
    if (input.status === AdoptionStatus.COMPLETE && input.plannedDate) {
      throw BadUserInputError.field(
        'plannedDate',
        'A complete implementation has no planned date.',
        'plannedDateWhenComplete',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await officeToEdit(manager, actor, officeCode, {
        refusal: 'Office admins may report for their own office only.',
      });
      const existing = await manager.findOne(StandardAdoptionEntity, {
        where: { officeCode, standard },
        lock: { mode: 'pessimistic_write' },
      });
      const next = {
        status: input.status,
        plannedDate: input.plannedDate ?? null,
        comment: input.comment?.trim() || null,
      };
      const changes = existing
        ? changedFields(existing, next)
        : Object.fromEntries(
            Object.entries(next).map(([field, value]) => [field, { before: null, after: value }]),
          );
      const saved = await manager.save(
        Object.assign(
          existing ?? manager.create(StandardAdoptionEntity, { officeCode, standard }),
          next,
          { updatedById: actor.id },
        ),
      );
      if (Object.keys(changes).length > 0) {
        await this.audit.record(
          {
            action: 'standard_adoption.set',
            entity: 'standard_adoption',
            entityId: `${officeCode}:${standard}`,
            actorId: actor.id,
            changes,
            request: meta,
          },
          manager,
        );
      }
      return saved;
    });
  }

  /** The standards of many offices, in one statement per request. */
  byOfficeLoader(loaders: DataLoaderRegistry): DataLoader<string, StandardAdoptionEntity[]> {
    return loaders.get(
      'standards.byOffice',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const rows = await this.dataSource.manager.find(StandardAdoptionEntity, {
            where: { officeCode: In([...codes]) },
            order: { standard: 'ASC' },
          });
          return codes.map((code) => rows.filter((row) => row.officeCode === code));
        }),
    );
  }
}
