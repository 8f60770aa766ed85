// The timeline page: the live element, its inputs kept in the link (with the calculator's
// measurements and anything else a link carries passed through to the model), and the
// controls to share the link and save the table, the document and the chart.
import { loadChartCode } from './rightsize-timeline.js';
import { ASSUMPTION_FIELDS, formValues, timelineInput } from './timeline-form.js';
import { fillForm } from '../share/fill-form.js';
import { linkInput, mergePartlyOwned, producedKeys } from '../share/share-input.js';
import { showCurrency } from '../shared/currency-fields.js';
import { startSharing } from '../share/share-state.js';
import { shareControls } from '../share/share-controls.js';
import { loadTimelineModel } from '../engine/model-client.js';
import { download, jsonBlob } from '../share/downloads.js';
import { shownCurrency } from '../shared/money.js';
import { toDom } from '../shared/html.js';
import { watchLater } from '../watch/watch-later.js';

const IMAGE_WIDTH = 720; // a saved chart's width in px: wide enough to read on any screen or page

const element = document.querySelector('rightsize-timeline');
watchLater(element, 'timeline'); // the alerts and the plan, after the first result
const form = element?.querySelector('form');
if (form) {
  const names = [...form.elements].map((c) => c.name).filter(Boolean);
  const owned = producedKeys(timelineInput, names);
  owned.delete('assumptions'); // the form has fields for some of them; a link may carry others
  let band = null; // the link's own band settings, kept while the band stays switched on
  let sharing = null;

  // The form's own input, completed by what the link carries.
  element.completeInput = (input) => {
    if (input.uncertainty && band) input.uncertainty = band;
    const carried = sharing?.carried() ?? {};
    const out = linkInput(carried, input);
    const assumptions = mergePartlyOwned(carried.assumptions, input.assumptions, ASSUMPTION_FIELDS);
    if (assumptions) out.assumptions = assumptions;
    else delete out.assumptions;
    return out;
  };
  sharing = startSharing(element, {
    codec: loadTimelineModel,
    owns: (key) => owned.has(key),
    input: () => element.inputOf(form).input ?? null, // completed with what the link carries
    fill(input) {
      band = input?.uncertainty ?? null;
      if (input) fillForm(form, { ...formValues(input), band: input.uncertainty !== undefined });
      else form.reset();
      showCurrency(form);
    },
  });

  if (location.hash.length > 1) element.holdFirst = sharing.opened; // the first result is the link's
  // How you pay's Database and Cache selects come with the chart's code.
  element.addEventListener(
    'rightsize-chart',
    () => loadChartCode().then((m) => m.addTimelineServices(form, sharing, (key) => owned.add(key))),
    { once: true },
  );

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
        const doc = await loadTimelineModel().call('timeline_csv', input);
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

// The comparison sits below the whole timeline; its link near the top opens it on the way.
document.querySelector('[data-open-compare]')?.addEventListener('click', () => {
  const details = document.getElementById('compare');
  if (details) details.open = true;
});
