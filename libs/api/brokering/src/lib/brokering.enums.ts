import { registerEnumType } from '@nestjs/graphql';

/** A match request's life (docs/brokering.md). */
export enum MatchRequestState {
  OPEN = 'OPEN',
  INTRODUCED = 'INTRODUCED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

/** An introduction's life (docs/brokering.md). */
export enum IntroductionState {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  CLOSED = 'CLOSED',
}

/** PROPOSED and ACTIVE: what counts against capacity and the one-per-pair rule. */
export const OPEN_INTRODUCTION_STATES = [
  IntroductionState.PROPOSED,
  IntroductionState.ACTIVE,
] as const;

export enum MatchUrgency {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
}

export enum IntroductionOutcome {
  SUCCESSFUL = 'SUCCESSFUL',
  PARTLY = 'PARTLY',
  NOT_USEFUL = 'NOT_USEFUL',
}

/** The two sides of an introduction: the office that asked, the office proposed to it. */
export enum IntroductionSide {
  REQUESTER = 'REQUESTER',
  CANDIDATE = 'CANDIDATE',
}

/** Who made a move, as the history shows it (people are not named there). */
export enum BrokeringActor {
  REQUESTER = 'REQUESTER',
  CANDIDATE = 'CANDIDATE',
  BUREAU = 'BUREAU',
  /** The expiry, which nobody does. */
  SYSTEM = 'SYSTEM',
}

/** What happened, in a request's or an introduction's history. */
export enum BrokeringAction {
  REQUEST_CREATED = 'REQUEST_CREATED',
  REQUEST_CANCELLED = 'REQUEST_CANCELLED',
  REQUEST_INTRODUCED = 'REQUEST_INTRODUCED',
  REQUEST_REOPENED = 'REQUEST_REOPENED',
  REQUEST_FULFILLED = 'REQUEST_FULFILLED',
  INTRODUCTION_PROPOSED = 'INTRODUCTION_PROPOSED',
  /** One side accepted; the introduction stays PROPOSED until the other does. */
  INTRODUCTION_ACCEPTED = 'INTRODUCTION_ACCEPTED',
  INTRODUCTION_ACTIVATED = 'INTRODUCTION_ACTIVATED',
  INTRODUCTION_DECLINED = 'INTRODUCTION_DECLINED',
  INTRODUCTION_EXPIRED = 'INTRODUCTION_EXPIRED',
  INTRODUCTION_CANCELLED = 'INTRODUCTION_CANCELLED',
  INTRODUCTION_CLOSED = 'INTRODUCTION_CLOSED',
}

registerEnumType(MatchRequestState, {
  name: 'MatchRequestState',
  description:
    'OPEN → INTRODUCED (an introduction proposed) → FULFILLED (it became ACTIVE); back to OPEN when it is declined, expires or is cancelled; CANCELLED by the requester side or a broker.',
});
registerEnumType(IntroductionState, {
  name: 'IntroductionState',
  description:
    'PROPOSED → ACTIVE (both sides accepted) → CLOSED (with an outcome); or DECLINED (either side), EXPIRED (no agreement in INTRODUCTION_EXPIRY_DAYS), CANCELLED (the requester side or a broker).',
});
registerEnumType(MatchUrgency, { name: 'MatchUrgency' });
registerEnumType(IntroductionOutcome, {
  name: 'IntroductionOutcome',
  description: 'How a closed introduction went, as the one who closed it says.',
});
registerEnumType(IntroductionSide, {
  name: 'IntroductionSide',
  description: 'REQUESTER: the office that asked; CANDIDATE: the office proposed to it.',
});
registerEnumType(BrokeringActor, {
  name: 'BrokeringActor',
  description:
    'Who made a move: someone of the requesting office, of the candidate office, the International Bureau, or the expiry.',
});
registerEnumType(BrokeringAction, { name: 'BrokeringAction' });
