import { mulberry32 } from '../names.js';

// Every generated record draws from its own stream, seeded by (world seed, record serial), so
// record n is the same whether it is built alone, in a chunk of 20k, or after a crash resume.

/** A 32-bit mix of the seed and keys (murmur3's finaliser): nearby serials give unrelated streams. */
export function mix(seed: number, ...keys: number[]): number {
  let h = seed >>> 0;
  for (const k of keys) {
    h ^= Math.imul(k >>> 0, 0x9e3779b1) + 0x7f4a7c15;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A 32-bit hash of a string, for keying streams by region codes and the like. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type Rand = () => number;

export const streamFor = (seed: number, ...keys: number[]): Rand => mulberry32(mix(seed, ...keys));

export const pick = <T>(rand: Rand, items: ArrayLike<T>): T => items[Math.floor(rand() * items.length)];

export const between = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** A sampler over weighted choices: cumulative table plus binary search, O(log n) per draw. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (rand: Rand) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += w;
    cumulative.push(total);
  }
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return entries[lo][0];
  };
}

/** A weighted choice from a record of weights, e.g. { major: 3, high: 12 }. */
export const weightedKeys = <K extends string>(weights: Record<K, number>) => weighted(Object.entries(weights) as [K, number][]);
