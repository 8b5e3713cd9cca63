/**
 * Series colours of the report charts (SVG attributes, so the CSP's style-src does not apply). Each series
 * is also named in the legend and the tooltip: the colour never carries meaning alone.
 */
export const CHART_COLORS = {
  received: '#1f5fa8',
  responded: '#2f8a4f',
  hours: '#b4581a',
  rejected: '#a32020',
} as const;

/** The A4 report's charts are this wide (about 18 cm at 96 dpi): print has no container to measure. */
export const PRINT_CHART_WIDTH = 680;
