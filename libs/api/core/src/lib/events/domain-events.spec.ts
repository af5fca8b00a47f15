import type { DataSource, EntityManager } from 'typeorm';

import { DomainEvents, type DomainEvent } from './domain-events';

/** A data source whose transactions hand out a fresh manager and commit unless the work throws. */
function fakeDataSource(): DataSource {
  return {
    transaction: async (work: (manager: EntityManager) => Promise<unknown>) =>
      work({} as EntityManager),
  } as unknown as DataSource;
}

const EVENT: DomainEvent = { type: 'thing.happened', payload: { id: 1 } };

describe('DomainEvents', () => {
  it('runs transactional handlers at publication, with the publisher’s manager', async () => {
    const events = new DomainEvents();
    const seen: [string, EntityManager][] = [];
    events.onPublish('thing.happened', async (event, manager) => {
      seen.push([event.type, manager]);
    });
    let used: EntityManager | undefined;
    await events.transaction(fakeDataSource(), async (manager) => {
      used = manager;
      await events.publish(EVENT, manager);
      expect(seen).toHaveLength(1);
    });
    expect(seen[0]?.[1]).toBe(used);
  });

  it('runs after-commit handlers once the transaction committed, in publication order', async () => {
    const events = new DomainEvents();
    const order: string[] = [];
    events.onCommit('*', (event) => {
      order.push(`commit ${String(event.payload['id'])}`);
    });
    await events.transaction(fakeDataSource(), async (manager) => {
      await events.publish(EVENT, manager);
      await events.publish({ ...EVENT, payload: { id: 2 } }, manager);
      order.push('work done');
    });
    expect(order).toEqual(['work done', 'commit 1', 'commit 2']);
  });

  it('runs no after-commit handler when the transaction rolled back', async () => {
    const events = new DomainEvents();
    const committed = jest.fn();
    events.onCommit('thing.happened', committed);
    await expect(
      events.transaction(fakeDataSource(), async (manager) => {
        await events.publish(EVENT, manager);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(committed).not.toHaveBeenCalled();
  });

  it('fails the transaction when a transactional handler fails', async () => {
    const events = new DomainEvents();
    events.onPublish('thing.happened', async () => {
      throw new Error('handler failed');
    });
    await expect(
      events.transaction(fakeDataSource(), (manager) => events.publish(EVENT, manager)),
    ).rejects.toThrow('handler failed');
  });

  it('keeps the commit when an after-commit handler fails', async () => {
    const events = new DomainEvents();
    events.onCommit('thing.happened', () => {
      throw new Error('mail down');
    });
    await expect(
      events.transaction(fakeDataSource(), async (manager) => {
        await events.publish(EVENT, manager);
        return 'done';
      }),
    ).resolves.toBe('done');
  });

  it('refuses a publication outside its transactions', async () => {
    const events = new DomainEvents();
    await expect(events.publish(EVENT, {} as EntityManager)).rejects.toThrow(
      /outside DomainEvents.transaction/,
    );
  });
});
