import type { AttendanceStatus, EnrolmentStatus, Language } from '@atolye/shared';

/**
 * The words of the spreadsheets the API writes (headers, sheet names, code values), in each
 * language a person can read; an export is written in the language of the person asking for it.
 * The type makes a missing word in either language a compile error.
 */
export interface ExportWords {
  name: string;
  email: string;
  organisation: string;
  status: string;
  waitlistPosition: string;
  requestedAt: string;
  decidedAt: string;
  lessonsCompleted: string;
  lessonsTotal: string;
  attended: string;
  attendancePercent: string;
  rosterSheet: string;
  attendanceSheet: string;
  quizResultsSheet: string;
  /** Column of a quiz's best score, after the module and quiz names. */
  bestPercent: string;
  /** Column of a module's knowledge gain, after the module's name. */
  gain: string;
  enrolmentStatus: Record<EnrolmentStatus, string>;
  attendanceStatus: Record<AttendanceStatus, string>;
}

export const EXPORT_WORDS: Record<Language, ExportWords> = {
  en: {
    name: 'Name',
    email: 'Email',
    organisation: 'Organisation',
    status: 'Status',
    waitlistPosition: 'Place on the waiting list',
    requestedAt: 'Requested',
    decidedAt: 'Decided',
    lessonsCompleted: 'Lessons completed',
    lessonsTotal: 'Lessons in the training',
    attended: 'Attended',
    attendancePercent: 'Attendance %',
    rosterSheet: 'Roster',
    attendanceSheet: 'Attendance',
    quizResultsSheet: 'Quiz results',
    bestPercent: 'best %',
    gain: 'gain',
    enrolmentStatus: {
      pending: 'Awaiting approval',
      enrolled: 'Enrolled',
      waitlisted: 'On the waiting list',
      rejected: 'Not accepted',
      withdrawn: 'Withdrawn',
      completed: 'Completed',
    },
    attendanceStatus: { present: 'Present', late: 'Late', excused: 'Excused', absent: 'Absent' },
  },
  tr: {
    name: 'Ad soyad',
    email: 'E-posta',
    organisation: 'Kurum',
    status: 'Durum',
    waitlistPosition: 'Bekleme listesindeki sırası',
    requestedAt: 'İstek tarihi',
    decidedAt: 'Karar tarihi',
    lessonsCompleted: 'Tamamlanan ders',
    lessonsTotal: 'Eğitimdeki ders',
    attended: 'Katıldığı buluşma',
    attendancePercent: 'Katılım %',
    rosterSheet: 'Katılımcı listesi',
    attendanceSheet: 'Yoklama',
    quizResultsSheet: 'Test sonuçları',
    bestPercent: 'en iyi puan %',
    gain: 'kazanım',
    enrolmentStatus: {
      pending: 'Onay bekliyor',
      enrolled: 'Kayıtlı',
      waitlisted: 'Bekleme listesinde',
      rejected: 'Kabul edilmedi',
      withdrawn: 'Kaydı geri çekildi',
      completed: 'Tamamladı',
    },
    attendanceStatus: { present: 'Katıldı', late: 'Geç kaldı', excused: 'Mazeretli', absent: 'Katılmadı' },
  },
};

export function exportWords(language: Language): ExportWords {
  return EXPORT_WORDS[language] ?? EXPORT_WORDS.en;
}
