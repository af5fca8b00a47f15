import { BadUserInputError, type FieldProblem } from '@wild/api/core';
import { MaturityDimension } from '@wild/shared/domain';
import { normalizeWipoStandard } from '@wild/shared/reference-data';

import { MatchKind } from '../scoring/match-kind';
import type { MatchRequest } from '../scoring/match-scorer';
import type { OfficeFeatures } from '../scoring/office-features';

/** The arguments of `recommendations` that say what is asked. */
export interface RecommendationArgs {
  readonly kind: MatchKind;
  readonly dimension?: MaturityDimension | null;
  readonly standard?: string | null;
}

const needsDimension = (kind: MatchKind) => kind === MatchKind.MENTOR || kind === MatchKind.PEER;

/**
 * The problems of what is asked, before looking at the seeker: MENTOR and PEER need `dimension`
 * and take no `standard`; STANDARD_BUDDY needs a `standard` of the CWS list and takes no
 * `dimension`.
 */
export function requestProblems(args: RecommendationArgs): FieldProblem[] {
  const { kind, dimension, standard } = args;
  const problems: FieldProblem[] = [];
  const present = (value: unknown) => value !== null && value !== undefined;
  if (needsDimension(kind)) {
    if (!present(dimension))
      problems.push({
        field: 'dimension',
        message: `A ${kind} recommendation needs a dimension.`,
        rule: 'required',
      });
    if (present(standard))
      problems.push({
        field: 'standard',
        message: `A ${kind} recommendation takes no standard (only STANDARD_BUDDY does).`,
        rule: 'notForKind',
        params: { kind },
      });
    return problems;
  }
  if (present(dimension))
    problems.push({
      field: 'dimension',
      message: `A ${kind} recommendation takes no dimension (only MENTOR and PEER do).`,
      rule: 'notForKind',
      params: { kind },
    });
  if (!present(standard) || !standard?.trim())
    problems.push({
      field: 'standard',
      message: `A ${kind} recommendation needs a standard.`,
      rule: 'required',
    });
  else if (!normalizeWipoStandard(standard))
    problems.push({
      field: 'standard',
      message: `“${standard}” is not a WIPO standard of the CWS list (such as ST.26 or ST.96).`,
      rule: 'unknownCode',
      params: { list: 'standard', values: [standard] },
    });
  return problems;
}

/**
 * The problems of the seeker for a well-formed request: MENTOR and PEER need its level in the
 * dimension ("record a level first"); STANDARD_BUDDY needs it to plan the standard (NONE with a
 * planned date) or to implement it partly.
 */
export function seekerProblems(request: MatchRequest, seeker: OfficeFeatures): FieldProblem[] {
  if (request.kind === MatchKind.STANDARD_BUDDY) {
    const adoption = seeker.standards[request.standard];
    const seeking =
      adoption?.status === 'PARTIAL' || (adoption?.status === 'NONE' && !!adoption.plannedDate);
    if (seeking) return [];
    return [
      {
        field: 'standard',
        message: `${seeker.code} neither plans nor partly implements ${request.standard}: record a planned date or a partial implementation first.`,
        rule: 'standardNotPlanned',
        params: { standard: request.standard },
      },
    ];
  }
  if (seeker.levels[request.dimension] !== undefined) return [];
  return [
    {
      field: 'dimension',
      message: `${seeker.code} has no known level in ${request.dimension}: record a level first.`,
      rule: 'levelUnknown',
      params: { dimension: request.dimension },
    },
  ];
}

/** The request the arguments ask, with its standard normalized (`st26` → `ST.26`); or throws. */
export function parseRecommendationRequest(args: RecommendationArgs): MatchRequest {
  const problems = requestProblems(args);
  if (problems.length > 0) throw new BadUserInputError(problems);
  if (args.kind === MatchKind.STANDARD_BUDDY)
    return { kind: args.kind, standard: normalizeWipoStandard(args.standard as string) as string };
  return { kind: args.kind, dimension: args.dimension as MaturityDimension };
}

/** Throws the seeker's problems (BAD_USER_INPUT), if it has any. */
export function assertSeekerMayAsk(request: MatchRequest, seeker: OfficeFeatures): void {
  const problems = seekerProblems(request, seeker);
  if (problems.length > 0) throw new BadUserInputError(problems);
}
