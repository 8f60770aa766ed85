// A diagram's "Download SVG": the drawing beside the button as a file, its stylesheet's
// paint written into it (chart-image.js does the same for the timeline's chart), saved
// through a Blob. Loaded at the first click (shared/site.js), so no page carries it before.
import { chartSvg } from '../timeline/chart-image.js';
import { download } from '../share/downloads.js';

export function downloadDiagram(button) {
  const svg = button.closest('.dg-figure')?.querySelector('svg');
  if (!svg) return;
  download(button.dataset.diagramDownload, new Blob([chartSvg(svg).text], { type: 'image/svg+xml' }));
}
