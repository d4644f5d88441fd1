import type { EnrolmentPolicy, Language, LocalisedText, SessionFormat, SessionMode } from '@atolye/shared';

export const DEMO_TRAINING: { title: LocalisedText; description: LocalisedText; modules: string[] } = {
  title: {
    en: 'Working with people in need of international protection',
    tr: 'Uluslararası koruma ihtiyacı olan kişilerle çalışmak',
  },
  description: {
    en: 'A three-day course for CSO and municipal staff: the legal framework in Turkey and the EU, protection principles and personal data, and how to bring field evidence into dialogue with public authorities.',
    tr: 'STK ve belediye çalışanları için üç günlük bir kurs: Türkiye ve AB’deki hukuki çerçeve, koruma ilkeleri ve kişisel veriler, sahadan gelen kanıtların kamu kurumlarıyla diyaloğa taşınması.',
  },
  modules: [
    'international-protection-legal-framework',
    'protection-and-data-protection',
    'advocacy-and-policy-dialogue',
  ],
};

export interface DemoSession {
  title: string;
  format: SessionFormat;
  mode: SessionMode;
  language: Language;
  venue: string | null;
  meetingLink: string | null;
  city: string;
  /** The session's zone; its meetings start at `startsAt` on the wall clock there. */
  timeZone: string;
  capacity: number;
  enrolmentPolicy: EnrolmentPolicy;
  startsInDays: number;
  startsAt: string;
  meetings: string[];
  /** The post-tests close this many days from today at 17:00 on the session's clock. */
  postTestsCloseInDays?: number;
  /**
   * In order; `decision` is the coordinator's on a request to a session that needs approval;
   * `withdrawnBecause` has the coordinator withdraw them afterwards, saying why; `excusedAtMeeting`
   * records an absence announced in advance (meeting index and the trainer's note).
   */
  enrolees: {
    email: string;
    lessonsRead: number;
    decision?: 'approve' | 'reject';
    withdrawnBecause?: string;
    excusedAtMeeting?: { index: number; note: string };
  }[];
}

export const DEMO_SESSIONS: DemoSession[] = [
  {
    title: 'Gaziantep — in-person course',
    format: 'course',
    mode: 'in_person',
    language: 'tr',
    venue: 'Şahinbey Kongre ve Kültür Merkezi, Salon 2, Gaziantep',
    meetingLink: null,
    city: 'Gaziantep',
    timeZone: 'Europe/Istanbul',
    capacity: 3,
    enrolmentPolicy: 'automatic',
    startsInDays: 21,
    startsAt: '09:30',
    // The online modules' post-tests are due before the first meeting.
    postTestsCloseInDays: 4,
    meetings: [
      'Hukuki çerçeve ve statüler',
      'Koruma ilkeleri ve kişisel veriler',
      'Kamu kurumlarıyla diyalog',
    ],
    enrolees: [
      {
        email: 'trainee@atolye.example',
        lessonsRead: 3,
        excusedAtMeeting: { index: 1, note: 'Kızının okulunda veli toplantısı var; önceden haber verdi.' },
      },
      { email: 'ahmet.yilmaz@atolye.example', lessonsRead: 0 },
      { email: 'layla.haddad@atolye.example', lessonsRead: 1 },
      { email: 'kostas.nikolaidis@atolye.example', lessonsRead: 0 },
    ],
  },
  {
    title: 'Online cohort — by application',
    format: 'webinar',
    mode: 'online',
    language: 'en',
    venue: null,
    meetingLink: 'https://meet.atolye.example/online-cohort',
    city: 'Online',
    // Run from Istanbul and joined from Brussels, Athens and Gaziantep: the portal shows each
    // reader the Istanbul time and, where theirs differs, their own beside it.
    timeZone: 'Europe/Istanbul',
    capacity: 25,
    enrolmentPolicy: 'approval',
    startsInDays: 35,
    startsAt: '14:00',
    meetings: ['The legal framework', 'Protection and personal data', 'Advocacy and policy dialogue'],
    enrolees: [
      { email: 'kostas.nikolaidis@atolye.example', lessonsRead: 0 },
      // Decided requests: each person gets a mail in their own language (Admin → Mail outbox).
      // Approved, then withdrawn by the coordinator: the mail tells him why (Admin → Mail outbox).
      {
        email: 'ahmet.yilmaz@atolye.example',
        lessonsRead: 0,
        decision: 'approve',
        withdrawnBecause:
          'Aynı dönemde Gaziantep’teki yüz yüze kursa katılıyor; yer başka bir başvurana açıldı.',
      },
      { email: 'layla.haddad@atolye.example', lessonsRead: 0, decision: 'reject' },
    ],
  },
];
