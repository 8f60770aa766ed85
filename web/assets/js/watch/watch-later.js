// Loads the "Watch for the next move" section (watch-section.js and the watch module) when the
// section comes near the screen or, a second on, once the page is idle (a page's other
// after-result code comes first). The pages import this after their first result
// (`?module`), so none of it is part of the first visit. The section's text without
// JavaScript is the page's.
import sectionUrl from './watch-section.js?module';

// element: the page's live element; page: "calculator" or "timeline" (startWatch's)
export function watchLater(element, page) {
  const section = document.querySelector('[data-watch]');
  if (!element || !section) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import(new URL(sectionUrl, import.meta.url).href).then((m) => m.startWatch(section, element, page));
  };
  new IntersectionObserver(
    (seen, observer) => {
      if (seen.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: '50% 0px' },
  ).observe(section);
  const idle = globalThis.requestIdleCallback ?? ((f) => setTimeout(f));
  setTimeout(() => idle(start, { timeout: 4000 }), 1000);
}
