// Registers every Toile element (side effects). Convenient for prototypes and the demo; in
// production import only the `define/toile-*.js` entries you use. One import line per element.
export * from './index.js';
import './define/toile-isolation-risk.js';
import './define/toile-ecomap.js';
import './define/toile-profile.js';
import './define/toile-genogram.js';
import './define/toile-interview.js';
import './define/toile-compare.js';
import './define/toile-caseload.js';
import './define/toile-summary.js';
