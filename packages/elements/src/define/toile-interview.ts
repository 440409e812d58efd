import { defineElement } from '../base/define.js';
import { ToileInterview } from '../components/interview/interview.js';
// The interview mounts these elements in its steps; registering them here keeps the class module
// free of side effects (a host using its own tag registers them itself).
import './toile-ecomap.js';
import './toile-genogram.js';
import './toile-isolation-risk.js';
import './toile-profile.js';

defineElement('toile-interview', ToileInterview);

declare global {
  interface HTMLElementTagNameMap {
    'toile-interview': ToileInterview;
  }
}
