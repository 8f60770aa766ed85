// Stylesheets a script links once their parts are about to be drawn, each a promise that
// settles when it has loaded (or failed: a part drawn unstyled beats one never drawn), so
// nothing appears unstyled and then moves. Each is linked once, however many ask.
import toolsCss from '../../css/tools.css?url-later';

const linked = new Map(); // href -> promise

export function linkStylesheet(href) {
  if (!linked.has(href))
    linked.set(
      href,
      new Promise((resolve) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
        document.head.append(link);
      }),
    );
  return linked.get(href);
}

// tools.css (the charts, the comparison, the share bar, the watch section), for the pages
// that draw them only after their first result (the calculator, the embed page), so their
// first visit does not wait for it. The timeline page links it in its HTML instead.
export const toolsStyles = () => linkStylesheet(new URL(toolsCss, import.meta.url).href);
