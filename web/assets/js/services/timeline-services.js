// The timeline page's Database and Cache selects, added to "How you pay" with the chart's
// code (chart-later.js), after the first live result: the page's first load carries none of
// them. A link opened before they came carried its services past the form; the selects now
// show them, and the form owns the field from then on.
import { toDom } from '../shared/html.js';
import { serviceFields } from './service-fields.js';
import { serviceValues } from './service-input.js';
import timelineForm from '../../data/timeline-form.json' with { type: 'json' };
import serviceChoices from '../../data/services/choices.js';

// form: the timeline's form; sharing: its link (share-state.js); own(key): marks an input
// field as the form's (timeline-page.js's owned fields).
export function addTimelineServices(form, sharing, own) {
  const pay = form.querySelector('.rt-pay');
  if (!pay || form.elements.namedItem('database_service')) return;
  const values = serviceValues(sharing.carried().services);
  pay.append(...serviceFields(timelineForm.services, serviceChoices, 'rt-', values).map((n) => toDom(n)));
  if (Object.keys(values).length > 0) pay.open = true;
  own('services');
  sharing.adopt();
}
