import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';

import type { AccountCreatedListener, AccountEntity, AuthenticatedAccount } from '@wild/api/auth';
import {
  AuditTrail,
  BadUserInputError,
  changedFields,
  Clock,
  ConnectionShape,
  DataLoaderRegistry,
  duplicatesOf,
  FieldProblem,
  ForbiddenError,
  languageProblems,
  NotFoundError,
  PageArgs,
  paginateByParent,
  RequestMeta,
  timeZoneProblems,
} from '@wild/api/core';
import { isExpertiseArea } from '@wild/shared/reference-data';

import { ProfileFieldsInput, UpdateMemberInput, UpdateMyProfileInput } from './dto/member.inputs';
import { MemberPrivacy } from './member-privacy';
import { MemberEntity, MemberExpertiseEntity } from './member.entity';

const NO_SUCH_MEMBER = 'No such member.';

/** Problems the reference lists find in profile fields (languages, time zone, expertise). */
function profileProblems(input: ProfileFieldsInput): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...languageProblems('languages', input.languages),
    ...timeZoneProblems('timeZone', input.timeZone),
  ];
  const areas = (input.expertise ?? []).map((item) => item.area);
  const unknownAreas = areas.filter((area) => !isExpertiseArea(area));
  if (unknownAreas.length > 0)
    problems.push({
      field: 'expertise',
      message: `Unknown expertise areas: ${unknownAreas.join(', ')}.`,
      rule: 'unknownCode',
      params: { list: 'expertiseArea', values: unknownAreas },
    });
  const twice = duplicatesOf(areas);
  if (twice.length > 0)
    problems.push({
      field: 'expertise',
      message: 'An expertise area is listed twice.',
      rule: 'duplicate',
      params: { values: twice },
    });
  return problems;
}

type ExpertiseList = { area: string; level: number }[];

@Injectable()
export class MembersService implements AccountCreatedListener {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privacy: MemberPrivacy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** A member the viewer may see; otherwise NOT_FOUND (never confirming a hidden profile exists). */
  async getVisible(
    viewer: AuthenticatedAccount,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MemberEntity> {
    const member = await manager.findOneBy(MemberEntity, { id });
    if (!member || !this.privacy.canSeeProfile(viewer, member))
      throw new NotFoundError(NO_SUCH_MEMBER);
    return member;
  }

  async getMine(viewer: AuthenticatedAccount): Promise<MemberEntity> {
    const member = await this.dataSource.manager.findOneBy(MemberEntity, { accountId: viewer.id });
    if (!member) throw new NotFoundError('Your account has no member profile.');
    return member;
  }

  /** The caller's own profile, contact details and privacy choices included. */
  async updateMine(
    viewer: AuthenticatedAccount,
    input: UpdateMyProfileInput,
    meta: RequestMeta,
  ): Promise<MemberEntity> {
    return this.update(viewer, { accountId: viewer.id }, input, meta);
  }

  /** Another member's profile, by an admin of their office, a broker or an admin. */
  async updateOther(
    viewer: AuthenticatedAccount,
    input: UpdateMemberInput,
    meta: RequestMeta,
  ): Promise<MemberEntity> {
    const { memberId, ...fields } = input;
    return this.update(viewer, { id: memberId }, fields, meta);
  }

  /**
   * Members of an office the viewer may see, by name: `office.members` of every office a request
   * lists, in three statements for them all (per page size and cursor asked).
   */
  listForOfficeLoader(
    loaders: DataLoaderRegistry,
    viewer: AuthenticatedAccount,
    page: PageArgs,
  ): DataLoader<string, ConnectionShape<MemberEntity>> {
    return loaders.get(
      `members.byOffice:${page.first ?? ''}:${page.after ?? ''}`,
      () =>
        new DataLoader(async (officeCodes: readonly string[]) => {
          const query = this.dataSource.getRepository(MemberEntity).createQueryBuilder('member');
          this.privacy.visibleTo(query, 'member', viewer);
          const pages = await paginateByParent(query, 'member.officeCode', officeCodes, page, [
            {
              expression: 'member.fullName',
              direction: 'ASC',
              valueOf: (member) => member.fullName,
            },
            { expression: 'member.id', direction: 'ASC', valueOf: (member) => member.id },
          ]);
          return officeCodes.map((code) => pages.get(code) as ConnectionShape<MemberEntity>);
        }),
    );
  }

  /** Expertise of many members in one statement per request. */
  expertiseLoader(loaders: DataLoaderRegistry): DataLoader<string, ExpertiseList> {
    return loaders.get(
      'members.expertise',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.manager.find(MemberExpertiseEntity, {
            where: { memberId: In([...ids]) },
            order: { level: 'DESC', area: 'ASC' },
          });
          return ids.map((id) =>
            rows.filter((row) => row.memberId === id).map(({ area, level }) => ({ area, level })),
          );
        }),
    );
  }

  /** Members by account, in one statement per request. */
  byAccountLoader(loaders: DataLoaderRegistry): DataLoader<string, MemberEntity | null> {
    return loaders.get(
      'members.byAccount',
      () =>
        new DataLoader(async (accountIds: readonly string[]) => {
          const members = await this.dataSource.manager.findBy(MemberEntity, {
            accountId: In([...accountIds]),
          });
          return accountIds.map(
            (accountId) => members.find((member) => member.accountId === accountId) ?? null,
          );
        }),
    );
  }

  /**
   * Every new account gets its member profile, in the account's transaction: a profile imported
   * earlier for the same email is linked, otherwise one is created from the account.
   */
  async accountCreated(account: AccountEntity, manager: EntityManager): Promise<void> {
    const imported = await manager.findOneBy(MemberEntity, {
      email: account.email,
      accountId: IsNull(),
    });
    if (imported) {
      await manager.update(
        MemberEntity,
        { id: imported.id },
        { accountId: account.id, officeCode: account.officeCode },
      );
      return;
    }
    await manager.insert(MemberEntity, {
      accountId: account.id,
      officeCode: account.officeCode,
      email: account.email,
      fullName: account.displayName,
      languages: [account.preferredLanguage],
      illustrative: account.illustrative,
    });
  }

  private async update(
    viewer: AuthenticatedAccount,
    where: { id: string } | { accountId: string },
    input: Partial<UpdateMyProfileInput>,
    meta: RequestMeta,
  ): Promise<MemberEntity> {
    const problems = profileProblems(input);
    if (problems.length > 0) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(MemberEntity, {
        where,
        lock: { mode: 'pessimistic_write' },
      });
      const own = member?.accountId === viewer.id;
      if (!member || !this.privacy.canSeeProfile(viewer, member))
        throw new NotFoundError(NO_SUCH_MEMBER);
      if (!own && !this.privacy.canEditProfile(viewer, member)) {
        throw new ForbiddenError(
          'You may edit your own profile, or those of your office if you are its admin.',
        );
      }

      const { expertise, ...fields } = input;
      const next = Object.fromEntries(
        Object.entries(fields).filter(([, value]) => value !== undefined),
      ) as Partial<MemberEntity>;
      const changes = changedFields(member, next);
      if (expertise) {
        const before = await manager.find(MemberExpertiseEntity, {
          where: { memberId: member.id },
          order: { area: 'ASC' },
        });
        const after = [...expertise].sort((a, b) => a.area.localeCompare(b.area));
        const asList = (items: ExpertiseList) => items.map(({ area, level }) => ({ area, level }));
        if (JSON.stringify(asList(before)) !== JSON.stringify(asList(after))) {
          changes['expertise'] = { before: asList(before), after: asList(after) };
          await manager.delete(MemberExpertiseEntity, { memberId: member.id });
          if (after.length > 0) {
            await manager.insert(
              MemberExpertiseEntity,
              after.map(({ area, level }) => ({ memberId: member.id, area, level })),
            );
          }
        }
      }
      if (Object.keys(changes).length === 0) return member;
      Object.assign(member, next);
      member.updatedAt = this.clock.now(); // an expertise-only change updates the profile too
      const saved = await manager.save(member);
      await this.audit.record(
        {
          action: 'member.updated',
          entity: 'member',
          entityId: member.id,
          actorId: viewer.id,
          changes,
          request: meta,
        },
        manager,
      );
      return saved;
    });
  }
}
