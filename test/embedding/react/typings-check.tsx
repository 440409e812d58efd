// Compile-only checks of the JSX typings (tsc -p test/embedding): good props pass, bad ones fail.
import type { ToileChangeEvent } from '@toile/elements';

export const good = (
  <>
    <toile-ecomap
      readonly
      highlight={['a']}
      ontoile-change={(e: ToileChangeEvent) => e.assessment.id}
    />
    <toile-summary kind="referral" today="2026-11-23" />
    <toile-interview namespace="omh" step="ecomap" />
  </>
);
// @ts-expect-error readonly is a boolean
export const badReadonly = <toile-ecomap readonly="yes" />;
// @ts-expect-error toile-summary has no `highlight`
export const badProp = <toile-summary highlight={['a']} />;
// @ts-expect-error the listener gets a ToileChangeEvent, not a string
export const badEvent = <toile-genogram ontoile-change={(e: string) => e} />;
