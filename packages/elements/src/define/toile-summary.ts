import { defineElement } from '../base/define.js';
import { ToileSummary } from '../components/summary/summary.js';

defineElement('toile-summary', ToileSummary);

declare global {
  interface HTMLElementTagNameMap {
    'toile-summary': ToileSummary;
  }
}
