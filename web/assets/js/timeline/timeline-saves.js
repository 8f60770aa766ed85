// The timeline page's share bar (the link, Share) and its saves (the table as CSV, the
// document as JSON, the chart as SVG and PNG), beside the chart. timeline-page.js imports
// this after the first result, so the first visit carries none of it. It is bundled on its
// own, so what holds the page's state (the chart's code, the model's worker) is handed in.
import { shareControls } from '../share/share-controls.js';
import { download, jsonBlob } from '../share/downloads.js';
import { shownCurrency } from '../shared/money.js';
import { toDom } from '../shared/html.js';

const IMAGE_WIDTH = 720; // a saved chart's width in px: wide enough to read on any screen or page

// element: the page's <rightsize-timeline>; sharing: its link state (share-state.js);
// loadChartCode: rightsize-timeline.js's; model: the page's model client (model-client.js)
export function addTimelineSaves(element, sharing, { loadChartCode, model }) {
  // The chart as a file that stands alone: drawn again at the file's width with its title,
  // provider, prices' date, currency, legend and this page's link, inside the page's chart
  // figure (so the page's stylesheet paints it) for as long as its paint is copied.
  const chart = async () => {
    const { costChart, chartSvg } = await loadChartCode();
    const figure = element.querySelector('.rt-chart');
    if (!figure || !element.result) throw new Error('there is no chart yet');
    const image = { link: location.href };
    const t = element.result;
    const svg = toDom(costChart(t, shownCurrency(t), { width: IMAGE_WIDTH, image, id: 'rt-image' }));
    svg.style.cssText = 'position:absolute;left:-99999px;width:auto';
    figure.append(svg);
    try {
      return chartSvg(svg);
    } finally {
      svg.remove();
    }
  };
  const saves = shareControls(element, sharing, [
    {
      label: 'Save the table as CSV',
      async run() {
        const input = sharing.input();
        if (!input) throw new Error('fix the marked field first');
        const doc = await model().call('timeline_csv', input);
        if (!doc.ok) throw new Error(doc.errors[0].message);
        download('rightsize-timeline.csv', new Blob([doc.csv], { type: 'text/csv' }));
      },
    },
    {
      label: 'Save as JSON',
      run() {
        if (!element.result) throw new Error('there is no result yet');
        download(
          'rightsize-timeline.json',
          jsonBlob({ link: location.href, input: sharing.input(), result: element.result }),
        );
      },
    },
    {
      label: 'Save the chart as SVG',
      async run() {
        download('rightsize-chart.svg', new Blob([(await chart()).text], { type: 'image/svg+xml' }));
      },
    },
    {
      label: 'Save the chart as PNG',
      async run() {
        const { chartPng } = await loadChartCode();
        download('rightsize-chart.png', await chartPng(await chart()));
      },
    },
  ]);
  // The save buttons sit beside the chart, in the place it keeps for them (data-slot).
  const besideChart = () => {
    const slot = element.querySelector('[data-slot=chart-saves]');
    if (slot && saves.parentNode !== slot) slot.append(saves);
  };
  besideChart();
  element.addEventListener('rightsize-result', besideChart);
  element.addEventListener('rightsize-chart', besideChart); // the chart's code arrived and drew it
}
