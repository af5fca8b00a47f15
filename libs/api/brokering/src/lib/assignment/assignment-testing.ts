import { munkres } from 'munkres';

import {
  capacityOf,
  eligiblePairs,
  officePairKey,
  type AssignmentProblem,
  type AssignmentRequest,
  type AssignmentResult,
} from './assignment-problem';

/** Builders and oracles for the assignment's unit tests (not exported from the lib). */

/** mulberry32: a tiny seeded PRNG, so every random case is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomProblemShape {
  readonly requests: number;
  /** Candidate offices in the pool, named C0, C1, … */
  readonly offices: number;
  /** Candidates per request, drawn in [min, max] (fewer when the pool is too small). */
  readonly candidates: readonly [min: number, max: number];
  /** Remaining capacity of each office, drawn in [min, max]. */
  readonly capacity: readonly [min: number, max: number];
  /**
   * A number: seekers drawn from the first that many offices of the pool, so seekers repeat and
   * may also be candidates (the office-pair rule matters); 'distinct': one seeker office per
   * request, outside the pool (the rule never binds, as `munkres` needs).
   */
  readonly seekers: number | 'distinct';
  /** Scores rounded to this many decimals (few decimals: many ties). */
  readonly decimals?: number;
}

/**
 * A random problem. Scores mix the candidate's own quality with noise, as real rankings do: the
 * same good offices are wanted by many requests, so capacity is contested and greedy can go wrong.
 */
export function randomProblem(random: () => number, shape: RandomProblemShape): AssignmentProblem {
  const pick = (count: number) => Math.floor(random() * count);
  const offices = Array.from({ length: shape.offices }, (_, index) => `C${index}`);
  const quality = offices.map(() => random());
  const round = 10 ** (shape.decimals ?? 3);
  const [minCapacity, maxCapacity] = shape.capacity;
  const [minCandidates, maxCandidates] = shape.candidates;
  const capacity = Object.fromEntries(
    offices.map((code) => [code, minCapacity + pick(maxCapacity - minCapacity + 1)]),
  );
  const requests = Array.from({ length: shape.requests }, (_, index): AssignmentRequest => {
    const seekerOfficeCode =
      shape.seekers === 'distinct'
        ? `S${index}`
        : offices[pick(Math.min(shape.seekers, offices.length))];
    const wanted = minCandidates + pick(maxCandidates - minCandidates + 1);
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 10; tries++) {
      const office = pick(offices.length);
      if (offices[office] !== seekerOfficeCode) chosen.add(office);
    }
    const candidates = [...chosen].map((office) => {
      const raw = 0.6 * quality[office] + 0.4 * random();
      return {
        officeCode: offices[office],
        score: Math.max(1 / round, Math.round(raw * round) / round),
      };
    });
    return { seekerOfficeCode, candidates };
  });
  return { requests, capacity };
}

/** Fails unless the result keeps the three rules and adds up. */
export function assertFeasible(problem: AssignmentProblem, result: AssignmentResult): void {
  const fail = (message: string) => {
    throw new Error(`infeasible assignment: ${message}`);
  };
  const served = new Set<number>();
  const used = new Map<string, number>();
  const officePairs = new Set<string>();
  let total = 0;
  for (const { requestIndex, candidateOfficeCode, score } of result.pairs) {
    const request = problem.requests[requestIndex];
    if (!request) fail(`no request ${requestIndex}`);
    const listed = request.candidates.find((c) => c.officeCode === candidateOfficeCode);
    if (!listed) fail(`request ${requestIndex} does not list ${candidateOfficeCode}`);
    if (listed?.score !== score) fail(`request ${requestIndex} → ${candidateOfficeCode}: score`);
    if (served.has(requestIndex)) fail(`request ${requestIndex} served twice`);
    served.add(requestIndex);
    const count = (used.get(candidateOfficeCode) ?? 0) + 1;
    if (count > capacityOf(problem, candidateOfficeCode))
      fail(`${candidateOfficeCode} over capacity`);
    used.set(candidateOfficeCode, count);
    const key = officePairKey(request.seekerOfficeCode, candidateOfficeCode);
    if (officePairs.has(key)) {
      fail(`two pairs ${request.seekerOfficeCode} → ${candidateOfficeCode}`);
    }
    officePairs.add(key);
    total += score;
  }
  if (result.assignedCount !== result.pairs.length) fail('assignedCount is not the pair count');
  if (Math.abs(result.totalScore - total) > 1e-9) {
    fail(`totalScore ${result.totalScore} is not the sum of the pairs ${total}`);
  }
}

/** The best total by trying every assignment (small problems only: (K + 1)^n of them). */
export function bruteForceTotal(problem: AssignmentProblem): number {
  const options = problem.requests.map(() => [] as { code: string; score: number }[]);
  for (const pair of eligiblePairs(problem)) {
    options[pair.requestIndex].push({ code: pair.candidateOfficeCode, score: pair.score });
  }
  const used = new Map<string, number>();
  const officePairs = new Set<string>();
  const best = (index: number): number => {
    if (index === problem.requests.length) return 0;
    let answer = best(index + 1); // this request unserved
    for (const { code, score } of options[index]) {
      const key = officePairKey(problem.requests[index].seekerOfficeCode, code);
      const count = used.get(code) ?? 0;
      if (count >= capacityOf(problem, code) || officePairs.has(key)) continue;
      used.set(code, count + 1);
      officePairs.add(key);
      answer = Math.max(answer, score + best(index + 1));
      used.set(code, count);
      officePairs.delete(key);
    }
    return answer;
  };
  return best(0);
}

/**
 * The best total by the Hungarian method (`munkres`), for problems where no seeker repeats (it
 * knows nothing of the office-pair rule): each office becomes as many columns as its capacity;
 * cost 1 − score for a listed pair and 1 for any other (as good as no pair), so the least cost is
 * the greatest score.
 */
export function munkresTotal(problem: AssignmentProblem): number {
  const columns = [...new Set(eligiblePairs(problem).map((pair) => pair.candidateOfficeCode))]
    .sort()
    .flatMap((code) => Array.from({ length: capacityOf(problem, code) }, () => code));
  if (columns.length === 0) return 0;
  const scores = problem.requests.map(
    (request) => new Map(request.candidates.map((c) => [c.officeCode, c.score])),
  );
  const costs = scores.map((row) => columns.map((code) => 1 - (row.get(code) ?? 0)));
  return munkres(costs).reduce(
    (total, [row, column]) => total + (scores[row].get(columns[column]) ?? 0),
    0,
  );
}
