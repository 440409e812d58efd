// The framework-neutral description of every Toile tag, shared by the JSX and Vue typings: the
// element class, the properties a host may set, and the events it fires. Types only.
import type { ToileCaseload } from '../components/caseload/caseload.js';
import type { ToileCompareEvent, ToileOpenEvent } from '../components/caseload/caseload-events.js';
import type { ToileCompare } from '../components/compare/compare.js';
import type { ToileEcomap } from '../components/ecomap/ecomap.js';
import type { ToileGenogram } from '../components/genogram/genogram.js';
import type { ToileInterview } from '../components/interview/interview.js';
import type { ToileSavedEvent, ToileStepEvent } from '../components/interview/interview-events.js';
import type { ToileIsolationRisk } from '../components/isolation-risk/isolation-risk.js';
import type { ToileProfile } from '../components/profile/profile.js';
import type { ToileSummary } from '../components/summary/summary.js';
import type { ToileChangeEvent } from '../events/toile-change.js';
import type { ToileErrorEvent } from '../events/toile-error.js';
import type { ToileHighlightEvent } from '../events/toile-highlight.js';
import type { ToileSelectEvent } from '../events/toile-select.js';

/** Every Toile event by name. */
export interface ToileEventMap {
  'toile-change': ToileChangeEvent;
  'toile-select': ToileSelectEvent;
  'toile-error': ToileErrorEvent;
  'toile-highlight': ToileHighlightEvent;
  'toile-step': ToileStepEvent;
  'toile-saved': ToileSavedEvent;
  'toile-open': ToileOpenEvent;
  'toile-compare': ToileCompareEvent;
}

// `assessment`, `previous` and `current` accept any value (an invalid one shows the error state),
// though the getters return a parsed record.
type Props<E, K extends keyof E, Loose extends string = never> = Partial<Pick<E, K>> & {
  [P in Loose]?: unknown;
};

/** Per tag: the element class, the host-settable properties and the events fired. */
export interface ToileElements {
  'toile-ecomap': {
    element: ToileEcomap;
    props: Props<
      ToileEcomap,
      'vocabularies' | 'readonly' | 'highlight' | 'pageSize' | 'clock',
      'assessment'
    >;
    events: 'toile-change' | 'toile-select' | 'toile-error';
  };
  'toile-genogram': {
    element: ToileGenogram;
    props: Props<
      ToileGenogram,
      'vocabularies' | 'readonly' | 'highlight' | 'pageSize',
      'assessment'
    >;
    events: 'toile-change' | 'toile-select' | 'toile-error';
  };
  'toile-isolation-risk': {
    element: ToileIsolationRisk;
    props: Props<
      ToileIsolationRisk,
      'config' | 'instrumentTexts' | 'vocabularies' | 'today' | 'readonly',
      'assessment'
    >;
    events: 'toile-change' | 'toile-highlight' | 'toile-error';
  };
  'toile-profile': {
    element: ToileProfile;
    props: Props<
      ToileProfile,
      'config' | 'vocabularies' | 'today' | 'view' | 'readonly' | 'printer',
      'assessment'
    >;
    events: 'toile-change' | 'toile-error';
  };
  'toile-interview': {
    element: ToileInterview;
    props: Props<
      ToileInterview,
      | 'namespace'
      | 'assessmentId'
      | 'step'
      | 'worker'
      | 'saveDelay'
      | 'today'
      | 'vocabularies'
      | 'store'
    >;
    events:
      | 'toile-step'
      | 'toile-saved'
      | 'toile-change'
      | 'toile-select'
      | 'toile-error'
      | 'toile-highlight';
  };
  'toile-caseload': {
    element: ToileCaseload;
    props: Props<
      ToileCaseload,
      'store' | 'namespace' | 'today' | 'filter' | 'riskConfig' | 'vocabularies'
    >;
    events: 'toile-open' | 'toile-compare' | 'toile-error';
  };
  'toile-compare': {
    element: ToileCompare;
    props: Props<ToileCompare, 'riskConfig' | 'vocabularies', 'previous' | 'current'>;
    events: 'toile-error';
  };
  'toile-summary': {
    element: ToileSummary;
    props: Props<
      ToileSummary,
      'kind' | 'today' | 'noToolbar' | 'riskConfig' | 'vocabularies' | 'printer',
      'assessment'
    >;
    events: 'toile-error';
  };
}

/** A Toile tag name. */
export type ToileTag = keyof ToileElements;
