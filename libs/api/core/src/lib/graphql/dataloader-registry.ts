import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request. Created fresh for each GraphQL request (so nothing is cached
 * across callers or permissions); a feature asks for its loader by a key and a factory.
 */
export class DataLoaderRegistry {
  private readonly loaders = new Map<string | symbol, DataLoader<unknown, unknown>>();

  get<K, V, C = K>(key: string | symbol, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V, C>;
  }
}
