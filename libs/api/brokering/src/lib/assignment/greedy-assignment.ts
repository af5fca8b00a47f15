import {
  assignmentResult,
  capacityOf,
  eligiblePairs,
  officePairKey,
  type AssignmentProblem,
  type AssignmentResult,
  type EligiblePair,
} from './assignment-problem';

/** Best first; equal scores by request index, then by candidate code, so the result is stable. */
function bestFirst(a: EligiblePair, b: EligiblePair): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.requestIndex !== b.requestIndex) return a.requestIndex - b.requestIndex;
  return a.candidateOfficeCode < b.candidateOfficeCode ? -1 : 1;
}

/**
 * What a broker does by hand: the best pair first, then the best pair still allowed, under the
 * same three rules as the optimum. The baseline the optimal assignment is compared with.
 */
export function greedyAssignment(problem: AssignmentProblem): AssignmentResult {
  const pairs = eligiblePairs(problem).sort(bestFirst);
  const served = new Uint8Array(problem.requests.length);
  const left = new Map<string, number>();
  const officePairs = new Set<string>();
  const chosen: EligiblePair[] = [];
  for (const pair of pairs) {
    if (served[pair.requestIndex]) continue;
    const capacity =
      left.get(pair.candidateOfficeCode) ?? capacityOf(problem, pair.candidateOfficeCode);
    if (capacity <= 0) continue;
    const key = officePairKey(pair.seekerOfficeCode, pair.candidateOfficeCode);
    if (officePairs.has(key)) continue;
    served[pair.requestIndex] = 1;
    left.set(pair.candidateOfficeCode, capacity - 1);
    officePairs.add(key);
    chosen.push(pair);
  }
  return assignmentResult(chosen);
}
