/**
 * A cache bounded by bytes: the least recently used entries go first once `maxBytes` is passed.
 * Loads of one key share one promise; a failed load is not kept.
 */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private readonly pending = new Map<string, Promise<V>>();
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  get size() {
    return this.used;
  }

  /** The cached value, or `load`'s (its size from `sizeOf`), kept unless it alone is over the limit. */
  get(key: string, load: () => Promise<V>, sizeOf: (value: V) => number): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return Promise.resolve(hit.value);
    }
    let waiting = this.pending.get(key);
    if (!waiting) {
      waiting = load()
        .then((value) => {
          this.put(key, value, sizeOf(value));
          return value;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, waiting);
    }
    return waiting;
  }

  private put(key: string, value: V, bytes: number) {
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }
}
