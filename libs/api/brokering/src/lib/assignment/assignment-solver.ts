import { Injectable, OnApplicationShutdown } from '@nestjs/common';

import type { AssignmentProblem, AssignmentResult } from './assignment-problem';
import { HIGHS_WORKER_POOL_DEFAULTS, HighsWorkerPool } from './assignment-solver-pool';
import { optimalAssignmentInWorker } from './optimal-assignment';

/**
 * The optimal assignment for the API: HiGHS in this process's worker thread (one pool per API
 * process, so each cluster process has its own), started at the first solve, stopped at shutdown.
 */
@Injectable()
export class AssignmentSolver implements OnApplicationShutdown {
  private readonly pool = new HighsWorkerPool(HIGHS_WORKER_POOL_DEFAULTS);

  /** TOO_MANY_REQUESTS when the queue is full; AssignmentSolverError when HiGHS fails. */
  optimal(problem: AssignmentProblem): Promise<AssignmentResult> {
    return optimalAssignmentInWorker(this.pool, problem);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
