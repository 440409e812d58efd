import { defineElement } from '../base/define.js';
import { ToileGenogram } from '../components/genogram/genogram.js';

defineElement('toile-genogram', ToileGenogram);

declare global {
  interface HTMLElementTagNameMap {
    'toile-genogram': ToileGenogram;
  }
}
