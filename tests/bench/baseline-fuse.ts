import Fuse from 'fuse.js';
import type { Program } from '../../shared/catalog/program';

/** The baseline every search benchmark compares with: plain Fuse.js over all the searched fields. */
export const BASELINE_FUSE_KEYS = [
  'name',
  'aliases',
  'ministries',
  'agency',
  'department',
  'summary',
  'notes',
  'instruments',
  'category.value',
];

export function baselineFuse(programs: Program[]): Fuse<Program> {
  return new Fuse(programs, { keys: BASELINE_FUSE_KEYS, ignoreLocation: true, includeScore: true });
}
