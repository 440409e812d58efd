import { defineElement } from '../base/define.js';
import { ToileEcomap } from '../components/ecomap/ecomap.js';

defineElement('toile-ecomap', ToileEcomap);

declare global {
  interface HTMLElementTagNameMap {
    'toile-ecomap': ToileEcomap;
  }
}
