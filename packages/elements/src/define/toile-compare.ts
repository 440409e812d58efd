import { defineElement } from '../base/define.js';
import { ToileCompare } from '../components/compare/compare.js';

defineElement('toile-compare', ToileCompare);

declare global {
  interface HTMLElementTagNameMap {
    'toile-compare': ToileCompare;
  }
}
