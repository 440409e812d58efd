import { defineElement } from '../base/define.js';
import { ToileCaseload } from '../components/caseload/caseload.js';
import './toile-compare.js';

defineElement('toile-caseload', ToileCaseload);

declare global {
  interface HTMLElementTagNameMap {
    'toile-caseload': ToileCaseload;
  }
}
