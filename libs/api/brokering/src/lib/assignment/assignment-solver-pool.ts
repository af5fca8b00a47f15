import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ModelData, OptionValue } from 'highs';

import { TooManyRequestsError } from '@wild/api/core';

import { AssignmentSolverError } from './optimal-assignment';

/**
 * The worker's file: beside this source under jest, and beside the API's bundle, where
 * apps/api/webpack.config.js copies it (the bundle's `__dirname` is dist/apps/api).
 */
export const HIGHS_WORKER_PATH = join(__dirname, 'highs-worker.cjs');

/** A solve's answer: HiGHS's model status by name, and the columns' values when "optimal". */
export interface HighsSolution {
  readonly status: string;
  readonly columnValues: Float64Array;
}

/** The solve took longer than the pool allows (its worker was stopped). */
export class AssignmentTimeoutError extends AssignmentSolverError {
  override readonly name = 'AssignmentTimeoutError';
}

export interface HighsWorkerPoolOptions {
  /** `highs-worker.cjs` (`HIGHS_WORKER_PATH`), or a stand-in in tests. */
  readonly workerPath: string;
  /** Solves waiting behind the running one; one more is refused with TOO_MANY_REQUESTS. */
  readonly maxQueued: number;
  /** Each solve ends by then or fails (the worker is stopped). */
  readonly timeoutMs: number;
  /** A worker is ready (HiGHS loaded, its wasm compiled) by then, or its solve fails; 30 s. */
  readonly startTimeoutMs?: number;
  /** The worker is replaced after this many solves… */
  readonly recycleAfterSolves: number;
  /** …or once its WebAssembly memory (which never shrinks) exceeds this many bytes. */
  readonly recycleAfterBytes: number;
}

/**
 * Settings for the API (measured, ../shared/STACK.md "Solvers"): 2,000 × 50 solves in about 1 s
 * and takes 243 MiB of wasm memory, 5,000 (the most allowed) in 3.5 s; a few brokers at once.
 */
export const HIGHS_WORKER_POOL_DEFAULTS: HighsWorkerPoolOptions = {
  workerPath: HIGHS_WORKER_PATH,
  maxQueued: 4,
  timeoutMs: 30_000,
  recycleAfterSolves: 100,
  recycleAfterBytes: 1024 * 2 ** 20,
};

interface Job {
  readonly id: number;
  readonly model: ModelData;
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly resolve: (solution: HighsSolution) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  ready: boolean;
  solves: number;
}

type WorkerMessage =
  | { readonly ready: true }
  | { readonly id: number; readonly error: string; readonly wasmBytes: number }
  | ({ readonly id: number; readonly wasmBytes: number } & HighsSolution);

/**
 * HiGHS off the request thread (issue 18): it blocks while it solves and never returns its memory.
 * One long-lived worker thread, started when first needed, solves one model at a time; the others
 * wait in a bounded FIFO queue. A worker that times out, fails or crashes fails its solve and is
 * replaced for the next; one that has served enough solves or grown too large is replaced between
 * solves. No Nest here: the module that owns the pool calls `close()` at shutdown.
 */
export class HighsWorkerPool {
  private readonly queue: Job[] = [];
  private running?: { readonly job: Job; timer?: NodeJS.Timeout };
  private thread?: Thread;
  private nextId = 1;
  private closed = false;
  private started = 0;

  constructor(private readonly options: HighsWorkerPoolOptions) {}

  /** How many worker threads this pool has started (each restart counts). */
  get workersStarted(): number {
    return this.started;
  }

  /** Solves `model` in the worker; refused at once when the queue is full. */
  solve(model: ModelData, options: Readonly<Record<string, OptionValue>>): Promise<HighsSolution> {
    if (this.closed) {
      return Promise.reject(new AssignmentSolverError('the HiGHS worker pool is closed'));
    }
    if (this.queue.length >= this.options.maxQueued) {
      // a place frees when the running solve ends, at the latest after its timeout
      const retryAfterSeconds = Math.max(1, Math.ceil(this.options.timeoutMs / 1000));
      return Promise.reject(new TooManyRequestsError(retryAfterSeconds));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, model, options, resolve, reject });
      this.next();
    });
  }

  /** Stops the worker and fails every solve not yet answered. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new AssignmentSolverError('the HiGHS worker pool is closed');
    for (const job of this.queue.splice(0)) job.reject(error);
    if (this.running) this.finish()?.reject(error);
    const thread = this.thread;
    this.thread = undefined;
    if (thread) await thread.worker.terminate();
  }

  /** Starts the next solve, when none runs. */
  private next(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = { job };
    const thread = this.thread ?? this.startThread();
    if (thread.ready) {
      this.dispatch(thread);
    } else {
      // loading HiGHS (compiling its wasm) is bounded apart: a solve's timeout may be shorter
      this.running.timer = this.timeout(thread, 'start');
    }
  }

  private startThread(): Thread {
    const worker = new Worker(this.options.workerPath);
    const thread: Thread = { worker, ready: false, solves: 0 };
    this.thread = thread;
    this.started++;
    worker.on('message', (message: WorkerMessage) => this.onMessage(thread, message));
    worker.on('error', (error) => this.fail(thread, `the HiGHS worker failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(thread, `the HiGHS worker stopped (exit code ${code})`));
    return thread;
  }

  private dispatch(thread: Thread): void {
    const running = this.running as NonNullable<HighsWorkerPool['running']>;
    clearTimeout(running.timer);
    running.timer = this.timeout(thread, 'solve');
    const { id, model, options } = running.job;
    // a thread holding no solve does not keep the process alive
    thread.worker.ref();
    try {
      thread.worker.postMessage({ id, model, options });
    } catch (error) {
      // the model cannot be sent (not structured-cloneable): that solve's fault, not the worker's
      this.finish()?.reject(error instanceof Error ? error : new Error(String(error)));
      thread.worker.unref();
      this.next();
    }
  }

  private timeout(thread: Thread, what: 'start' | 'solve'): NodeJS.Timeout {
    const ms = what === 'start' ? (this.options.startTimeoutMs ?? 30_000) : this.options.timeoutMs;
    return setTimeout(() => {
      if (thread !== this.thread) return;
      this.retire(thread);
      this.finish()?.reject(
        new AssignmentTimeoutError(
          `HiGHS did not ${what === 'start' ? 'start' : 'solve'} within ${ms} ms`,
        ),
      );
      this.next();
    }, ms);
  }

  private onMessage(thread: Thread, message: WorkerMessage): void {
    if (thread !== this.thread) return;
    if ('ready' in message) {
      thread.ready = true;
      if (this.running) this.dispatch(thread);
      else thread.worker.unref();
      return;
    }
    if (this.running?.job.id !== message.id) return;
    const job = this.finish() as Job;
    thread.solves++;
    thread.worker.unref();
    // an error may leave HiGHS in any state: a fresh worker for the next solve
    const spent =
      'error' in message ||
      thread.solves >= this.options.recycleAfterSolves ||
      message.wasmBytes > this.options.recycleAfterBytes;
    if (spent) this.retire(thread);
    if ('error' in message) {
      job.reject(new AssignmentSolverError(`HiGHS failed: ${message.error}`));
    } else {
      job.resolve({ status: message.status, columnValues: message.columnValues });
    }
    this.next();
  }

  /** The worker crashed or stopped: its solve fails, and the next starts a fresh one. */
  private fail(thread: Thread, reason: string): void {
    if (thread !== this.thread) return;
    this.retire(thread);
    this.finish()?.reject(new AssignmentSolverError(reason));
    this.next();
  }

  /** Drops the worker (the next solve starts another): its memory goes with it. */
  private retire(thread: Thread): void {
    if (this.thread === thread) this.thread = undefined;
    thread.worker.terminate().catch(() => undefined);
  }

  /** Ends the running solve's bookkeeping and gives its job, to settle. */
  private finish(): Job | undefined {
    const running = this.running;
    this.running = undefined;
    if (running) clearTimeout(running.timer);
    return running?.job;
  }
}
