import { ConflictError } from '@wild/api/core';

import { IntroductionState, MatchRequestState } from '../brokering.enums';
import { introductionAfter, IntroductionMove, requestAfter, RequestMove } from './brokering-states';

const REQUEST_TABLE: Record<MatchRequestState, Partial<Record<RequestMove, MatchRequestState>>> = {
  OPEN: { introduce: MatchRequestState.INTRODUCED, cancel: MatchRequestState.CANCELLED },
  INTRODUCED: {
    reopen: MatchRequestState.OPEN,
    fulfil: MatchRequestState.FULFILLED,
    cancel: MatchRequestState.CANCELLED,
  },
  FULFILLED: {},
  CANCELLED: {},
};

const INTRODUCTION_TABLE: Record<
  IntroductionState,
  Partial<Record<IntroductionMove, IntroductionState>>
> = {
  PROPOSED: {
    answer: IntroductionState.PROPOSED,
    activate: IntroductionState.ACTIVE,
    decline: IntroductionState.DECLINED,
    expire: IntroductionState.EXPIRED,
    cancel: IntroductionState.CANCELLED,
  },
  ACTIVE: { close: IntroductionState.CLOSED },
  DECLINED: {},
  EXPIRED: {},
  CANCELLED: {},
  CLOSED: {},
};

const REQUEST_MOVES: RequestMove[] = ['introduce', 'reopen', 'fulfil', 'cancel'];
const INTRODUCTION_MOVES: IntroductionMove[] = [
  'answer',
  'activate',
  'decline',
  'expire',
  'cancel',
  'close',
];

describe('request states', () => {
  for (const state of Object.values(MatchRequestState))
    for (const move of REQUEST_MOVES) {
      const expected = REQUEST_TABLE[state][move];
      it(`${state} --${move}--> ${expected ?? 'CONFLICT'}`, () => {
        if (expected) expect(requestAfter(state, move)).toBe(expected);
        else {
          expect(() => requestAfter(state, move)).toThrow(ConflictError);
          expect(() => requestAfter(state, move)).toThrow(new RegExp(`is ${state}`));
        }
      });
    }
});

describe('introduction states', () => {
  for (const state of Object.values(IntroductionState))
    for (const move of INTRODUCTION_MOVES) {
      const expected = INTRODUCTION_TABLE[state][move];
      it(`${state} --${move}--> ${expected ?? 'CONFLICT'}`, () => {
        if (expected) expect(introductionAfter(state, move)).toBe(expected);
        else {
          let error: unknown;
          try {
            introductionAfter(state, move);
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(ConflictError);
          expect((error as ConflictError).reason).toBe(`INTRODUCTION_${state}`);
        }
      });
    }
});
