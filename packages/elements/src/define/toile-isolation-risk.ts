import { defineElement } from '../base/define.js';
import { ToileIsolationRisk } from '../components/isolation-risk/isolation-risk.js';

defineElement('toile-isolation-risk', ToileIsolationRisk);

declare global {
  interface HTMLElementTagNameMap {
    'toile-isolation-risk': ToileIsolationRisk;
  }
}
