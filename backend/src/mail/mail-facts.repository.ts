import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalisedText } from '@atolye/shared';
import { MEETING_COLUMNS, type MeetingRow } from '../common/ics';

/** What a certificate's mails say about it. */
export interface CertificateMailFacts {
  person_id: string;
  holder_name: string;
  training_title: LocalisedText;
  serial: string;
  verification_code: string;
}

/** What the mails about an event read of other features' records, in the mail's transaction. */
@Injectable()
export class MailFactsRepository {
  /** The meetings of these sessions, in time order, as the calendar attachment lists them. */
  sessionMeetings(manager: EntityManager, sessionIds: string[]): Promise<MeetingRow[]> {
    return manager.query(
      `SELECT ${MEETING_COLUMNS} FROM meetings m JOIN sessions s ON s.id = m.session_id
        WHERE s.id = ANY($1::uuid[]) ORDER BY m.starts_at`,
      [sessionIds],
    );
  }

  async certificate(
    manager: EntityManager,
    certificateId: string,
  ): Promise<CertificateMailFacts | undefined> {
    const [certificate] = await manager.query(
      'SELECT person_id, holder_name, training_title, serial, verification_code FROM certificates WHERE id = $1',
      [certificateId],
    );
    return certificate;
  }
}
