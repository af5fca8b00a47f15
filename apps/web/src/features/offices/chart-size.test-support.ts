import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom lays nothing out, so recharts' ResponsiveContainer measures 0 × 0 and draws no chart.
 * This gives its container a laptop-like size, so tests can see what the chart draws.
 */
export function withChartSize(width = 600, height = 380): void {
  beforeEach(() => {
    const original = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      if (!this.classList.contains('recharts-responsive-container')) return original.call(this);
      return DOMRect.fromRect({ width, height });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
