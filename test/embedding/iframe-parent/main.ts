// The parent side of the iframe embedding (see docs/embedding.md): load the frame with our origin
// allow-listed, wait for `toile:ready`, send the record, keep the frame's edits. Every message is
// logged in #log for the test. `?frame=` is the frame's origin; `?claim=` overrides the origin we
// tell the frame (to test a wrong one).
import { ginette } from '@toile/core/personas';

const params = new URLSearchParams(location.search);
const frameOrigin = params.get('frame') ?? location.origin;
const claimed = params.get('claim') ?? location.origin;
const element = params.get('element') ?? 'ecomap';

const frame = document.createElement('iframe');
frame.title = 'Toile';
frame.width = '900';
frame.height = '700';
frame.src = `${frameOrigin}/frame/toile-frame.html?parentOrigin=${encodeURIComponent(claimed)}`;
document.querySelector('#slot')?.append(frame);

const log = document.querySelector('#log');
const ties = document.querySelector('#ties');

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== frameOrigin || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || !('type' in data)) return;
  const li = document.createElement('li');
  li.textContent = JSON.stringify(data);
  log?.append(li);
  if (data.type === 'toile:ready') {
    frame.contentWindow?.postMessage(
      { type: 'toile:set-assessment', assessment: ginette, element, lang: 'fr' },
      frameOrigin,
    );
  }
  if (data.type === 'toile:change' && 'assessment' in data && ties) {
    const a = data.assessment as { ecomap: { ties: unknown[] } };
    ties.textContent = String(a.ecomap.ties.length);
  }
});
