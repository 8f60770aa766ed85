// The calculator's link and controls: its inputs kept in the link, and the controls to share
// the link and save the result. calculator-page.js loads this after the first result.
import { readForm } from '../shared/form-fields.js';
import { fillForm } from '../share/fill-form.js';
import { startSharing } from '../share/share-state.js';
import { shareControls } from '../share/share-controls.js';
import { loadShareCodec } from '../share/share-codec.js';
import { download, jsonBlob } from '../share/downloads.js';

export function startCalculatorSharing(element) {
  const names = () => new Set([...(element.querySelector('form')?.elements ?? [])].map((c) => c.name).filter(Boolean));
  const sharing = startSharing(element, {
    codec: loadShareCodec,
    owns: (key) => names().has(key),
    input: (form) => readForm(form),
    fill: fillForm,
  });
  shareControls(element, sharing, [
    {
      label: 'Save as JSON',
      run() {
        if (!element.result) throw new Error('there is no result yet');
        download(
          'rightsize-recommendation.json',
          jsonBlob({ link: location.href, input: sharing.input(), result: element.result }),
        );
      },
    },
  ]);
  return sharing;
}
