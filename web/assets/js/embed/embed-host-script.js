// The entry of dist/embed/host.js (a classic script, so a host page needs no module
// support): fits every embedded calculator's frame on the page to its content.
import { fitEmbeds } from './embed-host.js';

fitEmbeds(new URL('./', document.currentScript.src));
