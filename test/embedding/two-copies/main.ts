// Copy 1 is bundled with this page (from source); copies 2 and 3 are the prebuilt standalone
// bundle loaded under two URLs (two module instances), as a second widget on an intranet would.
import '@toile/elements/define/toile-ecomap';
import { ginette } from '@toile/core/personas';

const map = document.querySelector('toile-ecomap');
const copies = document.querySelector('#copies');
const changes = document.querySelector('#changes');
let count = 0;
map?.addEventListener('toile-change', (event) => {
  map.assessment = event.assessment;
  count += 1;
  if (changes) changes.textContent = String(count);
});

const standalone = '/standalone/toile.js';
for (const url of [standalone, `${standalone}?copy=3`]) {
  await import(/* @vite-ignore */ url);
}
if (map) map.assessment = ginette;
if (copies) copies.textContent = '3';
