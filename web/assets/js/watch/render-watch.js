// The rules the reader's monitoring would hold, in words: what each watches, its warning and
// its critical level with their units, and the move it calls for; for a trigger no exporter
// measures, how to watch it instead. All the words are the core's (alerts_in_words), filled
// from content/rules.json and content/alerts.json.
import { h } from '../shared/html.js';

// words: alerts_in_words' result {rules, also_watch}; rel(address): a stage page's link
export function renderWatchList(words, rel) {
  if (words.rules.length === 0)
    return h('p', {}, 'No trigger leads past the stage you are on: there is nothing further to watch for.');
  return [
    h(
      'ul',
      { class: 'rw-rules' },
      words.rules.map((r) =>
        h(
          'li',
          {},
          h('strong', {}, r.trigger),
          ' ',
          r.how_to_watch
            ? ['No exporter measures this. ', r.how_to_watch]
            : [
                `Watches ${r.measures}. `,
                `Warning: ${r.warning}. Critical: ${r.critical}.`,
                r.also_needs ? ` It also needs: ${r.also_needs}.` : '',
              ],
          ' Calls for ',
          h('a', { href: rel(r.stage_page) }, `stage ${r.stage}, ${r.stage_name}`),
          `: ${r.move}`,
        ),
      ),
    ),
    words.also_watch.length > 0
      ? [
          h('p', {}, 'Some rules also need something no exporter measures:'),
          h(
            'ul',
            { class: 'rw-also' },
            words.also_watch.map((a) => h('li', {}, h('strong', {}, `${a.flag}.`), ' ', a.how_to_watch)),
          ),
        ]
      : null,
  ];
}
