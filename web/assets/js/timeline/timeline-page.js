// The timeline page: the live element, its inputs kept in the link (with the calculator's
// measurements and anything else a link carries passed through to the model), and the
// controls to share the link and save the table, the document and the chart.
import { loadChartCode } from './rightsize-timeline.js';
import { ASSUMPTION_FIELDS, formValues, timelineInput } from './timeline-form.js';
import { fillForm } from '../share/fill-form.js';
import { linkInput, mergePartlyOwned, producedKeys } from '../share/share-input.js';
import { showCurrency } from '../shared/currency-fields.js';
import { startSharing } from '../share/share-state.js';
import { loadTimelineModel } from '../engine/model-client.js';
import watchLaterUrl from '../watch/watch-later.js?module';
import savesModule from './timeline-saves.js?module';

const element = document.querySelector('rightsize-timeline');
// The alerts and the plan, after the first result.
element?.addEventListener(
  'rightsize-result',
  () => import(new URL(watchLaterUrl, import.meta.url).href).then((m) => m.watchLater(element, 'timeline')),
  { once: true },
);
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

  // The link's and the saves' buttons, after the first result: none of it is the first visit's.
  element.addEventListener(
    'rightsize-result',
    () =>
      import(new URL(savesModule, import.meta.url).href).then((m) =>
        m.addTimelineSaves(element, sharing, { loadChartCode, model: loadTimelineModel }),
      ),
    { once: true },
  );
}

// The comparison sits below the whole timeline; its link near the top opens it on the way.
document.querySelector('[data-open-compare]')?.addEventListener('click', () => {
  const details = document.getElementById('compare');
  if (details) details.open = true;
});
