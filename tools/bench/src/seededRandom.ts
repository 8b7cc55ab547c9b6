/**
 * A small deterministic PRNG (mulberry32): the same seed gives the same sequence, so the REST,
 * storage and engine history reads of one run visit the same page offsets.
 */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` page offsets in `[0, maxOffset]`, the same for the same seed. */
export const pageOffsets = (count: number, maxOffset: number, seed: number): number[] => {
  const next = seededRandom(seed)
  return Array.from({ length: count }, () => Math.floor(next() * (maxOffset + 1)))
}
