// Every Toile element with a persona, as a host would mount them.
import '@toile/elements/all';
import { removeTie } from '@toile/core';
import { ginette } from '@toile/core/personas';

const TODAY = '2026-11-23';

/** Mounts the eight elements into `target`; counts `toile-change` events in #changes. */
export function mountAll(target: Element): void {
  const changes = document.querySelector('#changes');
  let count = 0;
  target.addEventListener('toile-change', () => {
    count += 1;
    if (changes) changes.textContent = String(count);
  });
  const later = removeTie(ginette, ginette.ecomap.ties[0]?.id ?? '');
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => {
    const el = document.createElement(tag);
    target.append(el);
    return el;
  };
  make('toile-ecomap').assessment = ginette;
  make('toile-genogram').assessment = ginette;
  const risk = make('toile-isolation-risk');
  risk.today = TODAY;
  risk.assessment = ginette;
  const profile = make('toile-profile');
  profile.today = TODAY;
  profile.assessment = ginette;
  const summary = make('toile-summary');
  summary.today = TODAY;
  summary.assessment = ginette;
  const compare = make('toile-compare');
  compare.previous = ginette;
  compare.current = later.ok ? later.assessment : ginette;
  const caseload = make('toile-caseload');
  caseload.today = TODAY;
  caseload.namespace = 'toile-embedding-test';
  const interview = make('toile-interview');
  interview.today = TODAY;
  interview.namespace = 'toile-embedding-test';
}
