// The "Result card": the result as a square PNG (1080 × 1080, the size chat apps and social
// sites show whole) that a team sends in a chat: the stage, the move due, the monthly cost as
// the page shows it (display currency), the triggers that fired, and the link. Drawn on a
// canvas in the page; shared with the file through the Web Share API where the browser can,
// downloaded everywhere else. Nothing leaves the page but what the reader shares.
import { dueNow } from '../calculator/render-recommendation.js';
import { formatMeasured } from '../shared/format.js';
import { download } from './downloads.js';

export const CARD_SIZE = 1080;
const MARGIN = 80;
const WIDTH = CARD_SIZE - 2 * MARGIN;
// A light card whatever the page's scheme: it is read on other people's screens.
const COLOURS = { bg: '#fdfdfc', fg: '#1b1d1f', muted: '#555b61', accent: '#1f5f8b', line: '#d5d9dd' };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// The card's lines, without drawing: {stage, move, cost, fired: [text], link}. cost is the
// page's own cost line (the same figure as on screen), or null before the money loads.
export function cardText(result, cost, link) {
  return {
    stage: `Stage ${result.stage}: ${result.stage_name}`,
    move: dueNow(result),
    cost,
    fired: result.fired.map((f) =>
      typeof f.value === 'boolean' ? f.condition : `${f.condition}: measured ${formatMeasured(f.value, f.unit)}`,
    ),
    link,
  };
}

// Words wrapped to `width` on the canvas's current font; a word longer than a line (a link)
// is cut by characters.
function wrap(ctx, text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (ctx.measureText(line).width > width) {
      let cut = line.length - 1;
      while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Draws `text` (cardText) on a CARD_SIZE square canvas; returns the canvas.
export function drawCard(text, canvas = document.createElement('canvas')) {
  canvas.width = CARD_SIZE;
  canvas.height = CARD_SIZE;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLOURS.bg;
  ctx.fillRect(0, 0, CARD_SIZE, CARD_SIZE);
  ctx.fillStyle = COLOURS.accent;
  ctx.fillRect(0, 0, CARD_SIZE, 16);
  ctx.textBaseline = 'top';
  let y = MARGIN;
  const block = (words, size, colour, weight = 400, gap = 28, maxLines = 4) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = colour;
    const lines = wrap(ctx, words, WIDTH);
    for (const line of lines.slice(0, maxLines)) {
      ctx.fillText(lines.length > maxLines && line === lines[maxLines - 1] ? `${line}…` : line, MARGIN, y);
      y += size * 1.25;
    }
    y += gap;
  };
  block('rightsize: which stage should you be on?', 30, COLOURS.muted, 600, 36, 1);
  block(text.stage, 72, COLOURS.fg, 700, 32, 2);
  block(`Due now: ${text.move}`, 40, COLOURS.fg, 400, 28, 4);
  if (text.cost) block(`Costs ${text.cost}`, 40, COLOURS.accent, 600, 36, 3);
  const footer = CARD_SIZE - MARGIN - 2 * 28 * 1.25;
  ctx.font = `600 34px ${FONT}`;
  ctx.fillStyle = COLOURS.fg;
  ctx.fillText(text.fired.length ? 'Why: the triggers that fired' : 'No trigger fired', MARGIN, y);
  y += 34 * 1.5;
  for (const f of text.fired) {
    ctx.font = `400 32px ${FONT}`;
    const lines = wrap(ctx, f, WIDTH - 40);
    if (y + lines.length * 40 > footer - 20) break; // the link always fits
    ctx.fillStyle = COLOURS.accent;
    ctx.fillText('•', MARGIN, y);
    ctx.fillStyle = COLOURS.fg;
    for (const line of lines) {
      ctx.fillText(line, MARGIN + 40, y);
      y += 40;
    }
    y += 12;
  }
  ctx.fillStyle = COLOURS.line;
  ctx.fillRect(MARGIN, footer - 16, WIDTH, 2);
  ctx.font = `400 24px ${FONT}`;
  ctx.fillStyle = COLOURS.muted;
  wrap(ctx, text.link, WIDTH)
    .slice(0, 2)
    .forEach((line, i) => {
      ctx.fillText(line, MARGIN, footer + i * 30);
    });
  return canvas;
}

const pngOf = (canvas) =>
  new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  );

// Makes the card and shares it with the file where the browser can, else downloads it.
// Returns 'shared' or 'saved'.
export async function saveResultCard(result, cost, link) {
  const blob = await pngOf(drawCard(cardText(result, cost, link)));
  const file = new File([blob], 'rightsize-result.png', { type: 'image/png' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: 'rightsize result', url: link });
      return 'shared';
    } catch (error) {
      if (error.name === 'AbortError') return 'shared';
    }
  }
  download(file.name, blob);
  return 'saved';
}
