import { defineElement } from '@toile/elements';
import { ToileDemoApp } from './app.js';

// Views plug in here as the elements land (see views.ts), e.g.:
//   import '@toile/elements/define/toile-ecomap.js';
//   registerView({ id: 'ecomap', title: { fr: 'Écocarte', en: 'Ecomap' },
//                  create: () => document.createElement('toile-ecomap') });

defineElement('toile-demo-app', ToileDemoApp);

declare global {
  interface HTMLElementTagNameMap {
    'toile-demo-app': ToileDemoApp;
  }
}
