/**
 * The vocabulary of our statements. Verbs are ADL's (http://adlnet.gov/expapi/verbs/…, the ADL
 * Vocabulary of xAPI 1.0) except "earned", which ADL does not define: it is the one of the
 * xAPI registry (registry.tincanapi.com). Activity types are ADL's where one fits; sessions and
 * certificates carry none rather than a made-up one.
 */
export const XAPI_VERSION = '1.0.3';

export interface XapiVerb {
  id: string;
  display: Record<string, string>;
}

const adl = (name: string, tr: string): XapiVerb => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name, tr },
});

export const VERBS = {
  registered: adl('registered', 'kaydoldu'),
  completed: adl('completed', 'tamamladı'),
  attempted: adl('attempted', 'denedi'),
  passed: adl('passed', 'geçti'),
  failed: adl('failed', 'kaldı'),
  attended: adl('attended', 'katıldı'),
  earned: { id: 'http://id.tincanapi.com/verb/earned', display: { 'en-US': 'earned', tr: 'kazandı' } },
} as const satisfies Record<string, XapiVerb>;

export const ACTIVITY_TYPES = {
  training: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  meeting: 'http://adlnet.gov/expapi/activities/meeting',
} as const;

/** Activity ids: IRIs under the portal's address, stable for as long as the records exist. */
export function activityIds(publicUrl: string) {
  const base = `${publicUrl}/xapi/activities`;
  return {
    training: (id: string) => `${base}/trainings/${id}`,
    session: (id: string) => `${base}/sessions/${id}`,
    module: (slug: string) => `${base}/modules/${encodeURIComponent(slug)}`,
    lesson: (module: string, lesson: string) =>
      `${base}/modules/${encodeURIComponent(module)}/lessons/${encodeURIComponent(lesson)}`,
    quiz: (module: string, quiz: string) =>
      `${base}/modules/${encodeURIComponent(module)}/quizzes/${encodeURIComponent(quiz)}`,
    meeting: (id: string) => `${base}/meetings/${id}`,
    certificate: (id: string) => `${base}/certificates/${id}`,
  };
}
