// Each month's figures on pointer hover and on keyboard focus, for every chart of months on
// the page: a chart's svg takes focus, the left and right arrows (Home, End) step through its
// months, and the month pointed at or chosen is outlined and read out in the chart's live
// line (.ch-readout). Listens on the document, so a chart redrawn by morph() keeps working.
// Each month is a `.ch-col` whose data-readout is its sentence (chart-layout.js draws them).
const chosen = new WeakMap(); // svg -> the index of its chosen month

function show(svg, index) {
  const cols = svg.querySelectorAll('.ch-col');
  if (cols.length === 0) return;
  const i = Math.max(0, Math.min(cols.length - 1, index));
  chosen.set(svg, i);
  for (const [k, col] of cols.entries()) col.classList.toggle('ch-on', k === i);
  const line = svg.closest('figure')?.querySelector('.ch-readout');
  if (line) line.textContent = cols[i].dataset.readout;
}

const chartOf = (target) => target?.closest?.('svg.ch-svg');

document.addEventListener('pointerover', (event) => {
  const col = event.target.closest?.('.ch-col');
  const svg = chartOf(col);
  if (svg) show(svg, [...svg.querySelectorAll('.ch-col')].indexOf(col));
});

document.addEventListener('focusin', (event) => {
  const svg = event.target.matches?.('svg.ch-svg') ? event.target : null;
  if (svg) show(svg, chosen.get(svg) ?? 0);
});

// A new result redraws the charts (morph keeps each svg): the month chosen stays chosen, and
// its line reads the new figures.
document.addEventListener('rightsize-result', (event) => {
  for (const svg of event.target.querySelectorAll?.('svg.ch-svg') ?? [])
    if (chosen.has(svg)) show(svg, chosen.get(svg));
});
document.addEventListener('rightsize-compare', (event) => {
  for (const svg of event.target.querySelectorAll?.('svg.ch-svg') ?? [])
    if (chosen.has(svg)) show(svg, chosen.get(svg));
});

const STEPS = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };
document.addEventListener('keydown', (event) => {
  const svg = event.target.matches?.('svg.ch-svg') ? event.target : null;
  if (!svg) return;
  const last = svg.querySelectorAll('.ch-col').length - 1;
  const now = chosen.get(svg) ?? 0;
  const to = event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key in STEPS ? now + STEPS[event.key] : null;
  if (to == null) return;
  event.preventDefault();
  show(svg, to);
});
