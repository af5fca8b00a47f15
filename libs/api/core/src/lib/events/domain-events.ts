import { Injectable, Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

/** Something that happened in the domain: `<thing>.<what happened>` and what it is about. */
export interface DomainEvent {
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Runs inside the publisher's transaction, with its manager: it commits or rolls back with it. */
export type TransactionalHandler = (event: DomainEvent, manager: EntityManager) => Promise<void>;

/** Runs once the transaction committed (mail, a push): its failure is logged, never undoes it. */
export type AfterCommitHandler = (event: DomainEvent) => Promise<void> | void;

/**
 * The domain's event bus, in the process. A capability publishes with the manager of the
 * transaction it writes in: transactional handlers run there and then (and must use that
 * manager, never the DataSource: on the embedded engine, a statement sent outside the held
 * transaction waits for it forever); after-commit handlers run once
 * {@link DomainEvents.transaction} committed, and not at all when it rolled back.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly transactional = new Map<string, TransactionalHandler[]>();
  private readonly afterCommit = new Map<string, AfterCommitHandler[]>();
  /** The events each open transaction published, by its manager. */
  private readonly pending = new WeakMap<EntityManager, DomainEvent[]>();

  /** `type` `*` hears every event. */
  onPublish(type: string, handler: TransactionalHandler): void {
    this.transactional.set(type, [...(this.transactional.get(type) ?? []), handler]);
  }

  onCommit(type: string, handler: AfterCommitHandler): void {
    this.afterCommit.set(type, [...(this.afterCommit.get(type) ?? []), handler]);
  }

  /** A transaction whose published events reach the after-commit handlers once it committed. */
  async transaction<T>(
    dataSource: DataSource,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const published: DomainEvent[] = [];
    const result = await dataSource.transaction(async (manager) => {
      this.pending.set(manager, published);
      try {
        return await work(manager);
      } finally {
        this.pending.delete(manager);
      }
    });
    for (const event of published) await this.runAfterCommit(event);
    return result;
  }

  /** Publishes inside a {@link DomainEvents.transaction}: its handlers run now, with `manager`. */
  async publish(event: DomainEvent, manager: EntityManager): Promise<void> {
    const published = this.pending.get(manager);
    if (!published)
      throw new Error(`Event ${event.type} published outside DomainEvents.transaction`);
    published.push(event);
    for (const handler of this.handlersOf(this.transactional, event.type))
      await handler(event, manager);
  }

  private async runAfterCommit(event: DomainEvent): Promise<void> {
    for (const handler of this.handlersOf(this.afterCommit, event.type)) {
      try {
        await handler(event);
      } catch (error) {
        this.logger.error(`After-commit handler of ${event.type} failed: ${String(error)}`);
      }
    }
  }

  private handlersOf<H>(handlers: Map<string, H[]>, type: string): H[] {
    return [...(handlers.get(type) ?? []), ...(handlers.get('*') ?? [])];
  }
}
