import { defineElement } from '../base/define.js';
import { ToileProfile } from '../components/profile/profile.js';

defineElement('toile-profile', ToileProfile);

declare global {
  interface HTMLElementTagNameMap {
    'toile-profile': ToileProfile;
  }
}
