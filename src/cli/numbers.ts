/**
 * The CLI's whole-number option parsers, one definition for every command. They throw commander's
 * InvalidArgumentError, so the one-line HS_BAD_OPTION error names the flag and the value it refused
 * ("option '--limit <n>' argument '0' is invalid. give a whole number of 1 or more").
 */
import { InvalidArgumentError } from 'commander';

/** A parser for a whole number of at least `min` (a count, a port, milliseconds). */
export const wholeNumber =
  (min: number) =>
  (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`give a whole number of ${min} or more`);
    return n;
  };

/** A parser for a TCP port: 0 (any free port) to 65535, refused before anything starts. */
export const portNumber = (v: string): number => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('give a port from 0 (any free one) to 65535');
  return n;
};

/** A parser for a whole number of 1 or more: counts, sizes, limits and time budgets. */
export const positiveInt = wholeNumber(1);
