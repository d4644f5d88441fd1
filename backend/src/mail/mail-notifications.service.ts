import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HIDDEN_SECRET, PORTAL_PATHS, type Language, type LocalisedText } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { renderIcs } from '../common/ics';
import { formatDate, formatMeeting } from '../common/zoned-time';
import { Bell, type BellNotice } from './bell';
import { MailFactsRepository } from './mail-facts.repository';
import { MailOutbox } from './mail-outbox.service';
import { MailRepository, type NewMail, type Recipient } from './mail.repository';
import { certificateIssuedMail } from './templates/certificate-issued.mail';
import { certificateReissuedMail } from './templates/certificate-reissued.mail';
import { certificateRevokedMail } from './templates/certificate-revoked.mail';
import { enrolmentApprovedMail } from './templates/enrolment-approved.mail';
import { enrolmentConfirmedMail } from './templates/enrolment-confirmed.mail';
import { invitationMail } from './templates/invitation.mail';
import { enrolmentRejectedMail } from './templates/enrolment-rejected.mail';
import { enrolmentWithdrawnMail } from './templates/enrolment-withdrawn.mail';
import type { RenderedMail } from './templates/mail-layout';
import { passwordResetMail } from './templates/password-reset.mail';
import { registrationConfirmMail } from './templates/registration-confirm.mail';
import { registrationExistingMail } from './templates/registration-existing.mail';
import { waitlistPromotedMail } from './templates/waitlist-promoted.mail';

export type EnrolmentNotice = 'approved' | 'rejected' | 'promoted';

/** What a certificate mail needs to know of a certificate just issued. */
export interface IssuedCertificate {
  personId: string;
  holderName: string;
  trainingTitle: LocalisedText;
  serial: string;
  verificationCode: string;
}

/**
 * The mails people get when something happens to them, each in the recipient's own language, and
 * the same events under their portal's bell.
 */
@Injectable()
export class MailNotifications {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly mails: MailRepository,
    private readonly facts: MailFactsRepository,
    private readonly bell: Bell,
  ) {}

  /** The link's token is handed to the sender only: the stored mail shows it hidden. */
  passwordReset(manager: EntityManager, to: Recipient, token: string, validMinutes: number): Promise<void> {
    const link = this.secretLink('/reset-password');
    const mail = passwordResetMail(to.language, { fullName: to.fullName, link, validMinutes });
    return this.outbox.queue(manager, [{ ...toNewMail('password_reset', to, mail), secret: token }]);
  }

  /** Asks a new address to confirm itself; the account opens from the pending registration then. */
  registrationConfirm(
    manager: EntityManager,
    to: Recipient,
    token: string,
    validHours: number,
  ): Promise<void> {
    const link = this.secretLink('/confirm-email');
    const mail = registrationConfirmMail(to.language, { fullName: to.fullName, link, validHours });
    return this.outbox.queue(manager, [{ ...toNewMail('registration_confirm', to, mail), secret: token }]);
  }

  /** Invites a person whose account someone else opened to choose a password (the link's token is secret). */
  invitation(manager: EntityManager, to: Recipient, token: string, validDays: number): Promise<void> {
    const link = this.secretLink('/reset-password');
    const mail = invitationMail(to.language, { fullName: to.fullName, email: to.email, link, validDays });
    return this.outbox.queue(manager, [{ ...toNewMail('invitation', to, mail), secret: token }]);
  }

  /**
   * Confirms enrolments a coordinator made (by hand or by import), with the session's dates, its
   * venue or (for a seat holder) its meeting link, and its meetings as an .ics attachment.
   */
  async enrolmentsConfirmed(manager: EntityManager, enrolmentIds: string[]): Promise<void> {
    const recipients = await this.mails.enrolmentRecipients(manager, enrolmentIds);
    if (!recipients.length) return;
    const sessionIds = [...new Set(recipients.map((to) => to.sessionId))];
    const meetings = await this.facts.sessionMeetings(manager, sessionIds);
    const mails = recipients.map((to) => {
      const own = meetings.filter((m) => m.session_id === to.sessionId);
      const holdsSeat = to.status === 'enrolled';
      const shown = holdsSeat ? own : own.map((m) => ({ ...m, meeting_link: null }));
      const dates = own.length
        ? [own[0].starts_at, own[own.length - 1].starts_at]
            .map((at) => formatDate(at, to.timeZone, to.language))
            .filter((day, i, days) => days.indexOf(day) === i)
            .join(' – ')
        : null;
      const mail = enrolmentConfirmedMail(to.language, {
        fullName: to.fullName,
        trainingTitle: titleIn(to.trainingTitle, to.language),
        sessionTitle: to.sessionTitle,
        dates,
        place: (holdsSeat ? to.meetingLink : null) ?? to.venue,
        waitlisted: !holdsSeat,
        link: this.link(PORTAL_PATHS.myLearning),
      });
      const calendar = renderIcs(this.config.publicUrl, to.sessionTitle, shown, to.timeZone);
      return { ...toNewMail('enrolment_confirmed', to, mail), calendar };
    });
    await this.outbox.queue(manager, mails);
    await this.bell.add(
      manager,
      recipients.map((to) => ({
        personId: to.personId,
        kind: to.status === 'enrolled' ? 'enrolment_confirmed' : 'enrolment_waitlisted',
        params: { trainingTitle: to.trainingTitle, sessionTitle: to.sessionTitle },
        link: PORTAL_PATHS.myLearning,
      })),
    );
  }

  /** Tells an account's owner that someone registered with its address (nothing was changed). */
  registrationExisting(manager: EntityManager, to: Recipient): Promise<void> {
    const mail = registrationExistingMail(to.language, {
      fullName: to.fullName,
      link: this.link('/sign-in'),
    });
    return this.outbox.queue(manager, [toNewMail('registration_existing', to, mail)]);
  }

  /** A decided request (approved: a seat or the waiting list) or a seat from the waiting list. */
  async enrolments(manager: EntityManager, notice: EnrolmentNotice, enrolmentIds: string[]): Promise<void> {
    const recipients = await this.mails.enrolmentRecipients(manager, enrolmentIds);
    const mails = recipients.map((to) => {
      const facts = {
        fullName: to.fullName,
        trainingTitle: titleIn(to.trainingTitle, to.language),
        sessionTitle: to.sessionTitle,
        link: this.link(notice === 'rejected' ? PORTAL_PATHS.catalogue : PORTAL_PATHS.myLearning),
        nextMeeting: to.nextMeeting
          ? formatMeeting(to.nextMeeting.startsAt, to.nextMeeting.endsAt, to.timeZone, to.language)
          : null,
      };
      if (notice === 'rejected')
        return toNewMail('enrolment_rejected', to, enrolmentRejectedMail(to.language, facts));
      if (notice === 'promoted')
        return toNewMail('waitlist_promoted', to, waitlistPromotedMail(to.language, facts));
      const waitlisted = to.status === 'waitlisted';
      return toNewMail(
        'enrolment_approved',
        to,
        enrolmentApprovedMail(to.language, { ...facts, waitlisted }),
      );
    });
    await this.outbox.queue(manager, mails);
    await this.bell.add(
      manager,
      recipients.map((to) => ({
        personId: to.personId,
        kind:
          notice === 'rejected'
            ? 'enrolment_rejected'
            : notice === 'promoted'
              ? 'waitlist_promoted'
              : to.status === 'waitlisted'
                ? 'enrolment_waitlisted'
                : 'enrolment_approved',
        params: { trainingTitle: to.trainingTitle, sessionTitle: to.sessionTitle },
        link: notice === 'rejected' ? PORTAL_PATHS.catalogue : PORTAL_PATHS.myLearning,
      })),
    );
  }

  /** Tells someone a coordinator withdrew them from a session, with the coordinator's reason. */
  async enrolmentWithdrawn(manager: EntityManager, enrolmentId: string, reason: string): Promise<void> {
    const recipients = await this.mails.enrolmentRecipients(manager, [enrolmentId]);
    await this.outbox.queue(
      manager,
      recipients.map((to) =>
        toNewMail(
          'enrolment_withdrawn',
          to,
          enrolmentWithdrawnMail(to.language, {
            fullName: to.fullName,
            trainingTitle: titleIn(to.trainingTitle, to.language),
            sessionTitle: to.sessionTitle,
            link: this.link(PORTAL_PATHS.catalogue),
            reason,
          }),
        ),
      ),
    );
  }

  /** One mail per certificate, stored with the certificates themselves. */
  async certificatesIssued(manager: EntityManager, certificates: IssuedCertificate[]): Promise<void> {
    const people = await this.mails.recipients(manager, [...new Set(certificates.map((c) => c.personId))]);
    const mails = certificates.flatMap((certificate) => {
      const to = people.get(certificate.personId);
      if (!to) return [];
      const mail = certificateIssuedMail(to.language, {
        fullName: certificate.holderName,
        trainingTitle: titleIn(certificate.trainingTitle, to.language),
        serial: certificate.serial,
        verificationUrl: this.link(`/verify/${certificate.verificationCode}`),
        link: this.link(PORTAL_PATHS.myCertificates),
      });
      return [toNewMail('certificate_issued', to, mail)];
    });
    await this.outbox.queue(manager, mails);
    await this.bell.add(
      manager,
      certificates
        .filter((certificate) => people.has(certificate.personId))
        .map(
          (certificate): BellNotice => ({
            personId: certificate.personId,
            kind: 'certificate_issued',
            params: { trainingTitle: certificate.trainingTitle, serial: certificate.serial },
            link: PORTAL_PATHS.myCertificates,
          }),
        ),
    );
  }

  /** Tells the holder their certificate was revoked, with the reason given. */
  async certificateRevoked(manager: EntityManager, certificateId: string, reason: string): Promise<void> {
    const certificate = await this.facts.certificate(manager, certificateId);
    const to =
      certificate &&
      (await this.mails.recipients(manager, [certificate.person_id])).get(certificate.person_id);
    if (!to) return;
    const trainingTitle = titleIn(certificate.training_title, to.language);
    const mail = certificateRevokedMail(to.language, {
      fullName: certificate.holder_name,
      trainingTitle,
      serial: certificate.serial,
      reason,
      link: this.link(PORTAL_PATHS.myCertificates),
    });
    await this.outbox.queue(manager, [toNewMail('certificate_revoked', to, mail)]);
    await this.bell.add(manager, [
      {
        personId: certificate.person_id,
        kind: 'certificate_revoked',
        params: { trainingTitle: certificate.training_title, serial: certificate.serial, reason },
        link: PORTAL_PATHS.myCertificates,
      },
    ]);
  }

  /** Tells the holder a corrected certificate replaces the one they had. */
  async certificateReissued(
    manager: EntityManager,
    certificateId: string,
    replacedSerial: string,
  ): Promise<void> {
    const certificate = await this.facts.certificate(manager, certificateId);
    const to =
      certificate &&
      (await this.mails.recipients(manager, [certificate.person_id])).get(certificate.person_id);
    if (!to) return;
    const mail = certificateReissuedMail(to.language, {
      fullName: certificate.holder_name,
      trainingTitle: titleIn(certificate.training_title, to.language),
      serial: certificate.serial,
      replacedSerial,
      verificationUrl: this.link(`/verify/${certificate.verification_code}`),
      link: this.link(PORTAL_PATHS.myCertificates),
    });
    await this.outbox.queue(manager, [toNewMail('certificate_reissued', to, mail)]);
    await this.bell.add(manager, [
      {
        personId: certificate.person_id,
        kind: 'certificate_reissued',
        params: { trainingTitle: certificate.training_title, serial: certificate.serial },
        link: PORTAL_PATHS.myCertificates,
      },
    ]);
  }

  private link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** A link whose `token` is a secret, written as HIDDEN_SECRET until the mail is sent. */
  private secretLink(path: string): string {
    return this.link(`${path}?token=${HIDDEN_SECRET}`);
  }
}

function toNewMail(kind: NewMail['kind'], to: Recipient, mail: RenderedMail): NewMail {
  return { kind, recipient: to.email, language: to.language, ...mail };
}

/** A title in the reader's language, or in whichever language it exists. */
function titleIn(title: LocalisedText, language: Language): string {
  return title[language] ?? title.en ?? title.tr ?? '';
}
