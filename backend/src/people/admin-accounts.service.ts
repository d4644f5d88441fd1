import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordChanges } from '../access/password-changes';
import { PasswordHasher } from '../access/password-hasher';
import { adminPasswordProblem, ConfigError } from '../config/app-config';
import { auditView } from './people.dto';
import { PeopleRepository } from './people.repository';
import type { PersonEntity } from './person.entity';

export interface AdminFields {
  email: string;
  fullName: string;
  password: string;
}

/**
 * Administrators made outside the portal, by whoever runs the server: the first one of a new
 * deployment (from ADMIN_EMAIL and ADMIN_PASSWORD, or `npm run admin:create`), and a way back in
 * when every administrator is locked out. Audited with no actor: the system did it.
 */
@Injectable()
export class AdminAccounts {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
    private readonly hasher: PasswordHasher,
    private readonly passwordChanges: PasswordChanges,
    private readonly audit: AuditService,
  ) {}

  /** Creates the account when no account uses the email; an existing one is left as it is. */
  async createIfAbsent(fields: AdminFields): Promise<boolean> {
    if (await this.people.findByEmail(fields.email)) return false;
    await this.createOrRestore(fields);
    return true;
  }

  /**
   * Creates an administrator, or makes the account of this email one again: enabled, with the
   * admin role and this password (which ends its sessions and mailed reset links).
   */
  async createOrRestore(fields: AdminFields): Promise<'created' | 'restored'> {
    const problem = adminPasswordProblem(fields.password);
    if (problem) throw new ConfigError(`The administrator's password ${problem}`);
    const email = fields.email.trim().toLowerCase();
    const passwordHash = await this.hasher.hash(fields.password);
    return this.db.transaction(async (manager) => {
      const found = await this.people.findByEmail(email);
      const existing = found ? await this.people.findByIdForUpdate(found.id, manager) : null;
      if (!existing) {
        const created = await this.people.save(
          this.people.create({
            email,
            fullName: fields.fullName,
            passwordHash,
            roles: ['admin'],
            language: 'en',
            gender: 'undeclared',
            organisationId: null,
          }),
          manager,
        );
        await this.record(manager, 'person.created', created, null, auditView(created));
        return 'created';
      }
      const wasDisabled = existing.disabled;
      const rolesBefore = existing.roles;
      existing.passwordHash = passwordHash;
      existing.disabled = false;
      if (!rolesBefore.includes('admin')) existing.roles = [...rolesBefore, 'admin'];
      await this.people.save(existing, manager);
      await this.passwordChanges.applied(manager, existing);
      await this.record(manager, 'person.password_set', existing, null, null);
      if (wasDisabled)
        await this.record(manager, 'person.enabled', existing, { disabled: true }, { disabled: false });
      if (!rolesBefore.includes('admin'))
        await this.record(
          manager,
          'person.roles_changed',
          existing,
          { roles: rolesBefore },
          { roles: existing.roles },
        );
      return 'restored';
    });
  }

  private record(
    manager: EntityManager,
    action: 'person.created' | 'person.password_set' | 'person.enabled' | 'person.roles_changed',
    person: PersonEntity,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: null,
        action,
        subjectType: 'person',
        subjectId: person.id,
        subjectLabel: person.fullName,
        before,
        after,
      },
      manager,
    );
  }
}
