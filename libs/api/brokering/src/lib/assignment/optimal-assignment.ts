import type { ModelData } from 'highs';

import {
  assignmentResult,
  capacityOf,
  eligiblePairs,
  officePairKey,
  type AssignmentProblem,
  type AssignmentResult,
  type EligiblePair,
} from './assignment-problem';
import type { Highs } from './highs-runtime';

/** HiGHS did not give an optimal, integral answer (a solver failure, not the caller's input). */
export class AssignmentSolverError extends Error {
  override readonly name = 'AssignmentSolverError';
}

export interface OptimalAssignmentOptions {
  /** HiGHS stops after this many seconds, and the solve fails (status "time limit"). */
  readonly timeLimitSeconds?: number;
}

/** How far from 0 or 1 a solved value may be before the answer is taken as not integral. */
const INTEGRALITY_TOLERANCE = 1e-6;

/**
 * The linear program, with HiGHS's structured model (the LP-text path is twice as slow):
 * one column per eligible pair (objective: its score, bounds [0, 1]); rows: each request ≤ 1, each
 * candidate ≤ its capacity, and each (seeker, candidate) listed by more than one request of that
 * seeker ≤ 1 (elsewhere the request's own row is enough).
 * It is a network flow (source → request → (seeker, candidate) → candidate → sink), so the
 * constraint matrix is totally unimodular and every vertex of the relaxation is integral: no MIP.
 */
export function assignmentModel(
  highs: Pick<Highs, 'constants'>,
  problem: AssignmentProblem,
  pairs: readonly EligiblePair[],
): ModelData {
  const requestRows = new Map<number, number>();
  for (const pair of pairs) {
    if (!requestRows.has(pair.requestIndex)) requestRows.set(pair.requestIndex, requestRows.size);
  }
  const candidateRows = new Map<string, number>();
  const keys = pairs.map((pair) => officePairKey(pair.seekerOfficeCode, pair.candidateOfficeCode));
  const listings = new Map<string, number>();
  pairs.forEach((pair, column) => {
    if (!candidateRows.has(pair.candidateOfficeCode)) {
      candidateRows.set(pair.candidateOfficeCode, requestRows.size + candidateRows.size);
    }
    listings.set(keys[column], (listings.get(keys[column]) ?? 0) + 1);
  });
  const officePairRows = new Map<string, number>();
  let numRows = requestRows.size + candidateRows.size;
  for (const [key, count] of listings) if (count > 1) officePairRows.set(key, numRows++);

  const rowUpper = new Float64Array(numRows).fill(1);
  for (const [officeCode, row] of candidateRows) rowUpper[row] = capacityOf(problem, officeCode);

  // compressed by column: each column has its request row, its candidate row, maybe its office pair's
  const starts = new Int32Array(pairs.length + 1);
  const indices = new Int32Array(3 * pairs.length);
  let entries = 0;
  pairs.forEach((pair, column) => {
    indices[entries++] = requestRows.get(pair.requestIndex) as number;
    indices[entries++] = candidateRows.get(pair.candidateOfficeCode) as number;
    const officePairRow = officePairRows.get(keys[column]);
    if (officePairRow !== undefined) indices[entries++] = officePairRow;
    starts[column + 1] = entries;
  });

  return {
    numCols: pairs.length,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(pairs, (pair) => pair.score),
    colLower: new Float64Array(pairs.length),
    colUpper: new Float64Array(pairs.length).fill(1),
    rowLower: new Float64Array(numRows).fill(-Infinity),
    rowUpper,
    matrix: {
      format: 'csc',
      numRows,
      numCols: pairs.length,
      starts,
      indices: indices.subarray(0, entries),
      values: new Float64Array(entries).fill(1),
    },
  };
}

/**
 * The assignment of the greatest total score, solved by HiGHS (`loadHighs`). Synchronous and
 * blocking (about a second at 2,000 requests × 50 candidates): run it in a worker.
 */
export function optimalAssignment(
  highs: Highs,
  problem: AssignmentProblem,
  options: OptimalAssignmentOptions = {},
): AssignmentResult {
  const pairs = eligiblePairs(problem);
  // nothing to choose (no request, no candidate, no capacity left): HiGHS would only say "empty"
  if (pairs.length === 0) return assignmentResult([]);

  const colValue = highs.withModel(assignmentModel(highs, problem, pairs), (model) => {
    model.options.set({
      output_flag: false,
      // simplex ends on a vertex, which is integral here; an interior point need not be
      solver: 'simplex',
      // presolve finds little to remove in this model and costs more than it saves
      // (measured at 2,000 × 50: 0.45 s → 0.17 s solving over 10,000 offices, 2.5 → 2.2 s over 1,000)
      presolve: 'off',
      ...(options.timeLimitSeconds === undefined ? {} : { time_limit: options.timeLimitSeconds }),
    });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) {
      throw new AssignmentSolverError(`HiGHS ended with status "${statusName(highs, status)}"`);
    }
    return model.getSolution().colValue;
  });

  const chosen = pairs.filter((pair, column) => {
    const value = colValue[column];
    if (Math.abs(value) <= INTEGRALITY_TOLERANCE) return false;
    if (Math.abs(value - 1) <= INTEGRALITY_TOLERANCE) return true;
    throw new AssignmentSolverError(
      `HiGHS gave request ${pair.requestIndex} → ${pair.candidateOfficeCode} the value ${value}, ` +
        'neither 0 nor 1: the solution is not integral',
    );
  });
  return assignmentResult(chosen);
}

function statusName(highs: Highs, status: number): string {
  const names = Object.entries(highs.constants.modelStatus);
  return names.find(([, code]) => code === status)?.[0] ?? `code ${status}`;
}
