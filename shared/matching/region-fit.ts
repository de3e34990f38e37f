import type { RegionFact } from '../catalog/region';
import { reason, type Reason } from './reason-codes';

export interface RegionFit {
  reason: Extract<Reason, { criterion: 'region' }> | null;
  /** The record is tied to a region and this prefecture is outside it or not given: never 対象. */
  holdsBack: boolean;
}

/** A prefecture against the regions a record is tied to. Inside holds; outside or unknown is 要確認. */
export function regionFit(regions: RegionFact[], prefecture: string | null): RegionFit {
  if (regions.length === 0) {
    return { reason: prefecture ? reason('region-not-stated', { prefecture }) : null, holdsBack: false };
  }
  const labels = [...new Set(regions.map((r) => r.label))] as [string, ...string[]];
  if (!prefecture)
    return { reason: reason('region-no-prefecture', { regions: labels }, 'regions.0'), holdsBack: true };
  const inside = regions.findIndex((r) => r.prefectures.includes(prefecture));
  if (inside >= 0) {
    const fact = regions[inside]!;
    const code = fact.basis === 'stated' ? 'region-inside' : 'region-inside-inferred';
    return {
      reason: reason(code, { regions: [fact.label], prefecture }, `regions.${inside}`),
      holdsBack: false,
    };
  }
  const code = regions.every((r) => r.basis === 'stated') ? 'region-outside' : 'region-outside-inferred';
  return { reason: reason(code, { regions: labels, prefecture }, 'regions.0'), holdsBack: true };
}
