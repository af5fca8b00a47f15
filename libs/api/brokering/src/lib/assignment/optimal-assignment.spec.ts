import { performance } from 'node:perf_hooks';

import type { AssignmentProblem } from './assignment-problem';
import {
  assertFeasible,
  bruteForceTotal,
  munkresTotal,
  randomProblem,
  seededRandom,
  type RandomProblemShape,
} from './assignment-testing';
import { greedyAssignment } from './greedy-assignment';
import { loadHighs, type Highs } from './highs-runtime';
import { assignmentModel, AssignmentSolverError, optimalAssignment } from './optimal-assignment';

// the .wasm in node_modules, as a worker outside a bundle would give it
const HIGHS_WASM = require.resolve('highs/runtime');

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs(HIGHS_WASM);
});

/** The optimal result, checked; and the greedy one, checked, never better. */
function solveBoth(problem: AssignmentProblem) {
  const optimal = optimalAssignment(highs, problem);
  const greedy = greedyAssignment(problem);
  assertFeasible(problem, optimal);
  assertFeasible(problem, greedy);
  expect(optimal.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
  return { optimal, greedy };
}

function randomCases(count: number, shape: RandomProblemShape): AssignmentProblem[] {
  return Array.from({ length: count }, (_, seed) => randomProblem(seededRandom(seed + 1), shape));
}

describe('optimalAssignment: the greatest total score (HiGHS)', () => {
  it('beats greedy where the best pair first wastes capacity', () => {
    const problem: AssignmentProblem = {
      requests: [
        {
          seekerOfficeCode: 'A',
          candidates: [
            { officeCode: 'X', score: 0.9 },
            { officeCode: 'Y', score: 0.8 },
          ],
        },
        { seekerOfficeCode: 'B', candidates: [{ officeCode: 'X', score: 0.85 }] },
      ],
      capacity: { X: 1, Y: 1 },
    };
    const { optimal, greedy } = solveBoth(problem);
    expect(greedy.totalScore).toBeCloseTo(0.9, 12);
    expect(optimal.pairs).toEqual([
      { requestIndex: 0, candidateOfficeCode: 'Y', score: 0.8 },
      { requestIndex: 1, candidateOfficeCode: 'X', score: 0.85 },
    ]);
    expect(optimal.totalScore).toBeCloseTo(1.65, 12);
    expect(optimal.assignedCount).toBe(2);
  });

  it('gives one pair per office pair, even where capacity would allow two', () => {
    const problem: AssignmentProblem = {
      requests: [
        { seekerOfficeCode: 'S', candidates: [{ officeCode: 'X', score: 0.9 }] },
        { seekerOfficeCode: 'S', candidates: [{ officeCode: 'X', score: 0.8 }] },
        { seekerOfficeCode: 'T', candidates: [{ officeCode: 'X', score: 0.3 }] },
      ],
      capacity: { X: 3 },
    };
    const { optimal } = solveBoth(problem);
    expect(optimal.pairs.map((pair) => pair.requestIndex)).toEqual([0, 2]);
    // its model: 3 request rows, 1 candidate row, and 1 row for S → X (listed twice); T → X needs none
    const model = assignmentModel(problem, [
      { requestIndex: 0, seekerOfficeCode: 'S', candidateOfficeCode: 'X', score: 0.9 },
      { requestIndex: 1, seekerOfficeCode: 'S', candidateOfficeCode: 'X', score: 0.8 },
      { requestIndex: 2, seekerOfficeCode: 'T', candidateOfficeCode: 'X', score: 0.3 },
    ]);
    expect([model.numRows, model.numCols]).toEqual([5, 3]);
    // built without HiGHS loaded (for the worker), with HiGHS's own constant
    expect(model.sense).toBe(highs.constants.objectiveSense.maximize);
    expect(Array.from(model.rowUpper)).toEqual([1, 1, 1, 3, 1]);
    expect(Array.from(model.matrix.starts)).toEqual([0, 3, 6, 8]);
    expect(Array.from(model.matrix.indices)).toEqual([0, 3, 4, 1, 3, 4, 2, 3]);
  });

  it('equals brute force on small problems where seekers repeat', () => {
    const cases = randomCases(300, {
      requests: 6,
      offices: 4,
      candidates: [0, 4],
      capacity: [0, 2],
      seekers: 3,
      decimals: 1,
    });
    for (const problem of cases) {
      expect(solveBoth(problem).optimal.totalScore).toBeCloseTo(bruteForceTotal(problem), 9);
    }
    // the cases exercise what they should: the office-pair rule and greedy's mistakes
    const optimalRepeatsASeeker = cases.some((problem) => {
      const seekers = optimalAssignment(highs, problem).pairs.map(
        (pair) => problem.requests[pair.requestIndex].seekerOfficeCode,
      );
      return new Set(seekers).size < seekers.length;
    });
    expect(optimalRepeatsASeeker).toBe(true);
    const greedyLoses = cases.filter(
      (problem) =>
        optimalAssignment(highs, problem).totalScore > greedyAssignment(problem).totalScore + 1e-9,
    );
    expect(greedyLoses.length).toBeGreaterThan(0);
  });

  it.each([
    ['small', 200, { requests: 6, offices: 4, candidates: [1, 4], capacity: [0, 2] }],
    ['medium', 20, { requests: 120, offices: 40, candidates: [1, 15], capacity: [0, 3] }],
  ] as const)('equals munkres on %s problems where no seeker repeats', (_, count, shape) => {
    for (const problem of randomCases(count, { ...shape, seekers: 'distinct' })) {
      expect(solveBoth(problem).optimal.totalScore).toBeCloseTo(munkresTotal(problem), 9);
    }
  });

  it('answers an empty result, without HiGHS, when there is nothing to choose', () => {
    const noHighs = new Proxy({} as Highs, {
      get: (_, property) => {
        throw new Error(`HiGHS called (${String(property)})`);
      },
    });
    const empty = { pairs: [], totalScore: 0, assignedCount: 0 };
    const requests = [
      { seekerOfficeCode: 'S', candidates: [{ officeCode: 'X', score: 0.9 }] },
      { seekerOfficeCode: 'T', candidates: [{ officeCode: 'Y', score: 0.4 }] },
    ];
    expect(optimalAssignment(noHighs, { requests: [], capacity: { X: 1 } })).toEqual(empty);
    expect(
      optimalAssignment(noHighs, {
        requests: [{ seekerOfficeCode: 'S', candidates: [] }],
        capacity: { X: 1 },
      }),
    ).toEqual(empty);
    // capacity all 0 (or none left, or none given): nobody can be served
    for (const capacity of [{ X: 0, Y: 0 }, { X: -1 }, {}] as Record<string, number>[]) {
      expect(optimalAssignment(noHighs, { requests, capacity })).toEqual(empty);
      expect(greedyAssignment({ requests, capacity })).toEqual(empty);
    }
  });

  it('fails with the status when HiGHS stops before the optimum', () => {
    const problem = randomProblem(seededRandom(7), {
      requests: 300,
      offices: 60,
      candidates: [10, 20],
      capacity: [1, 3],
      seekers: 40,
    });
    expect(() => optimalAssignment(highs, problem, { timeLimitSeconds: 0 })).toThrow(
      new AssignmentSolverError('HiGHS ended with status "timeLimit"'),
    );
  });

  it('fails loudly when HiGHS answers a value neither 0 nor 1', () => {
    // a stand-in for HiGHS: a real solve of this model ends on a vertex, always integral
    const halfway = {
      constants: highs.constants,
      withModel: (_: unknown, operation: (model: unknown) => unknown) =>
        operation({
          options: { set: () => undefined },
          run: () => undefined,
          getModelStatus: () => highs.constants.modelStatus.optimal,
          getSolution: () => ({ colValue: Float64Array.of(0.5) }),
        }),
    } as unknown as Highs;
    const problem = {
      requests: [{ seekerOfficeCode: 'S', candidates: [{ officeCode: 'X', score: 0.9 }] }],
      capacity: { X: 1 },
    };
    expect(() => optimalAssignment(halfway, problem)).toThrow(
      new AssignmentSolverError(
        'HiGHS gave request 0 → X the value 0.5, neither 0 nor 1: the solution is not integral',
      ),
    );
  });

  // A measure, not a check (timings vary by machine): ASSIGNMENT_BENCH=1 npx jest -c … optimal-assignment
  (process.env['ASSIGNMENT_BENCH'] ? it : it.skip)(
    'measures 2,000 (and 5,000) requests × 50 candidates, capacity 1–3',
    () => {
      const time = <T>(run: () => T): [T, number] => {
        const started = performance.now();
        return [run(), Math.round(performance.now() - started)];
      };
      // 10,000 offices as in the bench; 1,000: capacity scarce (2,000 places for 2,000 requests)
      for (const [requests, offices] of [
        [2000, 10000],
        [2000, 1000],
        [5000, 10000],
      ]) {
        const problem = randomProblem(seededRandom(18), {
          requests,
          offices,
          candidates: [50, 50],
          capacity: [1, 3],
          seekers: 190,
        });
        const [, firstMs] = time(() => optimalAssignment(highs, problem)); // the first solve warms up
        const [optimal, optimalMs] = time(() => optimalAssignment(highs, problem));
        const [greedy, greedyMs] = time(() => greedyAssignment(problem));
        assertFeasible(problem, optimal);
        assertFeasible(problem, greedy);
        const gap = (100 * (optimal.totalScore - greedy.totalScore)) / optimal.totalScore;
        console.log(
          `${requests} requests over ${offices} offices: optimal ${optimalMs} ms (first ` +
            `${firstMs} ms), ${optimal.totalScore.toFixed(3)}, ${optimal.assignedCount} assigned; ` +
            `greedy ${greedyMs} ms, ${greedy.totalScore.toFixed(3)} (${gap.toFixed(2)} % less), ` +
            `${greedy.assignedCount} assigned; wasm memory ${highs.memoryBytes / 2 ** 20} MiB`,
        );
      }
    },
  );
});
