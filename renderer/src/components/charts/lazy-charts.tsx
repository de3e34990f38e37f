import { lazy, type ComponentProps, type ComponentType } from 'react';
import { Deferred } from '../Deferred';

/**
 * The charts, each loaded with the chart library only when a screen draws one: the first screen's
 * JavaScript never carries them. Import charts from here, never from their own modules.
 */
function deferred<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Chart = lazy(load);
  return function DeferredChart(props: P) {
    return (
      <Deferred>
        <Chart {...(props as ComponentProps<typeof Chart>)} />
      </Deferred>
    );
  };
}

export const ProgramBudgetChart = deferred(() => import('./ProgramBudgetChart'));
export const MarketSizeChart = deferred(() => import('./MarketSizeChart'));
export const PipelineCharts = deferred(() => import('./PipelineCharts'));
