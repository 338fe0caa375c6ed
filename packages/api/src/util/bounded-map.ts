/**
 * A Map that forgets its oldest entry when a new key would take it past `limit`: for caches
 * keyed by what tenants choose (secrets, tokens, settings), which must not grow for ever.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.limit) this.delete(this.keys().next().value!);
    return super.set(key, value);
  }
}
