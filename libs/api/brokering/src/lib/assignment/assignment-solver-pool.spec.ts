import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { TooManyRequestsError } from '@wild/api/core';

import { eligiblePairs, type AssignmentProblem } from './assignment-problem';
import {
  AssignmentTimeoutError,
  HIGHS_WORKER_PATH,
  HighsWorkerPool,
  type HighsWorkerPoolOptions,
} from './assignment-solver-pool';
import { assertFeasible, randomProblem, seededRandom } from './assignment-testing';
import { loadHighs, type Highs } from './highs-runtime';
import {
  assignmentModel,
  AssignmentSolverError,
  highsOptions,
  optimalAssignment,
  optimalAssignmentInWorker,
} from './optimal-assignment';

// Real worker threads running the real highs-worker.cjs: no stand-in for HiGHS.

const pools: HighsWorkerPool[] = [];
function pool(options: Partial<HighsWorkerPoolOptions> = {}): HighsWorkerPool {
  const created = new HighsWorkerPool({
    workerPath: HIGHS_WORKER_PATH,
    maxQueued: 10,
    timeoutMs: 20_000,
    recycleAfterSolves: 1000,
    recycleAfterBytes: 2 ** 31,
    ...options,
  });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs(require.resolve('highs/runtime'));
});

const small: AssignmentProblem = {
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
const smallOptimum = {
  pairs: [
    { requestIndex: 0, candidateOfficeCode: 'Y', score: 0.8 },
    { requestIndex: 1, candidateOfficeCode: 'X', score: 0.85 },
  ],
  totalScore: 0.8 + 0.85,
  assignedCount: 2,
};

/** The model of 2,000 requests × 50 candidates, as the bench: about a second in HiGHS. */
function bigModel() {
  const problem = randomProblem(seededRandom(18), {
    requests: 2000,
    offices: 10000,
    candidates: [50, 50],
    capacity: [1, 3],
    seekers: 190,
  });
  return assignmentModel(problem, eligiblePairs(problem));
}

describe('HighsWorkerPool: HiGHS in a worker thread', () => {
  it('gives the in-process optimum, on random problems, in one long-lived worker', async () => {
    const solver = pool();
    for (let seed = 1; seed <= 12; seed++) {
      const problem = randomProblem(seededRandom(seed), {
        requests: 150,
        offices: 50,
        candidates: [1, 12],
        capacity: [0, 3],
        seekers: 20,
        decimals: 2,
      });
      const inWorker = await optimalAssignmentInWorker(solver, problem);
      assertFeasible(problem, inWorker);
      expect(inWorker).toEqual(optimalAssignment(highs, problem));
      expect(inWorker.assignedCount).toBeGreaterThan(0);
    }
    expect(await optimalAssignmentInWorker(solver, small)).toEqual(smallOptimum);
    expect(solver.workersStarted).toBe(1);
  });

  it('reports HiGHS stopping early, as in process', async () => {
    const problem = randomProblem(seededRandom(7), {
      requests: 300,
      offices: 60,
      candidates: [10, 20],
      capacity: [1, 3],
      seekers: 40,
    });
    await expect(
      optimalAssignmentInWorker(pool(), problem, { timeLimitSeconds: 0 }),
    ).rejects.toThrow(new AssignmentSolverError('HiGHS ended with status "timeLimit"'));
  });

  it('answers an empty problem without starting a worker', async () => {
    const solver = pool();
    const result = await optimalAssignmentInWorker(solver, { requests: [], capacity: {} });
    expect(result).toEqual({ pairs: [], totalScore: 0, assignedCount: 0 });
    expect(solver.workersStarted).toBe(0);
  });

  it('queues in order up to its bound, and refuses one more with TOO_MANY_REQUESTS', async () => {
    const solver = pool({ maxQueued: 2, timeoutMs: 4_000 });
    const finished: number[] = [];
    const solves = [0, 1, 2].map((index) =>
      optimalAssignmentInWorker(solver, small).then((result) => {
        finished.push(index);
        return result;
      }),
    );
    // one runs (or starts), two wait: a fourth is refused at once
    const refused = optimalAssignmentInWorker(solver, small);
    await expect(refused).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(refused).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 4,
    });
    for (const result of await Promise.all(solves)) expect(result).toEqual(smallOptimum);
    expect(finished).toEqual([0, 1, 2]);
    // once the queue drained, it takes solves again
    await expect(optimalAssignmentInWorker(solver, small)).resolves.toEqual(smallOptimum);
  });

  it('stops a solve past its timeout, and solves the next in a fresh worker', async () => {
    const solver = pool({ timeoutMs: 30 });
    await optimalAssignmentInWorker(solver, small); // loaded: the timeout bounds the solve alone
    const model = bigModel();
    const started = performance.now();
    const timedOut = solver.solve(model, highsOptions());
    await expect(timedOut).rejects.toThrow(
      new AssignmentTimeoutError('HiGHS did not solve within 30 ms'),
    );
    await expect(timedOut).rejects.toBeInstanceOf(AssignmentTimeoutError);
    // it gave up on time, not when HiGHS was done (about a second)
    expect(performance.now() - started).toBeLessThan(300);
    await expect(optimalAssignmentInWorker(solver, small)).resolves.toEqual(smallOptimum);
    expect(solver.workersStarted).toBe(2);
  });

  it('replaces its worker after so many solves, or once its memory exceeds the bound', async () => {
    const bySolves = pool({ recycleAfterSolves: 2 });
    for (let solve = 0; solve < 5; solve++) {
      expect(await optimalAssignmentInWorker(bySolves, small)).toEqual(smallOptimum);
    }
    // solves 1–2, 3–4 and 5: three workers
    expect(bySolves.workersStarted).toBe(3);

    // HiGHS starts with some MiB of wasm memory: a bound of 1 byte replaces it after every solve
    const byBytes = pool({ recycleAfterBytes: 1 });
    for (let solve = 0; solve < 3; solve++) await optimalAssignmentInWorker(byBytes, small);
    expect(byBytes.workersStarted).toBe(3);
    const roomy = pool();
    for (let solve = 0; solve < 3; solve++) await optimalAssignmentInWorker(roomy, small);
    expect(roomy.workersStarted).toBe(1);
  });

  it('fails the solve of a worker that crashes, and replaces the worker', async () => {
    const solver = pool({ workerPath: join(__dirname, 'highs-worker.crash-fixture.cjs') });
    expect(await optimalAssignmentInWorker(solver, small)).toEqual(smallOptimum);
    const noColumns = { numCols: 0, numRows: 0 } as Parameters<HighsWorkerPool['solve']>[0];
    await expect(solver.solve(noColumns, {})).rejects.toThrow(
      new AssignmentSolverError('the HiGHS worker failed: the worker crashed on purpose'),
    );
    expect(await optimalAssignmentInWorker(solver, small)).toEqual(smallOptimum);
    expect(solver.workersStarted).toBe(2);
  });

  it('fails a malformed model with HiGHS’s error, and solves the next in a fresh worker', async () => {
    const solver = pool();
    const malformed = { numCols: 2, numRows: 0 } as Parameters<HighsWorkerPool['solve']>[0];
    await expect(solver.solve(malformed, {})).rejects.toThrow(/^HiGHS failed: /);
    expect(await optimalAssignmentInWorker(solver, small)).toEqual(smallOptimum);
    expect(solver.workersStarted).toBe(2);
  });

  it('fails, without hanging, when the worker cannot start', async () => {
    const solver = pool({ workerPath: join(__dirname, 'no-such-worker.cjs') });
    await expect(optimalAssignmentInWorker(solver, small)).rejects.toThrow(
      /^the HiGHS worker failed: Cannot find module/,
    );
  });

  it('fails what is pending when closed, and refuses what comes after', async () => {
    const solver = pool();
    const pending = expect(optimalAssignmentInWorker(solver, small)).rejects.toThrow(
      'the HiGHS worker pool is closed',
    );
    await solver.close();
    await pending;
    await expect(optimalAssignmentInWorker(solver, small)).rejects.toThrow(
      'the HiGHS worker pool is closed',
    );
  });

  it('keeps the event loop turning while HiGHS solves a big problem', async () => {
    const solver = pool();
    await optimalAssignmentInWorker(solver, small); // the worker is up: measure the solve alone
    // built beforehand: building the model and reading its answer stay on this thread
    const model = bigModel();
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    let solution;
    try {
      solution = await solver.solve(model, highsOptions());
    } finally {
      clearInterval(ticker);
    }
    const solveMs = performance.now() - started;
    expect(solution.status).toBe('optimal');
    expect(solution.columnValues).toHaveLength(model.numCols);
    expect(solveMs).toBeGreaterThan(200);
    // about 10 ms here; solved on this thread, the gap would be the whole solve. The margin is for
    // a machine so loaded that this thread waits for a core
    expect(longestGap).toBeLessThan(solveMs / 4);
  }, 30_000);
});
