import type { Assessment } from '../schemas/assessment.js';
import { collectIds, nextId } from '../schemas/create.js';

/** What `startReassessment` needs; ids and clock are passed in so core stays deterministic. */
export interface ReassessmentInput {
  /** The new record's id (the caller makes one, e.g. `crypto.randomUUID()`). */
  readonly id: string;
  /** The creation time, an ISO date-time. */
  readonly now: string;
  /** The new interview date, `YYYY-MM-DD`. */
  readonly today: string;
  /** Who starts it, written in the carried-over note; none by default. */
  readonly author?: string;
}

/**
 * Starts a reassessment from a previous assessment: a new record (revision 0, fresh dates) that
 * copies the registry, households, genogram, ecomap, context, preferences, self-management,
 * consent and retention, and points back with `previousAssessmentId`. What must be confirmed again
 * with the tenant is carried « à revoir »: profile items still present become `to_explore`, plan
 * actions not done or declined become `proposed`, and one note says so. Instruments are not
 * copied (they are administered again) and neither are the old notes (they stay with the old record).
 */
export function startReassessment(previous: Assessment, input: ReassessmentInput): Assessment {
  const profile = previous.profile
    .filter((p) => p.status !== 'not_applicable')
    .map((p) => {
      const copy = { ...p, status: 'to_explore' as const };
      delete copy.date;
      return copy;
    });
  const plan = previous.plan
    .filter((a) => a.status !== 'done' && a.status !== 'declined')
    .map((a) => ({ ...a, status: 'proposed' as const }));
  const noteId = nextId('note-reassess', collectIds(previous));
  const since = previous.interviewDate ?? previous.createdAt.slice(0, 10);
  return {
    ...previous,
    id: input.id,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 0,
    interviewDate: input.today,
    previousAssessmentId: previous.id,
    instruments: {},
    profile,
    plan,
    notes: [
      {
        id: noteId,
        date: input.today,
        ...(input.author !== undefined ? { author: input.author } : {}),
        text: `Réévaluation à partir de l’évaluation du ${since} : profil et plan repris « à revoir ». / Reassessment from the assessment of ${since}: profile and plan carried over "to review".`,
      },
    ],
  };
}
