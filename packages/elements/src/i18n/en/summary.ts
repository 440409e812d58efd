import type { Translation } from '../types.js';
import type { frSummary } from '../fr/summary.js';

/** English messages of <toile-summary>. */
export const enSummary = {
  'summary.print': 'Print',
  'summary.printNamed': (p) => `Print: ${String(p['title'])}`,
  'summary.download': 'Download the record (JSON)',
  'summary.downloadReferral': 'Download the shareable data (JSON)',
  'summary.downloaded': (p) => `File saved: ${String(p['name'])}`,
  'summary.printed': 'Printing started.',
  'summary.toolbar': 'Summary actions',
} satisfies Translation<typeof frSummary>;
