/**
 * Arrays of one hidden class. V8 gives an array an elements kind: `[]` starts as small integers, an
 * array built by `map` or `new Array(n)` is "holey", one pushed into is "packed". Every kind is a map
 * of its own, so a loop over a section that is sometimes empty (`[]`), sometimes mapped and sometimes
 * pushed into sees three or four maps, and its optimised code is thrown away (deoptimised "wrong
 * map") and compiled again each time a new one arrives: on GossipCop dev a third of TurboFan's time
 * went into such recompilations. Sections handed between stages are made packed arrays of objects,
 * whichever way they were built.
 */

/** A new empty array whose elements kind is already "packed, any value": what `packed` returns too. */
export function emptyList<T>(): T[] {
  const a: T[] = [null as T];
  a.pop();
  return a;
}

/**
 * The same elements in a new packed array of any values (JavaScript cannot ask an array its kind, so
 * the array is copied; a section holds tens of items, and the copy costs less than one recompilation).
 */
export function packed<T>(items: readonly T[]): T[] {
  const out = emptyList<T>();
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
  return out;
}
