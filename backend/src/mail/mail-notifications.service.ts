import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language, LocalisedText } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { formatMeeting } from '../common/zoned-time';
import { MailOutbox } from './mail-outbox.service';
import { MailRepository, type NewMail, type Recipient } from './mail.repository';
import { certificateIssuedMail } from './templates/certificate-issued.mail';
import { enrolmentApprovedMail } from './templates/enrolment-approved.mail';
import { enrolmentRejectedMail } from './templates/enrolment-rejected.mail';
import type { RenderedMail } from './templates/mail-layout';
import { passwordResetMail } from './templates/password-reset.mail';
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

/** The mails people get when something happens to them, each in the recipient's own language. */
@Injectable()
export class MailNotifications {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly mails: MailRepository,
  ) {}

  passwordReset(manager: EntityManager, to: Recipient, token: string, validMinutes: number): Promise<void> {
    const link = this.link(`/reset-password?token=${encodeURIComponent(token)}`);
    const mail = passwordResetMail(to.language, { fullName: to.fullName, link, validMinutes });
    return this.outbox.queue(manager, [toNewMail('password_reset', to, mail)]);
  }

  /** A decided request (approved: a seat or the waiting list) or a seat from the waiting list. */
  async enrolments(manager: EntityManager, notice: EnrolmentNotice, enrolmentIds: string[]): Promise<void> {
    const recipients = await this.mails.enrolmentRecipients(manager, enrolmentIds);
    const mails = recipients.map((to) => {
      const facts = {
        fullName: to.fullName,
        trainingTitle: titleIn(to.trainingTitle, to.language),
        sessionTitle: to.sessionTitle,
        link: this.link(notice === 'rejected' ? '/learn/catalogue' : '/learn/enrolments'),
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
        link: this.link('/learn/certificates'),
      });
      return [toNewMail('certificate_issued', to, mail)];
    });
    await this.outbox.queue(manager, mails);
  }

  private link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}

function toNewMail(kind: NewMail['kind'], to: Recipient, mail: RenderedMail): NewMail {
  return { kind, recipient: to.email, language: to.language, ...mail };
}

/** A title in the reader's language, or in whichever language it exists. */
function titleIn(title: LocalisedText, language: Language): string {
  return title[language] ?? title.en ?? title.tr ?? '';
}
