import type { z } from 'zod';

/**
 * What is wrong with one value of a file the user gave us, as data the UI turns into a sentence in
 * its language ("use at most 200 characters"). Never zod's own message or schema path: those are
 * for developers.
 */
export type ValueIssue =
  | { code: 'missing' }
  | { code: 'wrong-type' }
  | { code: 'empty' }
  | { code: 'too-long'; max: number }
  | { code: 'too-many'; max: number }
  | { code: 'choice'; allowed: string[] }
  | { code: 'date' }
  | { code: 'date-time' }
  | { code: 'unknown-fields'; fields: string[] }
  | { code: 'invalid' };

/** The value at a zod issue's path in the raw input; undefined where nothing is there. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    // Own properties only: a path never reaches Object.prototype, whatever a file's keys are.
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function valueIssue(issue: z.core.$ZodIssue, input: unknown): ValueIssue {
  if (issue.code !== 'unrecognized_keys' && valueAt(input, issue.path) === undefined)
    return { code: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong-type' };
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'set'
        ? { code: 'too-many', max: Number(issue.maximum) }
        : { code: 'too-long', max: Number(issue.maximum) };
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { code: 'empty' } : { code: 'invalid' };
    case 'invalid_value':
      return { code: 'choice', allowed: issue.values.map(String) };
    case 'invalid_format':
      return issue.format === 'date'
        ? { code: 'date' }
        : issue.format === 'datetime'
          ? { code: 'date-time' }
          : { code: 'invalid' };
    case 'unrecognized_keys':
      return { code: 'unknown-fields', fields: issue.keys };
    default:
      return { code: 'invalid' };
  }
}
