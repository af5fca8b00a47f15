/** The one role of an account (not a person's job: that is the member's `position`). */
export enum Role {
  MEMBER = 'MEMBER',
  /** May edit its own office and invite people into it. */
  OFFICE_ADMIN = 'OFFICE_ADMIN',
  /** International Bureau staff: sees all requests, proposes introductions. */
  BROKER = 'BROKER',
  /** Passes every role check. */
  ADMIN = 'ADMIN',
}
