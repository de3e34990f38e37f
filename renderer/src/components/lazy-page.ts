import { lazy, type ComponentType } from 'react';

/** A page loaded when first shown; Layout's Suspense boundary says "loading" meanwhile (on app:// a few ms). */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  return lazy(async () => ({ default: await load() }));
}
