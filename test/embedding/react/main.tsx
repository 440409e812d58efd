// React 19 host: `assessment` is set as a property (React 19 sets properties on custom elements
// when the element has one), `ontoile-change` adds a `toile-change` listener, and the record
// lives in React state.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@toile/elements/define/toile-ecomap';
import type { Assessment } from '@toile/core';
import type { ToileChangeEvent } from '@toile/elements';
import { ginette } from '@toile/core/personas';

function App({ initial }: { initial: Assessment }) {
  const [assessment, setAssessment] = useState<Assessment>(initial);
  const [changes, setChanges] = useState(0);
  const onChange = (event: ToileChangeEvent) => {
    setAssessment(event.assessment);
    setChanges((n) => n + 1);
  };
  return (
    <main>
      <h1>React 19 host</h1>
      <p>
        Changes: <output id="changes">{changes}</output> · Ties:{' '}
        <output id="ties">{assessment.ecomap.ties.length}</output>
      </p>
      <toile-ecomap id="map" lang="fr" assessment={assessment} ontoile-change={onChange} />
    </main>
  );
}

const container = document.querySelector('#root');
if (container) {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App initial={ginette} />
    </StrictMode>,
  );
  document.querySelector('#unmount')?.addEventListener('click', () => {
    root.unmount();
  });
}
