import { expect } from '@open-wc/testing';
import { createAssessment } from '@toile/core';
import {
  ToileChangeEvent,
  ToileErrorEvent,
  ToileHighlightEvent,
  ToileSelectEvent,
} from './index.js';

const record = createAssessment({ id: 'a1', now: '2026-01-01T00:00:00Z', tenantName: 'Ginette' });

describe('Toile events', () => {
  const events = [
    new ToileChangeEvent(record, {
      kind: 'tie-add',
      label: { fr: 'Lien ajouté', en: 'Tie added' },
    }),
    new ToileSelectEvent(['p1']),
    new ToileErrorEvent(
      [{ path: [], jsonPath: '$', code: 'x', message: { fr: 'f', en: 'e' } }],
      'import',
    ),
    new ToileHighlightEvent([]),
  ];

  for (const event of events) {
    it(`${event.type} bubbles, is composed and reaches document from inside a shadow root`, () => {
      const host = document.createElement('div');
      document.body.append(host);
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      const seen: Event[] = [];
      const listener = (e: Event): void => {
        seen.push(e);
      };
      document.addEventListener(event.type, listener);
      inner.dispatchEvent(event);
      document.removeEventListener(event.type, listener);
      host.remove();
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(seen).to.have.length(1);
      expect(seen[0]).to.equal(event);
      expect(seen[0]?.target).to.equal(host);
    });
  }

  it('carries typed fields', () => {
    const change = events[0] as ToileChangeEvent;
    expect(change.type).to.equal('toile-change');
    expect(change.assessment).to.equal(record);
    expect(change.change.kind).to.equal('tie-add');
    const select = new ToileSelectEvent(['a', 'b']);
    expect(select.ids).to.deep.equal(['a', 'b']);
    expect(Object.isFrozen(select.ids)).to.be.true;
    const error = events[2] as ToileErrorEvent;
    expect(error.source).to.equal('import');
    expect(error.issues).to.have.length(1);
  });
});
