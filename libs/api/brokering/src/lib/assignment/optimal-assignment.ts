import type { ModelData, ObjectiveSense, OptionValue } from 'highs';

import {
  assignmentResult,
  capacityOf,
  eligiblePairs,
  officePairKey,
  type AssignmentProblem,
  type AssignmentResult,
  type EligiblePair,
} from './assignment-problem';
import type { HighsSolution, HighsWorkerPool } from './assignment-solver-pool';
import type { Highs } from './highs-runtime';

/** HiGHS did not give an optimal, integral answer (a solver failure, not the caller's input). */
export class AssignmentSolverError extends Error {
  override readonly name: string = 'AssignmentSolverError';
}

/**
 * HiGHS's `constants.objectiveSense.maximize` (the C API's value), known without loading the wasm:
 * off the request thread, the model is built where no HiGHS is loaded (a spec checks the value).
 */
export const HIGHS_MAXIMIZE = -1 as ObjectiveSense;

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
    sense: HIGHS_MAXIMIZE,
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

/** HiGHS's options for this model, in process and in the worker alike. */
export function highsOptions(
  options: OptimalAssignmentOptions = {},
): Readonly<Record<string, OptionValue>> {
  return {
    output_flag: false,
    // simplex ends on a vertex, which is integral here; an interior point need not be
    solver: 'simplex',
    // presolve finds little to remove in this model and costs more than it saves
    // (measured at 2,000 × 50: 0.45 s → 0.17 s solving over 10,000 offices, 2.5 → 2.2 s over 1,000)
    presolve: 'off',
    ...(options.timeLimitSeconds === undefined ? {} : { time_limit: options.timeLimitSeconds }),
  };
}

/**
 * The assignment of the greatest total score, solved by HiGHS (`loadHighs`). Synchronous and
 * blocking (about a second at 2,000 requests × 50 candidates): off the request thread, use
 * `optimalAssignmentInWorker`.
 */
export function optimalAssignment(
  highs: Highs,
  problem: AssignmentProblem,
  options: OptimalAssignmentOptions = {},
): AssignmentResult {
  const pairs = eligiblePairs(problem);
  // nothing to choose (no request, no candidate, no capacity left): HiGHS would only say "empty"
  if (pairs.length === 0) return assignmentResult([]);
  const solution = highs.withModel(assignmentModel(problem, pairs), (model): HighsSolution => {
    model.options.set(highsOptions(options));
    model.run();
    const status = model.getModelStatus();
    return status === highs.constants.modelStatus.optimal
      ? { status: 'optimal', columnValues: model.getSolution().colValue }
      : { status: statusName(highs, status), columnValues: new Float64Array(0) };
  });
  return chosenAssignment(pairs, solution);
}

/**
 * The same as `optimalAssignment`, solved in the pool's worker thread: the model is built here and
 * the answer read back here, so both give the same result.
 */
export async function optimalAssignmentInWorker(
  pool: Pick<HighsWorkerPool, 'solve'>,
  problem: AssignmentProblem,
  options: OptimalAssignmentOptions = {},
): Promise<AssignmentResult> {
  const pairs = eligiblePairs(problem);
  if (pairs.length === 0) return assignmentResult([]);
  const solution = await pool.solve(assignmentModel(problem, pairs), highsOptions(options));
  return chosenAssignment(pairs, solution);
}

/** The pairs HiGHS set to 1, checked: an optimal status and every value 0 or 1. */
function chosenAssignment(
  pairs: readonly EligiblePair[],
  { status, columnValues }: HighsSolution,
): AssignmentResult {
  if (status !== 'optimal') {
    throw new AssignmentSolverError(`HiGHS ended with status "${status}"`);
  }
  if (columnValues.length !== pairs.length) {
    throw new AssignmentSolverError(
      `HiGHS gave ${columnValues.length} values for ${pairs.length} pairs`,
    );
  }
  const chosen = pairs.filter((pair, column) => {
    const value = columnValues[column];
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
