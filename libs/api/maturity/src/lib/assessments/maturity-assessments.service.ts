import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  AuditTrail,
  BadUserInputError,
  Clock,
  ConflictError,
  ConnectionShape,
  DataLoaderRegistry,
  NotFoundError,
  PageArgs,
  paginateByParent,
  RequestMeta,
} from '@wild/api/core';
import { mayEditOffice, officeToEdit, parseOfficeCode } from '@wild/api/offices';
import type { MaturityGroup } from '@wild/shared/domain';

import { MaturityModelEntity } from '../maturity-model.entity';
import { refreshCurrentMaturity } from './current-maturity';
import {
  AssessmentStatus,
  MaturityAssessmentEntity,
  MaturityAssessmentLevelEntity,
} from './maturity-assessment.entity';
import { MaturityAssessmentInput } from './maturity-assessment.inputs';

/** Overall level and A–D group, as the domain formulas derive them. */
export interface DerivedLevels {
  readonly overallLevel: number | null;
  readonly group: MaturityGroup | null;
}

/** An office's current assessment with its derived levels. */
export interface CurrentAssessment extends DerivedLevels {
  readonly assessment: MaturityAssessmentEntity;
}

export type AssessmentLevels = Pick<
  MaturityAssessmentLevelEntity,
  'dimension' | 'level' | 'evidence'
>[];

@Injectable()
export class MaturityAssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Submits an assessment: dated, it becomes the office's current one; the office's draft ends. */
  submit(
    actor: AuthenticatedAccount,
    input: MaturityAssessmentInput,
    meta: RequestMeta,
  ): Promise<MaturityAssessmentEntity> {
    return this.write(actor, input, meta, AssessmentStatus.SUBMITTED);
  }

  /** Keeps (or replaces) the office's one draft, seen only by its office admins and brokers. */
  saveDraft(
    actor: AuthenticatedAccount,
    input: MaturityAssessmentInput,
    meta: RequestMeta,
  ): Promise<MaturityAssessmentEntity> {
    return this.write(actor, input, meta, AssessmentStatus.DRAFT);
  }

  /** The International Bureau marks a submitted assessment validated. */
  async validate(
    actor: AuthenticatedAccount,
    id: string,
    meta: RequestMeta,
  ): Promise<MaturityAssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.findOne(MaturityAssessmentEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      // brokers and admins (who validate) see drafts too: a draft is there, but not to validate
      if (!assessment) throw new NotFoundError('No such assessment.');
      if (assessment.status !== AssessmentStatus.SUBMITTED) {
        throw new ConflictError(
          'Only a submitted assessment can be validated: this one is a draft.',
        );
      }
      if (assessment.validatedAt) throw new ConflictError('This assessment is already validated.');
      assessment.validatedAt = this.clock.now();
      assessment.updatedAt = assessment.validatedAt;
      assessment.validatedById = actor.id;
      await manager.save(assessment);
      await this.audit.record(
        {
          action: 'maturity_assessment.validated',
          entity: 'maturity_assessment',
          entityId: assessment.id,
          actorId: actor.id,
          changes: { validated: { before: false, after: true } },
          request: meta,
        },
        manager,
      );
      return assessment;
    });
  }

  /** The submitted assessments of every office a request lists, newest first: three statements. */
  historyLoader(
    loaders: DataLoaderRegistry,
    page: PageArgs,
  ): DataLoader<string, ConnectionShape<MaturityAssessmentEntity>> {
    return loaders.get(
      `maturity.history:${page.first ?? ''}:${page.after ?? ''}`,
      () =>
        new DataLoader(async (officeCodes: readonly string[]) => {
          const query = this.dataSource
            .getRepository(MaturityAssessmentEntity)
            .createQueryBuilder('assessment')
            .where('assessment.status = :status', { status: AssessmentStatus.SUBMITTED });
          const pages = await paginateByParent(query, 'assessment.officeCode', officeCodes, page, [
            {
              expression: 'assessment.submittedAt',
              direction: 'DESC',
              valueOf: (assessment) => assessment.submittedAt,
            },
            {
              expression: 'assessment.id',
              direction: 'DESC',
              valueOf: (assessment) => assessment.id,
            },
          ]);
          return officeCodes.map(
            (code) => pages.get(code) as ConnectionShape<MaturityAssessmentEntity>,
          );
        }),
    );
  }

  /** The draft of an office, for its office admins, brokers and admins; null for anyone else. */
  async draft(
    actor: AuthenticatedAccount,
    officeCode: string,
    loaders: DataLoaderRegistry,
  ): Promise<MaturityAssessmentEntity | null> {
    if (!mayEditOffice(actor, officeCode)) return null;
    return this.draftLoader(loaders).load(officeCode);
  }

  /** The drafts of many offices, in one statement per request. */
  private draftLoader(
    loaders: DataLoaderRegistry,
  ): DataLoader<string, MaturityAssessmentEntity | null> {
    return loaders.get(
      'maturity.draft',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const drafts = await this.dataSource.manager.find(MaturityAssessmentEntity, {
            where: { officeCode: In([...codes]), status: AssessmentStatus.DRAFT },
          });
          return codes.map((code) => drafts.find((draft) => draft.officeCode === code) ?? null);
        }),
    );
  }

  /** Levels of many assessments, in one statement per request. */
  levelsLoader(loaders: DataLoaderRegistry): DataLoader<string, AssessmentLevels> {
    return loaders.get(
      'maturity.levels',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.manager.find(MaturityAssessmentLevelEntity, {
            where: { assessmentId: In([...ids]) },
          });
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }),
    );
  }

  /**
   * The current (newest submitted) assessments of offices with their overall level and group, in
   * one statement, through `office_current_maturity` (kept by every submission).
   */
  async currentOf(officeCodes: readonly string[]): Promise<CurrentAssessment[]> {
    if (officeCodes.length === 0) return [];
    const { entities, raw } = await this.dataSource
      .getRepository(MaturityAssessmentEntity)
      .createQueryBuilder('assessment')
      .innerJoin('office_current_maturity', 'current', 'current.assessment_id = assessment.id')
      .addSelect('current.overall_level', 'current_overall_level')
      .addSelect('current.maturity_group', 'current_maturity_group')
      .where('current.office_code IN (:...codes)', { codes: [...officeCodes] })
      .getRawAndEntities();
    return entities.map((assessment) => {
      const row = raw.find((candidate) => candidate['assessment_id'] === assessment.id);
      return {
        assessment,
        overallLevel: (row?.['current_overall_level'] as number | null) ?? null,
        group: (row?.['current_maturity_group'] as MaturityGroup | null) ?? null,
      };
    });
  }

  /** The current assessment of many offices, in one statement per request. */
  currentLoader(loaders: DataLoaderRegistry): DataLoader<string, MaturityAssessmentEntity | null> {
    return loaders.get(
      'maturity.current',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const current = await this.currentOf(codes);
          this.prime(loaders, current, []);
          return codes.map(
            (code) =>
              current.find((entry) => entry.assessment.officeCode === code)?.assessment ?? null,
          );
        }),
    );
  }

  /**
   * Overall level and group of current assessments, as `office_current_maturity` keeps them
   * (computed by the domain formulas at submission); null for an assessment that is not current.
   */
  currentDerivedLoader(loaders: DataLoaderRegistry): DataLoader<string, DerivedLevels | null> {
    return loaders.get(
      'maturity.currentDerived',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows: {
            assessment_id: string;
            overall_level: number | null;
            maturity_group: MaturityGroup | null;
          }[] = await this.dataSource.query(
            `SELECT assessment_id, overall_level, maturity_group FROM office_current_maturity
             WHERE assessment_id = ANY($1::uuid[])`,
            [[...ids]],
          );
          return ids.map((id) => {
            const row = rows.find((candidate) => candidate.assessment_id === id);
            return row ? { overallLevel: row.overall_level, group: row.maturity_group } : null;
          });
        }),
    );
  }

  /**
   * Primes this request's loaders with current assessments read earlier (for offices known to
   * have none, `withoutAssessment`), so the offices' `maturity` costs no statement.
   */
  prime(
    loaders: DataLoaderRegistry,
    current: readonly CurrentAssessment[],
    withoutAssessment: readonly string[],
  ): void {
    const byOffice = this.currentLoader(loaders);
    const derived = this.currentDerivedLoader(loaders);
    for (const { assessment, overallLevel, group } of current) {
      byOffice.prime(assessment.officeCode, assessment);
      derived.prime(assessment.id, { overallLevel, group });
    }
    for (const code of withoutAssessment) byOffice.prime(code, null);
  }

  private async write(
    actor: AuthenticatedAccount,
    input: MaturityAssessmentInput,
    meta: RequestMeta,
    status: AssessmentStatus,
  ): Promise<MaturityAssessmentEntity> {
    const officeCode = parseOfficeCode(input.officeCode, 'officeCode');
    const dimensions = input.levels.map((level) => level.dimension);
    const twice = dimensions.filter((dimension, index) => dimensions.indexOf(dimension) !== index);
    if (twice.length > 0) {
      throw BadUserInputError.field(
        'levels',
        `A dimension appears twice: ${[...new Set(twice)].join(', ')}.`,
        'duplicate',
        { values: [...new Set(twice)] },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await officeToEdit(manager, actor, officeCode, {
        refusal: 'Office admins may assess their own office only.',
      });
      const model = await manager.findOneBy(MaturityModelEntity, { inForce: true });
      if (!model) throw new ConflictError('No maturity model is in force.');
      const draft = await manager.findOne(MaturityAssessmentEntity, {
        where: { officeCode, status: AssessmentStatus.DRAFT },
        lock: { mode: 'pessimistic_write' },
      });
      let assessment: MaturityAssessmentEntity;
      if (status === AssessmentStatus.DRAFT && draft) {
        assessment = draft;
        assessment.modelVersion = model.version;
        assessment.updatedAt = this.clock.now(); // the levels change, not this row: say when
        await manager.save(assessment);
        await manager.delete(MaturityAssessmentLevelEntity, { assessmentId: assessment.id });
      } else {
        if (draft) await manager.delete(MaturityAssessmentEntity, { id: draft.id }); // submitted: the draft ends
        assessment = await manager.save(
          manager.create(MaturityAssessmentEntity, {
            officeCode,
            modelVersion: model.version,
            status,
            submittedAt: status === AssessmentStatus.SUBMITTED ? this.clock.now() : null,
            submittedById: status === AssessmentStatus.SUBMITTED ? actor.id : null,
            updatedAt: this.clock.now(),
          }),
        );
      }
      await this.insertLevels(manager, assessment.id, input);
      if (status === AssessmentStatus.SUBMITTED)
        await refreshCurrentMaturity(manager, [officeCode]);
      await this.audit.record(
        {
          action:
            status === AssessmentStatus.SUBMITTED
              ? 'maturity_assessment.submitted'
              : 'maturity_assessment.draft_saved',
          entity: 'maturity_assessment',
          entityId: assessment.id,
          actorId: actor.id,
          changes: Object.fromEntries(
            input.levels.map((level) => [
              level.dimension,
              { before: null, after: level.level ?? null },
            ]),
          ),
          request: meta,
        },
        manager,
      );
      return assessment;
    });
  }

  private async insertLevels(
    manager: EntityManager,
    assessmentId: string,
    input: MaturityAssessmentInput,
  ): Promise<void> {
    if (input.levels.length === 0) return;
    await manager.insert(
      MaturityAssessmentLevelEntity,
      input.levels.map((level) => ({
        assessmentId,
        dimension: level.dimension,
        level: level.level ?? null,
        evidence: level.evidence?.trim() || null,
      })),
    );
  }
}
