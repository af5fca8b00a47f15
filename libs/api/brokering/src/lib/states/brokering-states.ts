import { ConflictError } from '@wild/api/core';

import { IntroductionState, MatchRequestState } from '../brokering.enums';

/** What can happen to a request; each moves it from some states to one. */
export type RequestMove = 'introduce' | 'reopen' | 'fulfil' | 'cancel';

/** What can happen to an introduction. */
export type IntroductionMove = 'answer' | 'activate' | 'decline' | 'expire' | 'cancel' | 'close';

const REQUEST_MOVES: Readonly<
  Record<RequestMove, { from: readonly MatchRequestState[]; to: MatchRequestState }>
> = {
  introduce: { from: [MatchRequestState.OPEN], to: MatchRequestState.INTRODUCED },
  reopen: { from: [MatchRequestState.INTRODUCED], to: MatchRequestState.OPEN },
  fulfil: { from: [MatchRequestState.INTRODUCED], to: MatchRequestState.FULFILLED },
  cancel: {
    from: [MatchRequestState.OPEN, MatchRequestState.INTRODUCED],
    to: MatchRequestState.CANCELLED,
  },
};

const INTRODUCTION_MOVES: Readonly<
  Record<IntroductionMove, { from: readonly IntroductionState[]; to: IntroductionState }>
> = {
  // one side's yes: it stays PROPOSED until the other's
  answer: { from: [IntroductionState.PROPOSED], to: IntroductionState.PROPOSED },
  activate: { from: [IntroductionState.PROPOSED], to: IntroductionState.ACTIVE },
  decline: { from: [IntroductionState.PROPOSED], to: IntroductionState.DECLINED },
  expire: { from: [IntroductionState.PROPOSED], to: IntroductionState.EXPIRED },
  cancel: { from: [IntroductionState.PROPOSED], to: IntroductionState.CANCELLED },
  close: { from: [IntroductionState.ACTIVE], to: IntroductionState.CLOSED },
};

const REQUEST_VERBS: Record<RequestMove, string> = {
  introduce: 'get an introduction',
  reopen: 'reopen',
  fulfil: 'be fulfilled',
  cancel: 'be cancelled',
};

const INTRODUCTION_VERBS: Record<IntroductionMove, string> = {
  answer: 'be answered',
  activate: 'become active',
  decline: 'be declined',
  expire: 'expire',
  cancel: 'be cancelled',
  close: 'be closed',
};

/** The state `move` leads a request in `state` to; CONFLICT naming the state if it cannot. */
export function requestAfter(state: MatchRequestState, move: RequestMove): MatchRequestState {
  const rule = REQUEST_MOVES[move];
  if (!rule.from.includes(state))
    throw new ConflictError(
      `This request is ${state}: it cannot ${REQUEST_VERBS[move]} (only a request ${rule.from.join(' or ')} can).`,
      `REQUEST_${state}`,
    );
  return rule.to;
}

/** The state `move` leads an introduction in `state` to; CONFLICT naming the state if it cannot. */
export function introductionAfter(
  state: IntroductionState,
  move: IntroductionMove,
): IntroductionState {
  const rule = INTRODUCTION_MOVES[move];
  if (!rule.from.includes(state))
    throw new ConflictError(
      `This introduction is ${state}: it cannot ${INTRODUCTION_VERBS[move]} (only one ${rule.from.join(' or ')} can).`,
      `INTRODUCTION_${state}`,
    );
  return rule.to;
}

/** A request's end states: nothing moves it any more. */
export const FINAL_REQUEST_STATES: readonly MatchRequestState[] = [
  MatchRequestState.FULFILLED,
  MatchRequestState.CANCELLED,
];
