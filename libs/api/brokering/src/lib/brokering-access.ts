import type { AuthenticatedAccount } from '@wild/api/auth';
import { Role } from '@wild/shared/domain';

import { BrokeringActor, IntroductionSide, IntroductionState } from './brokering.enums';
import type { IntroductionEntity } from './introductions/introduction.entity';
import type { MatchRequestEntity } from './requests/match-request.entity';

export type BrokeringViewer = Pick<AuthenticatedAccount, 'id' | 'role' | 'officeCode'>;

/** Brokers and admins: the International Bureau, which sees and brokers every request. */
export function isBureau(viewer: Pick<BrokeringViewer, 'role'>): boolean {
  return viewer.role === Role.BROKER || viewer.role === Role.ADMIN;
}

/** A request is seen by its office's members and the International Bureau. */
export function maySeeRequest(viewer: BrokeringViewer, request: MatchRequestEntity): boolean {
  return isBureau(viewer) || viewer.officeCode === request.officeCode;
}

/** An introduction is seen by both offices' members and the International Bureau. */
export function maySeeIntroduction(
  viewer: BrokeringViewer,
  introduction: Pick<IntroductionEntity, 'requesterOfficeCode' | 'candidateOfficeCode'>,
): boolean {
  return (
    isBureau(viewer) ||
    viewer.officeCode === introduction.requesterOfficeCode ||
    viewer.officeCode === introduction.candidateOfficeCode
  );
}

/** The requester side: the one who asked, or an office admin of the office that asked. */
export function answersForRequester(viewer: BrokeringViewer, request: MatchRequestEntity): boolean {
  return (
    viewer.officeCode === request.officeCode &&
    (viewer.id === request.requesterId || viewer.role === Role.OFFICE_ADMIN)
  );
}

/**
 * The side the viewer may answer for (DOMAIN, "Who answers an introduction"): the requester
 * side, or the candidate side (any office admin of the candidate office); null for neither.
 */
export function sideOf(
  viewer: BrokeringViewer,
  introduction: IntroductionEntity,
  request: MatchRequestEntity,
): IntroductionSide | null {
  if (answersForRequester(viewer, request)) return IntroductionSide.REQUESTER;
  if (viewer.officeCode === introduction.candidateOfficeCode && viewer.role === Role.OFFICE_ADMIN)
    return IntroductionSide.CANDIDATE;
  return null;
}

/** Cancelling a request: the requester side or the International Bureau. */
export function mayCancelRequest(viewer: BrokeringViewer, request: MatchRequestEntity): boolean {
  return isBureau(viewer) || answersForRequester(viewer, request);
}

/** How the history names the viewer's move on this request. */
export function actorOf(
  viewer: BrokeringViewer,
  request: Pick<MatchRequestEntity, 'officeCode'>,
): BrokeringActor {
  if (viewer.officeCode === request.officeCode) return BrokeringActor.REQUESTER;
  if (isBureau(viewer)) return BrokeringActor.BUREAU;
  return BrokeringActor.CANDIDATE;
}

/** Has this side already answered? */
export function answerOf(introduction: IntroductionEntity, side: IntroductionSide): boolean | null {
  return side === IntroductionSide.REQUESTER
    ? introduction.requesterAccepted
    : introduction.candidateAccepted;
}

/** The person who accepted for the other side of an ACTIVE introduction, for the viewer. */
export function counterpartOf(
  viewer: Pick<BrokeringViewer, 'id'>,
  introduction: IntroductionEntity,
): string | null {
  if (introduction.state !== IntroductionState.ACTIVE) return null;
  if (introduction.requesterAnsweredById === viewer.id) return introduction.candidateAnsweredById;
  if (introduction.candidateAnsweredById === viewer.id) return introduction.requesterAnsweredById;
  return null;
}
