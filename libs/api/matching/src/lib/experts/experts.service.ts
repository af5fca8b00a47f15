import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  BadUserInputError,
  Clock,
  ConnectionShape,
  decodeCursor,
  encodeCursor,
  FieldProblem,
  GraphQLContext,
  pageSize,
} from '@wild/api/core';
import { MemberEntity, MemberExpertiseEntity, MemberPrivacy } from '@wild/api/members';
import { OfficeEntity, OfficesService } from '@wild/api/offices';
import { isExpertiseArea } from '@wild/shared/reference-data';

import { textLanguage } from '../recommendations/recommendations.service';
import {
  rankExperts,
  type ExpertAudience,
  type ExpertFeatures,
  type ExpertiseLevel,
  type RankedExpert,
} from '../scoring/expert-scorer';
import type { MatchFactor } from '../scoring/match-kind';
import { expertReasonText, expertSummary, type MatchTextLanguage } from '../texts/match-texts';
import type { ExpertsArgs } from './expert.models';

/** An expert suggestion as the resolver returns it: `member` is the profile as loaded. */
export interface ExpertNode {
  readonly member: MemberEntity;
  readonly score: number;
  readonly summary: string;
  readonly reasons: readonly {
    readonly factor: MatchFactor;
    readonly weight: number;
    readonly value: number;
    readonly contribution: number;
    readonly text: string;
  }[];
}

const INVALID_CURSOR = 'This cursor is not valid for this list. Start again from the first page.';

/** A cursor belongs to one list: the area and the office it is for. */
function listTag(area: string, officeCode: string): string {
  return createHash('sha256')
    .update(`experts|${area}|${officeCode}`)
    .digest('base64url')
    .slice(0, 8);
}

interface ExpertRow {
  member_id: string;
  expertise_level: number;
  office_time_zone: string | null;
}

/**
 * `experts`: the members who hold an expertise area, as the caller may see them (MemberPrivacy,
 * in the SQL), the caller left out; scored in memory (expert-scorer.ts) against the office they
 * are for, and one page of them with texts in the reader's language.
 *
 * Cost: two statements whatever `first` — the office the experts are for (the request's office
 * DataLoader, which `member.office` then reuses) and one query of the members holding the area
 * with their level and their office's zone. That query reads every such member the caller may
 * see: members are far fewer than offices (a few per office), and an area is held by a share
 * of them, so the ranking happens in memory like the recommendations'.
 */
@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privacy: MemberPrivacy,
    private readonly offices: OfficesService,
    private readonly clock: Clock,
  ) {}

  async suggest(
    caller: AuthenticatedAccount,
    args: ExpertsArgs,
    context: Pick<GraphQLContext, 'loaders' | 'languages'>,
  ): Promise<ConnectionShape<ExpertNode>> {
    const first = pageSize(args.first);
    const area = args.area.trim().toUpperCase();
    const given = args.officeCode !== null && args.officeCode !== undefined;
    const officeCode = (args.officeCode ?? caller.officeCode).trim().toUpperCase();
    const problems: FieldProblem[] = [];
    if (!isExpertiseArea(area))
      problems.push({
        field: 'area',
        message: `${area} is not an area of the expertise taxonomy (see expertiseAreas).`,
        rule: 'unknownCode',
        params: { list: 'expertiseArea', values: [area] },
      });
    const office = await this.offices.loader(context.loaders).load(officeCode);
    if (!office && given)
      problems.push({
        field: 'officeCode',
        message: `No office with code ${officeCode} is in the network.`,
        rule: 'officeNotInNetwork',
        params: { code: officeCode },
      });
    if (problems.length > 0) throw new BadUserInputError(problems);
    const tag = listTag(area, officeCode);
    const position = args.after ? this.cursorPosition(args.after, tag) : null;

    // the caller's own office is the default; one that is not in the network compares nothing
    const audience: ExpertAudience | null = office
      ? { languages: office.languages, timeZone: office.timeZone }
      : null;
    const members = await this.membersWith(area, caller);
    const byId = new Map(members.map(({ member }) => [member.id, member]));
    const ranked = rankExperts(
      area,
      members.map(({ features }) => features),
      audience,
      this.clock.now(),
    );

    let start = 0;
    if (position) {
      const [score, id] = position;
      start = ranked.findIndex(
        (match) => match.score < score || (match.score === score && match.expert.id > id),
      );
      if (start < 0) start = ranked.length;
    }
    const page = ranked.slice(start, start + first);
    const language = textLanguage(context.languages);
    const edges = page.map((match) => ({
      cursor: encodeCursor(tag, [match.score, match.expert.id]),
      node: this.node(match, byId.get(match.expert.id) as MemberEntity, language),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: start + first < ranked.length,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: ranked.length,
    };
  }

  /**
   * Every member who holds `area` and whom the caller may see (MemberPrivacy.visibleTo), except
   * the caller: one statement, with the level and the office's time zone.
   */
  private async membersWith(
    area: string,
    caller: AuthenticatedAccount,
  ): Promise<{ member: MemberEntity; features: ExpertFeatures }[]> {
    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('member')
      .innerJoin(
        MemberExpertiseEntity,
        'expertise',
        'expertise.memberId = member.id AND expertise.area = :expertArea',
        { expertArea: area },
      )
      .innerJoin(OfficeEntity, 'office', 'office.code = member.officeCode')
      .addSelect('expertise.level', 'expertise_level')
      .addSelect('office.timeZone', 'office_time_zone')
      .where('member.accountId IS DISTINCT FROM :expertCaller', { expertCaller: caller.id });
    this.privacy.visibleTo(query, 'member', caller);
    const { entities, raw } = await query.getRawAndEntities<ExpertRow>();
    const rows = new Map(raw.map((row) => [row.member_id, row]));
    return entities.map((member) => {
      const row = rows.get(member.id);
      return {
        member,
        features: {
          id: member.id,
          level: Number(row?.expertise_level ?? 1) as ExpertiseLevel,
          availableToMentor: member.availableToMentor,
          languages: member.languages,
          timeZone: member.timeZone ?? row?.office_time_zone ?? null,
        },
      };
    });
  }

  private cursorPosition(after: string, tag: string): [number, string] {
    const [score, id] = decodeCursor(after, tag, 2);
    if (typeof score !== 'number' || !Number.isFinite(score) || typeof id !== 'string')
      throw BadUserInputError.field('after', INVALID_CURSOR, 'invalidCursor');
    return [score, id];
  }

  private node(match: RankedExpert, member: MemberEntity, language: MatchTextLanguage): ExpertNode {
    const names = { language };
    return {
      member,
      score: match.score,
      summary: expertSummary(match, names),
      reasons: match.reasons.map((reason) => ({
        factor: reason.factor,
        weight: reason.weight,
        value: reason.value,
        contribution: reason.contribution,
        text: expertReasonText(reason.detail, names),
      })),
    };
  }
}
