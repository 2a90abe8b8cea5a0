/**
 * The first row met for each 30-bit hash: open addressing over two typed arrays, so that 50,000
 * rows cost no boxed key, no Map entry and no garbage (a Map was most of duplicate-activity's time
 * after hashing).
 */
export class FirstByHash {
  /** hash + 1 in each slot; 0 is an empty slot. */
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** Room for `capacity` hashes, kept at most half full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.keys = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The row stored first for `hash`; or, when none was, stores `row` and returns -1. */
  firstOr(hash: number, row: number): number {
    const key = hash + 1;
    for (let k = hash & this.mask; ; k = (k + 1) & this.mask) {
      const stored = this.keys[k];
      const first = this.rows[k];
      // keys and rows have the same length: a slot that holds a key holds its row.
      if (stored === key && first !== undefined) return first;
      if (stored === 0) {
        this.keys[k] = key;
        this.rows[k] = row;
        return -1;
      }
    }
  }
}
