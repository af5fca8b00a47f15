/**
 * The assignment of many match requests to candidate offices with limited capacity (issue 18): the
 * problem both solvers take, the result both give, and what they share. Plain data and no import
 * of Nest or the database, so that the worker running the optimal solver can load this folder alone.
 *
 * Rules: each request gets at most one of its candidates; no candidate beyond its remaining
 * capacity; at most one pair per (seeker office, candidate office), as brokering allows one open
 * introduction between two offices; maximise the total score.
 */

/** One candidate office of a request, scored as the broker sees it. */
export interface AssignmentCandidate {
  readonly officeCode: string;
  /** In [0, 1]. */
  readonly score: number;
}

export interface AssignmentRequest {
  readonly seekerOfficeCode: string;
  /** Distinct offices, never the seeker itself (both refused, see `eligiblePairs`). */
  readonly candidates: readonly AssignmentCandidate[];
}

export interface AssignmentProblem {
  /** A request's index is its position in this list. */
  readonly requests: readonly AssignmentRequest[];
  /** Remaining capacity by office code, an integer: an office absent or ≤ 0 takes nothing. */
  readonly capacity: Readonly<Record<string, number>>;
}

export interface AssignmentPair {
  readonly requestIndex: number;
  readonly candidateOfficeCode: string;
  readonly score: number;
}

export interface AssignmentResult {
  /** By request index, at most one per request. */
  readonly pairs: readonly AssignmentPair[];
  readonly totalScore: number;
  readonly assignedCount: number;
}

/** The problem itself is malformed (the caller's fault, not the solver's). */
export class AssignmentInputError extends Error {
  override readonly name = 'AssignmentInputError';
}

/** A pair the solvers may choose: a request, one of its candidates and the seeker they join. */
export interface EligiblePair extends AssignmentPair {
  readonly seekerOfficeCode: string;
}

/** The key of the one-pair-per-office-pair rule (office codes never hold a NUL). */
export function officePairKey(seekerOfficeCode: string, candidateOfficeCode: string): string {
  return `${seekerOfficeCode}\u0000${candidateOfficeCode}`;
}

/** An office's remaining capacity, 0 when absent or used up. */
export function capacityOf(problem: AssignmentProblem, officeCode: string): number {
  const capacity = Object.hasOwn(problem.capacity, officeCode) ? problem.capacity[officeCode] : 0;
  return Math.max(0, capacity);
}

/**
 * Validates the problem and lists the pairs worth choosing, in request then candidate order.
 * Left out: candidates with no capacity left, and scores of 0 — they add nothing, and leaving them
 * in would let the optimum take or leave them at random (greedy would always take them).
 * Refused: a non-finite score or one outside [0, 1]; an office listed twice by one request; a
 * request listing its own seeker (brokering never introduces an office to itself, so it is the
 * caller's bug, not something to drop silently); a capacity that is not an integer.
 */
export function eligiblePairs(problem: AssignmentProblem): EligiblePair[] {
  for (const [officeCode, capacity] of Object.entries(problem.capacity)) {
    if (!Number.isSafeInteger(capacity)) {
      throw new AssignmentInputError(`capacity of ${officeCode}: ${capacity} is not an integer`);
    }
  }
  const pairs: EligiblePair[] = [];
  problem.requests.forEach(({ seekerOfficeCode, candidates }, requestIndex) => {
    const seen = new Set<string>();
    for (const { officeCode, score } of candidates) {
      // built only to fail: this loop runs once per candidate (100,000 at 2,000 × 50)
      const where = () => `request ${requestIndex}, candidate ${officeCode}`;
      if (!Number.isFinite(score) || score < 0 || score > 1) {
        throw new AssignmentInputError(`${where()}: score ${score} is not a number in [0, 1]`);
      }
      if (officeCode === seekerOfficeCode) {
        throw new AssignmentInputError(`${where()}: the seeker cannot be its own candidate`);
      }
      if (seen.has(officeCode)) {
        throw new AssignmentInputError(`${where()}: listed twice`);
      }
      seen.add(officeCode);
      if (score > 0 && capacityOf(problem, officeCode) > 0) {
        pairs.push({ requestIndex, seekerOfficeCode, candidateOfficeCode: officeCode, score });
      }
    }
  });
  return pairs;
}

/** The result of the chosen pairs, by request index. */
export function assignmentResult(chosen: readonly AssignmentPair[]): AssignmentResult {
  const pairs = chosen
    .map(({ requestIndex, candidateOfficeCode, score }) => ({
      requestIndex,
      candidateOfficeCode,
      score,
    }))
    .sort((a, b) => a.requestIndex - b.requestIndex);
  const totalScore = pairs.reduce((total, pair) => total + pair.score, 0);
  return { pairs, totalScore, assignedCount: pairs.length };
}
