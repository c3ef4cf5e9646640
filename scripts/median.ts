/** The middle of the benchmark samples (the upper middle of an even count); NaN when there are none, so a report prints "NaN" instead of crashing. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
