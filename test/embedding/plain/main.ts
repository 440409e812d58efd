// Plain HTML host: one define import, the property set from JS, `toile-change` echoed back.
import '@toile/elements/define/toile-ecomap';
import type { ToileChangeEvent } from '@toile/elements';
import { ginette } from '@toile/core/personas';

const map = document.querySelector('toile-ecomap');
const changes = document.querySelector('#changes');
const ties = document.querySelector('#ties');
if (map && changes && ties) {
  let count = 0;
  const onChange = (event: ToileChangeEvent): void => {
    map.assessment = event.assessment; // echo back: keeps undo (see the history rule)
    count += 1;
    changes.textContent = String(count);
    ties.textContent = String(event.assessment.ecomap.ties.length);
  };
  map.addEventListener('toile-change', onChange);
  map.assessment = ginette;
  ties.textContent = String(ginette.ecomap.ties.length);
  document.querySelector('#unmount')?.addEventListener('click', () => {
    map.removeEventListener('toile-change', onChange);
    map.remove();
  });
}
