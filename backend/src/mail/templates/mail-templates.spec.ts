import { LANGUAGES } from '@atolye/shared';
import { certificateIssuedMail } from './certificate-issued.mail';
import { enrolmentApprovedMail } from './enrolment-approved.mail';
import { enrolmentConfirmedMail } from './enrolment-confirmed.mail';
import { coordinatorDigestMail } from './coordinator-digest.mail';
import { evaluationOpenMail } from './evaluation-open.mail';
import { followUpDueMail } from './follow-up-due.mail';
import { invitationMail } from './invitation.mail';
import { meetingReminderMail } from './meeting-reminder.mail';
import { trainerRosterMail } from './trainer-roster.mail';
import { enrolmentRejectedMail } from './enrolment-rejected.mail';
import { escapeHtml, layOut } from './mail-layout';
import { passwordResetMail } from './password-reset.mail';
import { quizClosingMail } from './quiz-closing.mail';
import { registrationConfirmMail } from './registration-confirm.mail';
import { registrationExistingMail } from './registration-existing.mail';
import { waitlistPromotedMail } from './waitlist-promoted.mail';

const decision = {
  fullName: 'Rana <i>Al-Khatib</i>',
  trainingTitle: 'Protection & "data"',
  sessionTitle: 'Gaziantep',
  link: 'https://atolye.example.org/learn/enrolments',
};

const EVERY_MAIL = {
  passwordReset: (l: 'en' | 'tr') =>
    passwordResetMail(l, {
      fullName: decision.fullName,
      link: 'https://x.example/r?token=a&b',
      validMinutes: 60,
    }),
  registrationConfirm: (l: 'en' | 'tr') =>
    registrationConfirmMail(l, {
      fullName: decision.fullName,
      link: 'https://x.example/confirm-email?token=a&b',
      validHours: 24,
    }),
  registrationExisting: (l: 'en' | 'tr') =>
    registrationExistingMail(l, { fullName: decision.fullName, link: 'https://x.example/sign-in' }),
  approved: (l: 'en' | 'tr') => enrolmentApprovedMail(l, { ...decision, waitlisted: false }),
  approvedWaitlisted: (l: 'en' | 'tr') => enrolmentApprovedMail(l, { ...decision, waitlisted: true }),
  rejected: (l: 'en' | 'tr') => enrolmentRejectedMail(l, decision),
  promoted: (l: 'en' | 'tr') => waitlistPromotedMail(l, decision),
  invitation: (l: 'en' | 'tr') =>
    invitationMail(l, {
      fullName: decision.fullName,
      email: 'rana@example.org',
      link: 'https://x.example/reset-password?token=a&b',
      validDays: 7,
    }),
  enrolmentConfirmed: (l: 'en' | 'tr') =>
    enrolmentConfirmedMail(l, {
      ...decision,
      dates: '2 March 2027 – 4 March 2027',
      place: 'Şahinbey <Kültür> Merkezi',
      waitlisted: false,
    }),
  enrolmentConfirmedWaitlisted: (l: 'en' | 'tr') =>
    enrolmentConfirmedMail(l, {
      ...decision,
      dates: null,
      place: 'https://meet.example.org/x',
      waitlisted: true,
    }),
  meetingReminder: (l: 'en' | 'tr') =>
    meetingReminderMail(l, {
      ...decision,
      topic: 'Non-refoulement',
      when: 'Tuesday, 2 March 2027, 09:30–12:30 (Istanbul time)',
      place: 'Şahinbey Kültür Merkezi',
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=meeting_reminder',
    }),
  evaluationOpen: (l: 'en' | 'tr') =>
    evaluationOpenMail(l, {
      ...decision,
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=evaluation_open',
    }),
  trainerRoster: (l: 'en' | 'tr') =>
    trainerRosterMail(l, {
      fullName: decision.fullName,
      meetings: ['Gaziantep — Opening, 09:30–12:30: 18'],
      unmarked: 2,
      link: decision.link,
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=trainer_roster',
    }),
  coordinatorDigest: (l: 'en' | 'tr') =>
    coordinatorDigestMail(l, {
      fullName: decision.fullName,
      applications: 3,
      sessionsReady: 1,
      link: decision.link,
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=coordinator_digest',
    }),
  quizClosing: (l: 'en' | 'tr') =>
    quizClosingMail(l, {
      ...decision,
      quizTitle: 'Post-test',
      closes: 'Thursday, 10 December 2026, 17:00 (Istanbul time)',
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=quiz_closing',
    }),
  followUpDue: (l: 'en' | 'tr') =>
    followUpDueMail(l, {
      ...decision,
      wave: 6,
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=follow_up_due',
    }),
  certificate: (l: 'en' | 'tr') =>
    certificateIssuedMail(l, {
      ...decision,
      serial: 'ATL-2026-000042',
      verificationUrl: 'https://atolye.example.org/verify/abc',
    }),
};

describe('mail templates', () => {
  it.each(Object.keys(EVERY_MAIL))(
    'writes the %s mail in each language, names escaped in the HTML',
    (name) => {
      const subjects = new Set<string>();
      for (const language of LANGUAGES) {
        const mail = EVERY_MAIL[name as keyof typeof EVERY_MAIL](language);
        subjects.add(mail.subject);
        expect(mail.text).toContain('Rana <i>Al-Khatib</i>');
        expect(mail.html).toContain('Rana &lt;i&gt;Al-Khatib&lt;/i&gt;');
        expect(mail.html).not.toContain('<i>');
        expect(mail.html).toContain(`<html lang="${language}">`);
      }
      expect(subjects.size).toBe(LANGUAGES.length);
    },
  );

  it('says when a quiz closes, in the session’s zone, with its unsubscribe link, in Turkish too', () => {
    const mail = quizClosingMail('tr', {
      ...decision,
      quizTitle: 'Son test',
      closes: '10 Aralık 2026 Perşembe, 17:00 (İstanbul saati)',
      unsubscribe: 'https://atolye.example.org/unsubscribe?token=t&kind=quiz_closing',
    });
    expect(mail.subject).toBe('Test kapanmak üzere: Son test');
    expect(mail.text).toContain(
      '“Son test” testi 10 Aralık 2026 Perşembe, 17:00 (İstanbul saati) itibarıyla kapanacak',
    );
    expect(mail.text).toContain('https://atolye.example.org/unsubscribe?token=t&kind=quiz_closing');
    expect(mail.html).toContain('https://atolye.example.org/unsubscribe?token=t&amp;kind=quiz_closing');
  });

  it('says when the next meeting is, in the session’s zone, when there is one', () => {
    const nextMeeting = {
      en: 'Tuesday, 2 March 2027, 09:30–12:30 (Istanbul time)',
      tr: '2 Mart 2027 Salı, 09:30–12:30 (İstanbul saati)',
    };
    for (const language of LANGUAGES) {
      const facts = { ...decision, nextMeeting: nextMeeting[language] };
      expect(enrolmentApprovedMail(language, { ...facts, waitlisted: false }).text).toContain(
        nextMeeting[language],
      );
      expect(waitlistPromotedMail(language, facts).html).toContain(nextMeeting[language]);
      expect(enrolmentApprovedMail(language, { ...facts, waitlisted: true }).text).not.toContain(
        nextMeeting[language],
      );
    }
    expect(EVERY_MAIL.approved('en').text).not.toContain('next meeting');
  });

  it('tells a seat holder where the session is, and someone waiting only when', () => {
    const seat = EVERY_MAIL.enrolmentConfirmed('tr');
    expect(seat.text).toContain('Yer: Şahinbey <Kültür> Merkezi');
    expect(seat.html).toContain('Yer: Şahinbey &lt;Kültür&gt; Merkezi');
    expect(EVERY_MAIL.enrolmentConfirmed('en').text).toContain('Dates: 2 March 2027 – 4 March 2027.');
    const waiting = EVERY_MAIL.enrolmentConfirmedWaitlisted('en');
    expect(waiting.text).not.toContain('meet.example.org');
    expect(waiting.text).not.toContain('Dates:');
  });

  it('offers the unsubscribe link at the foot of every optional mail, in both bodies', () => {
    for (const name of [
      'meetingReminder',
      'evaluationOpen',
      'trainerRoster',
      'coordinatorDigest',
      'followUpDue',
    ] as const) {
      for (const language of LANGUAGES) {
        const mail = EVERY_MAIL[name](language);
        expect(mail.text.trimEnd()).toMatch(/\/unsubscribe\?token=t&kind=[a-z_]+$/);
        expect(mail.html).toMatch(
          /href="https:\/\/atolye\.example\.org\/unsubscribe\?token=t&amp;kind=[a-z_]+"/,
        );
      }
    }
    expect(EVERY_MAIL.approved('en').text).not.toContain('/unsubscribe');
  });

  it('escapes the link in the HTML body and keeps it whole in the text body', () => {
    const mail = EVERY_MAIL.passwordReset('en');
    expect(mail.text).toContain('https://x.example/r?token=a&b');
    expect(mail.html).toContain('href="https://x.example/r?token=a&amp;b"');
  });

  it('escapes every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('says how many months have passed since the session, in each language', () => {
    expect(EVERY_MAIL.followUpDue('en').subject).toBe('6 months on: has Protection & "data" been useful?');
    expect(EVERY_MAIL.followUpDue('tr').subject).toBe('6 ay sonra: Protection & "data" işinize yaradı mı?');
    expect(EVERY_MAIL.followUpDue('tr').text).toContain('üzerinden 6 ay geçti');
  });

  it('greets and signs in the recipient’s language', () => {
    const tr = layOut('tr', { subject: 'Konu', fullName: 'Şükrü Ünal', paragraphs: ['Metin'] });
    expect(tr.text.split('\n\n')[0]).toBe('Sayın Şükrü Ünal,');
    expect(tr.text).toContain('Atölye — kapasite geliştirme eğitimleri');
  });
});
