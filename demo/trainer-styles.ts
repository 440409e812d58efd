/**
 * The trainer's page styles, adopted as a constructable stylesheet (no <style> element, so a strict
 * CSP is no obstacle). Presentation mode scales the whole UI through custom properties on <html>.
 */
export const trainerCss = `
html.toile-presenting {
  font-size: 150%;
  --toile-font-size: 1.25rem;
  --toile-line-height: 1.5;
}
html.toile-presenting toile-demo-trainer { max-width: none; }
toile-demo-app[hidden] { display: none; }
html.toile-presenting .trainer .steps { display: none; }
toile-demo-trainer { display: block; max-width: 72rem; margin: 0 auto; padding: 0 1rem 2rem; }
.trainer-nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: center; padding: 0.75rem 0; border-bottom: 1px solid var(--demo-border, #79747e); }
.trainer-nav a { color: var(--demo-accent, #0b57d0); }
.present-toggle { display: inline-flex; gap: 0.4rem; align-items: center; }
.present-toggle input { width: 1.25em; height: 1.25em; }
.trainer h2 { margin: 1rem 0 0.25rem; }
.trainer .personas { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); }
.trainer .persona-card { border: 1px solid var(--demo-border, #79747e); border-radius: 0.5rem; padding: 0.75rem 1rem; background: var(--demo-surface, #f7f2fa); }
.trainer .persona-card h3 { margin: 0 0 0.25rem; font-size: 1.1rem; }
.trainer .steps ol { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; padding: 0; list-style: none; margin: 0.5rem 0 1rem; }
.trainer .steps a[aria-current='step'] { font-weight: 700; text-decoration-thickness: 3px; }
.trainer .step-count { margin: 0; color: var(--demo-muted, #49454f); }
.trainer .step-view { min-height: 12rem; }
.trainer .step-controls { display: flex; justify-content: space-between; gap: 1rem; margin-top: 1.5rem; }
.trainer .big-button { display: inline-block; padding: 0.75rem 1.5rem; font-size: 1.25rem; border: 2px solid var(--demo-accent, #0b57d0); border-radius: 0.5rem; color: var(--demo-accent, #0b57d0); text-decoration: none; font-weight: 600; }
html.toile-presenting .trainer .big-button { font-size: 1.6rem; padding: 1rem 2rem; }
.trainer .big-button:focus-visible { outline: 3px solid var(--toile-focus-ring-color, #0b57d0); outline-offset: 3px; }
.trainer .persona-summary { font-size: 1.2rem; max-width: 40rem; }
`;

/** Adopts the trainer's stylesheet on the document once. */
export function adoptTrainerStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(trainerCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
