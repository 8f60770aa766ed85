// On every page: the service worker that keeps the site working offline (dist/sw.js, at
// the site's root wherever the site is hosted), and, when a new build's worker has
// installed, a notice that lets the reader reload when they choose (nothing reloads
// under them); and the architecture diagrams' download buttons.
import diagramDownloadUrl from '../diagram/diagram-download.js?module';

const root = new URL('../../', import.meta.url); // this file is bundled into assets/js/

function showUpdateNotice(waiting) {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of rightsize is ready.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload to update';
  button.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'skip-waiting' });
  });
  notice.append(text, button);
  document.body.append(notice);
}

async function register() {
  const registration = await navigator.serviceWorker.register(new URL('sw.js', root));
  if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) showUpdateNotice(installing);
    });
  });
}

// After the page has loaded, so precaching never competes with the first visit.
if ('serviceWorker' in navigator) {
  const start = () => register().catch(() => {}); // no worker (a private window, file://): the site still works online
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

// Every architecture diagram's "Download SVG" (diagram/), hidden in the HTML since only
// JavaScript can make the file: shown here, and its code fetched at the first click.
for (const button of document.querySelectorAll('[data-diagram-download]')) button.hidden = false;
addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-diagram-download]');
  if (!button) return;
  import(new URL(diagramDownloadUrl, import.meta.url).href).then((m) => m.downloadDiagram(button));
});
