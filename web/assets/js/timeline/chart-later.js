// The timeline page's chart code, imported once its first live result is on screen (the
// numbers come first; the prerendered chart stays until this arrives): the chart itself,
// its readout on hover and focus, and the chart drawn as a file.
import '../charts/chart-readout.js';

export { costChart } from './timeline-chart.js';
export { chartPng, chartSvg } from './chart-image.js';
