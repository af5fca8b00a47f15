import DataLoader from 'dataloader';

import { DataLoaderRegistry } from './dataloader-registry';

describe('DataLoaderRegistry', () => {
  it('creates a loader once per key and batches its loads', async () => {
    const registry = new DataLoaderRegistry();
    const batches: number[][] = [];
    const create = () =>
      new DataLoader<number, number>(async (keys) => {
        batches.push([...keys]);
        return keys.map((key) => key * 2);
      });

    const first = registry.get('double', create);
    expect(registry.get('double', create)).toBe(first);
    await expect(Promise.all([first.load(1), first.load(2)])).resolves.toEqual([2, 4]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('keeps separate registries apart', () => {
    const create = () => new DataLoader<number, number>(async (keys) => [...keys]);
    expect(new DataLoaderRegistry().get('x', create)).not.toBe(
      new DataLoaderRegistry().get('x', create),
    );
  });
});
