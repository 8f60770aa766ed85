// The embed page's side of the frame: its height goes to the parent whenever its content
// changes size (and once when the host script asks), so the host can fit the frame.
// The height says nothing private, so any parent may read it ('*'); embed-host.js checks
// on its side that the message comes from the frame. A ping counts only from the parent.
export function reportHeight(root = document.documentElement) {
  if (window.parent === window) return;
  const send = () =>
    window.parent.postMessage(
      { type: 'rightsize:height', height: Math.ceil(root.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(send).observe(root);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === 'rightsize:ping') send();
  });
}
