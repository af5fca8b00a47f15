/**
 * The present, as the API reads it. Code that needs the time asks this (and SQL that compares
 * with the present takes it as a parameter) instead of `Date.now()` or SQL's `now()`, so that
 * tests can move time instead of waiting for it.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Milliseconds since the epoch, as `Date.now()`. */
  nowMs(): number {
    return this.now().getTime();
  }
}

/** The machine's clock. */
export class SystemClock extends Clock {
  override now(): Date {
    return new Date();
  }
}
