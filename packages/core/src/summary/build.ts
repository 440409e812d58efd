import type { Assessment } from '../schemas/assessment.js';
import { buildFileSummary } from './file.js';
import { buildReferralSummary } from './referral.js';
import { buildTenantSummary } from './tenant.js';
import type { Summary, SummaryKind, SummaryOptions } from './types.js';

/** Builds the summary of `kind` (`tenant`, `file` or `referral`) for one assessment. Pure. */
export function buildSummary(a: Assessment, kind: SummaryKind, options: SummaryOptions): Summary {
  if (kind === 'tenant') return buildTenantSummary(a, options);
  if (kind === 'referral') return buildReferralSummary(a, options);
  return buildFileSummary(a, options);
}

/** The summary as plain text (title, subtitle, then each section), e.g. to search it or to copy it. */
export function summaryText(s: Summary): string {
  const lines = [s.title, s.subtitle];
  for (const sec of s.sections) {
    lines.push('', sec.title);
    for (const b of sec.blocks) {
      if (b.type === 'paragraph') lines.push(b.text);
      else if (b.type === 'list') lines.push(...b.items.map((i) => `- ${i}`));
      else lines.push(...b.rows.map((r) => `${r.term}: ${r.value}`));
    }
  }
  return lines.join('\n');
}
