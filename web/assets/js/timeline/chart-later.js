// The timeline page's chart code, imported once its first live result is on screen (the
// numbers come first; the prerendered chart stays until this arrives): the chart itself,
// its readout on hover and focus, the chart drawn as a file, and what a commitment does
// (commitment-view.js), and How you pay's Database and Cache selects (timeline-services.js).
import '../charts/chart-readout.js';

export { costChart } from './timeline-chart.js';
export { chartPng, chartSvg } from './chart-image.js';
export * as commitmentView from './commitment-view.js';
export { addTimelineServices } from '../services/timeline-services.js';
