import type { IntroductionFacts } from '../scoring/office-features';

/** A candidate as the introductions see it: its code and the capacity it set. */
export interface CandidateCapacity {
  readonly code: string;
  readonly capacity: number;
}

/**
 * What the introductions say about the candidates of one seeker: remaining capacity, an open
 * introduction between the two, the last decline. Matching declares it; brokering provides the
 * real one (one statement per call, for all candidates at once). It answers for the candidates
 * some introduction concerns; any other has its capacity as set, none open, none declined.
 */
export interface IntroductionFactsSource {
  forSeekers(
    seekerCode: string,
    candidates: readonly CandidateCapacity[],
  ): Promise<ReadonlyMap<string, IntroductionFacts>>;
}

export const INTRODUCTION_FACTS = Symbol('INTRODUCTION_FACTS');

/** Before brokering exists: no introduction concerns anyone (no statement). */
export class NoIntroductionsYet implements IntroductionFactsSource {
  async forSeekers(
    _seekerCode: string,
    _candidates: readonly CandidateCapacity[],
  ): Promise<ReadonlyMap<string, IntroductionFacts>> {
    return new Map();
  }
}
