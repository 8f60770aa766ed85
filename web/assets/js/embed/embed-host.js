// The host page's side of the iframe embed (dist/embed/host.js is this, run on the script's
// own folder; the calculator page's preview uses it too). The embed page posts
// {type: 'rightsize:height', height} to its parent whenever its content changes size; a
// message counts only when it comes from an <iframe> pointing at the embed folder, from
// that frame's own window and origin, with a finite, positive height below the cap.
// Then the frame gets that height. Frames that loaded before this ran are asked once.

// No calculator is this tall; a bigger number is a mistake or an attack on the layout.
export const MAX_HEIGHT = 20000;

export function isHeightMessage(data) {
  return (
    data !== null &&
    typeof data === 'object' &&
    data.type === 'rightsize:height' &&
    typeof data.height === 'number' &&
    Number.isFinite(data.height) &&
    data.height > 0 &&
    data.height <= MAX_HEIGHT
  );
}

// embed: the embed folder's URL (…/embed/); doc: the host document.
export function fitEmbeds(embed, doc = document) {
  const folder = new URL(embed, doc.baseURI);
  const pointsAtEmbed = (frame) => {
    if (!frame.src) return false;
    const url = new URL(frame.src, doc.baseURI);
    return (
      url.origin === folder.origin &&
      (url.pathname === folder.pathname || url.pathname === `${folder.pathname}index.html`)
    );
  };
  const frames = () => [...doc.querySelectorAll('iframe')].filter(pointsAtEmbed);
  doc.defaultView.addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || new URL(frame.src, doc.baseURI).origin !== event.origin) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  });
  // The ping carries nothing, so any window may read it; the frame answers only its parent.
  const ask = (frame) => frame.contentWindow?.postMessage({ type: 'rightsize:ping' }, '*');
  for (const frame of frames()) {
    frame.addEventListener('load', () => ask(frame));
    ask(frame);
  }
}
