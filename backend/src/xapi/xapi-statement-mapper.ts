import type { Activity, Statement } from '@xapi/xapi';
import type { XapiEventKind } from '@atolye/shared';
import { v5 as uuidv5 } from 'uuid';
import type { XapiEvent } from './xapi-event';
import { ACTIVITY_TYPES, activityIds, VERBS } from './xapi-vocabulary';

/** The namespace of our statement ids (uuid v5): fixed forever, so a record's id never changes. */
const STATEMENT_ID_NAMESPACE = 'a3d5c8e2-4b71-4f0e-9a26-7c1b0e5d9f43';

/** The same record always gives the same statement id, so an LRS ignores a resend. */
export function statementId(kind: XapiEventKind, recordKey: string): string {
  return uuidv5(`${kind}:${recordKey}`, STATEMENT_ID_NAMESPACE);
}

/** A language map from stored titles, without empty entries (xAPI wants strings only). */
function languageMap(titles: Record<string, string | null | undefined> | null, fallback: string) {
  const entries = Object.entries(titles ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : { und: fallback };
}

function activity(id: string, name: Record<string, string>, type?: string): Activity {
  return { objectType: 'Activity', id, definition: type ? { type, name } : { name } };
}

/** Scaled is raw / max to four decimals (0 for a quiz worth nothing), so it stays within 0…1. */
function score(raw: number, max: number) {
  return { scaled: max > 0 ? Math.round((raw / max) * 10_000) / 10_000 : 0, raw, min: 0, max };
}

/**
 * Turns learning events into xAPI 1.0.3 statements. The actor is an account on the portal named
 * by the person's id: no name or e-mail address leaves the product.
 */
export class XapiStatementMapper {
  private readonly ids: ReturnType<typeof activityIds>;

  constructor(private readonly publicUrl: string) {
    this.ids = activityIds(publicUrl);
  }

  toStatement(event: XapiEvent): Statement {
    const training = activity(
      this.ids.training(event.trainingId),
      languageMap(event.trainingTitle, 'training'),
      ACTIVITY_TYPES.training,
    );
    const session = activity(this.ids.session(event.sessionId), { und: event.sessionTitle });
    const base = {
      id: statementId(event.kind, event.recordKey),
      timestamp: new Date(event.at).toISOString(),
      actor: { objectType: 'Agent' as const, account: { homePage: this.publicUrl, name: event.personId } },
    };
    const context = (parent: Activity[], grouping: Activity[]): Statement['context'] => ({
      registration: event.enrolmentId,
      language: event.language,
      platform: 'Atölye',
      contextActivities: {
        ...(parent.length > 0 ? { parent } : {}),
        ...(grouping.length > 0 ? { grouping } : {}),
      },
    });
    switch (event.kind) {
      case 'registered':
        return { ...base, verb: VERBS.registered, object: session, context: context([training], []) };
      case 'lesson-completed': {
        const d = event.detail;
        const module = this.module(d.moduleSlug, d.moduleTitle);
        return {
          ...base,
          verb: VERBS.completed,
          object: activity(
            this.ids.lesson(d.moduleSlug, d.lessonSlug),
            languageMap(d.lessonTitle, d.lessonSlug),
            ACTIVITY_TYPES.lesson,
          ),
          result: { completion: true },
          context: context([module], [session, training]),
        };
      }
      case 'quiz-attempted': {
        const d = event.detail;
        return {
          ...base,
          verb: VERBS.attempted,
          object: this.quiz(d.moduleSlug, d.quizSlug, d.quizTitle),
          context: context([this.module(d.moduleSlug, d.moduleTitle)], [session, training]),
        };
      }
      case 'quiz-result': {
        const d = event.detail;
        return {
          ...base,
          verb: d.passed ? VERBS.passed : VERBS.failed,
          object: this.quiz(d.moduleSlug, d.quizSlug, d.quizTitle),
          result: {
            score: score(Number(d.score), Number(d.maxScore)),
            success: d.passed,
            completion: true,
            duration: `PT${Math.max(0, d.seconds)}S`,
          },
          context: context([this.module(d.moduleSlug, d.moduleTitle)], [session, training]),
        };
      }
      case 'meeting-attended': {
        const d = event.detail;
        return {
          ...base,
          verb: VERBS.attended,
          object: activity(this.ids.meeting(d.meetingId), { und: d.topic }, ACTIVITY_TYPES.meeting),
          context: context([session], [training]),
        };
      }
      case 'training-completed':
        return {
          ...base,
          verb: VERBS.completed,
          object: training,
          result: { completion: true },
          context: context([], [session]),
        };
      case 'certificate-earned': {
        const d = event.detail;
        return {
          ...base,
          verb: VERBS.earned,
          object: activity(this.ids.certificate(d.certificateId), {
            'en-US': `Certificate ${d.serial}`,
            tr: `Sertifika ${d.serial}`,
          }),
          context: context([], [session, training]),
        };
      }
    }
  }

  private module(slug: string, titles: Record<string, string | null | undefined>): Activity {
    return activity(this.ids.module(slug), languageMap(titles, slug), ACTIVITY_TYPES.module);
  }

  private quiz(module: string, slug: string, titles: Record<string, string | null | undefined>): Activity {
    return activity(this.ids.quiz(module, slug), languageMap(titles, slug), ACTIVITY_TYPES.quiz);
  }
}
