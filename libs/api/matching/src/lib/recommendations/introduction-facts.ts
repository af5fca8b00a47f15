import type { IntroductionFacts } from '../scoring/office-features';

/** A candidate as the introductions see it: its code and the capacity it set. */
export interface CandidateCapacity {
  readonly code: string;
  readonly capacity: number;
}

/**
 * What the introductions say about the candidates of each seeker: remaining capacity, an open
 * introduction between the two, the last decline. Matching declares it; brokering provides the
 * real one (one statement per call, for all seekers and candidates at once). By seeker, it
 * answers for the candidates some introduction concerns; any other has its capacity as set, none
 * open, none declined. Its answers may change only when the directory's version moves (its
 * tables are in the change log): matching keeps them with the candidate snapshot.
 */
export interface IntroductionFactsSource {
  forSeekers(
    seekerCodes: readonly string[],
    candidates: readonly CandidateCapacity[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, IntroductionFacts>>>;
}

export const INTRODUCTION_FACTS = Symbol('INTRODUCTION_FACTS');

/** Before brokering exists: no introduction concerns anyone (no statement). */
export class NoIntroductionsYet implements IntroductionFactsSource {
  async forSeekers(
    _seekerCodes: readonly string[],
    _candidates: readonly CandidateCapacity[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, IntroductionFacts>>> {
    return new Map();
  }
}
