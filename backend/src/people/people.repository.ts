import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { OptionalMailKind, Role } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { PersonEntity } from './person.entity';

export interface PeopleSearch {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.people.findOne({ where: { email: email.toLowerCase() } });
  }

  findById(id: string, manager?: EntityManager): Promise<PersonEntity | null> {
    const repository = manager ? manager.getRepository(PersonEntity) : this.people;
    return repository.findOne({ where: { id }, relations: { organisation: true } });
  }

  /** Locks the row for the rest of the transaction, so concurrent edits apply one after another. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<PersonEntity | null> {
    return manager
      .getRepository(PersonEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async search(search: PeopleSearch): Promise<[PersonEntity[], number]> {
    const query = this.people
      .createQueryBuilder('person')
      .leftJoinAndSelect('person.organisation', 'organisation')
      .orderBy('person.fullName', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .skip((search.page - 1) * search.pageSize)
      .take(search.pageSize);
    if (search.q) {
      const pattern = likePattern(search.q);
      query.andWhere(
        new Brackets((where) =>
          where
            .where('person.fullName ILIKE :pattern', { pattern })
            .orWhere('person.email ILIKE :pattern', { pattern })
            .orWhere('organisation.name ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (search.role) query.andWhere(':role = ANY(person.roles)', { role: search.role });
    return query.getManyAndCount();
  }

  save(person: PersonEntity, manager?: EntityManager): Promise<PersonEntity> {
    return (manager ? manager.getRepository(PersonEntity) : this.people).save(person);
  }

  /** The account of exactly this address, as stored. */
  findByStoredEmail(manager: EntityManager, email: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOne({ where: { email } });
  }

  /** The full name of a person known to exist (an enrolment's trainee), in the caller's transaction. */
  async fullNameOf(manager: EntityManager, id: string): Promise<string> {
    const person = await manager
      .getRepository(PersonEntity)
      .findOneOrFail({ where: { id }, select: { id: true, fullName: true } });
    return person.fullName;
  }

  findPlainById(manager: EntityManager, id: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOne({ where: { id } });
  }

  /** An account created for someone else (an import row, a walk-in), inside the caller's transaction. */
  createAccount(manager: EntityManager, fields: Partial<PersonEntity>): Promise<PersonEntity> {
    return manager.getRepository(PersonEntity).save(fields) as Promise<PersonEntity>;
  }

  async setOrganisation(manager: EntityManager, personId: string, organisationId: string): Promise<void> {
    await manager.getRepository(PersonEntity).update({ id: personId }, { organisationId });
  }

  /** A new password; what else ends with the old one is for PasswordChanges to decide. */
  async setPasswordHash(manager: EntityManager, personId: string, passwordHash: string): Promise<void> {
    await manager.query('UPDATE people SET password_hash = $2, updated_at = now() WHERE id = $1', [
      personId,
      passwordHash,
    ]);
  }

  async calendarTokenOf(personId: string): Promise<string | null> {
    const [row] = await this.people.query('SELECT calendar_token FROM people WHERE id = $1', [personId]);
    return row?.calendar_token ?? null;
  }

  /** The enabled person whose calendar feed this secret opens. */
  async findByCalendarToken(token: string): Promise<{ id: string; full_name: string } | null> {
    const [person] = await this.people.query(
      'SELECT id, full_name FROM people WHERE calendar_token = $1 AND NOT disabled',
      [token],
    );
    return person ?? null;
  }

  async setCalendarToken(personId: string, token: string): Promise<void> {
    await this.people.query('UPDATE people SET calendar_token = $2 WHERE id = $1', [personId, token]);
  }

  create(fields: Partial<PersonEntity>): PersonEntity {
    return this.people.create(fields);
  }

  /** The optional mails (reminders, digests) the person switched off, as stored. */
  async mailOptOuts(personId: string): Promise<OptionalMailKind[]> {
    const [row] = await this.people.query('SELECT mail_opt_outs FROM people WHERE id = $1', [personId]);
    return row?.mail_opt_outs ?? [];
  }

  async setMailOptOuts(personId: string, kinds: OptionalMailKind[]): Promise<void> {
    await this.people.query('UPDATE people SET mail_opt_outs = $2 WHERE id = $1', [personId, kinds]);
  }

  /** Switches one optional mail off for whoever holds this unsubscribe secret; false when nobody does. */
  async optOut(unsubscribeToken: string, kind: OptionalMailKind): Promise<boolean> {
    const [, count] = await this.people.query(
      `UPDATE people SET mail_opt_outs = CASE WHEN $2 = ANY(mail_opt_outs) THEN mail_opt_outs ELSE array_append(mail_opt_outs, $2) END
        WHERE unsubscribe_token = $1`,
      [unsubscribeToken, kind],
    );
    return count > 0;
  }
}

/**
 * Each person's unsubscribe secret, made for those who have none yet (one statement for all).
 * `fresh` gives a new random secret per person; a secret already there is kept. A plain function
 * rather than a method: the notice run calls it inside its own transaction.
 */
export async function ensureUnsubscribeTokens(
  manager: EntityManager,
  personIds: string[],
  fresh: () => string,
): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows: { id: string; unsubscribe_token: string }[] = await manager.query(
    `WITH given AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS g(id, token)),
          made AS (UPDATE people p SET unsubscribe_token = given.token FROM given
                    WHERE p.id = given.id AND p.unsubscribe_token IS NULL RETURNING p.id, p.unsubscribe_token)
     SELECT id, unsubscribe_token FROM made
     UNION ALL
     SELECT id, unsubscribe_token FROM people WHERE id = ANY($1::uuid[]) AND unsubscribe_token IS NOT NULL`,
    [personIds, personIds.map(() => fresh())],
  );
  return new Map(rows.map((row) => [row.id, row.unsubscribe_token]));
}
