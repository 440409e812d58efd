import { defineElement } from '@toile/elements';
import { ToileDemoApp } from './app.js';
import { ToileDemoPrivacy } from './privacy.js';
import { registerView } from './views.js';
import '@toile/elements/define/toile-ecomap';
import '@toile/elements/define/toile-genogram.js';
import '@toile/elements/define/toile-isolation-risk';
import '@toile/elements/define/toile-profile';
import '@toile/elements/define/toile-summary';
import '@toile/elements/define/toile-caseload';
import { mountTrainer } from './trainer.js';

// Views plug in here as the elements land (see views.ts), e.g.:
//   import '@toile/elements/define/toile-ecomap';
//   registerView({ id: 'ecomap', title: { fr: 'Écocarte', en: 'Ecomap' },
//                  create: () => document.createElement('toile-ecomap') });

registerView({
  id: 'ecomap',
  title: { fr: 'Écocarte', en: 'Ecomap' },
  create: () => document.createElement('toile-ecomap'),
});

registerView({
  id: 'genogram',
  title: { fr: 'Génogramme', en: 'Genogram' },
  create: () => document.createElement('toile-genogram'),
});

registerView({
  id: 'isolation-risk',
  title: { fr: 'Risque d’isolement', en: 'Isolation risk' },
  create: () => {
    const el = document.createElement('toile-isolation-risk');
    // A focused factor highlights the people and ties behind it on the maps of the same page.
    el.addEventListener('toile-highlight', (event) => {
      const root = el.getRootNode() as ParentNode;
      for (const map of root.querySelectorAll<HTMLElement & { highlight?: readonly string[] }>(
        'toile-ecomap, toile-genogram',
      )) {
        map.highlight = event.ids;
      }
    });
    return el;
  },
});

registerView({
  id: 'profile',
  title: { fr: 'Profil des forces et des besoins', en: 'Strengths and needs profile' },
  create: () => document.createElement('toile-profile'),
});

defineElement('toile-demo-privacy', ToileDemoPrivacy);
defineElement('toile-demo-app', ToileDemoApp);
// The trainer's demo (#/formation, #/persona/<id>/<step>) replaces the app while its hash is shown.
mountTrainer();

declare global {
  interface HTMLElementTagNameMap {
    'toile-demo-app': ToileDemoApp;
    'toile-demo-privacy': ToileDemoPrivacy;
  }
}
