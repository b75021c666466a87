/**
 * Ticks for an axis of whole things (incidents, people killed) from 0 to `max`: every whole number
 * when there are few, else about `count` of Plot's own. Plot's ticks for a domain of [0, 1] are
 * 0, 0.5 and 1, and "0.5 incidents" is not a thing.
 */
export function wholeNumberTicks(max: number, count: number): number | number[] {
  const top = Math.ceil(max);
  return top <= count ? Array.from({ length: top + 1 }, (_, i) => i) : count;
}
