/** Every action the audit log records; the portal names each as `audit.actions.<action>`. */
export const AUDIT_ACTIONS = [
  'person.created',
  'person.roles_changed',
  'person.disabled',
  'person.enabled',
  'person.password_set',
  'person.password_reset',
  'person.sign_in_unlocked',
  'person.invited',
  'organisation.created',
  'organisation.updated',
  'organisation.profile_updated',
  'organisation.capacity_submitted',
  'enrolment.added',
  'enrolment.requested',
  'enrolment.approved',
  'enrolment.rejected',
  'enrolment.withdrawn',
  'enrolment.left',
  'enrolment.promoted',
  'session.moved_to_revision',
  'attendance.edited',
  'walk_in.merged',
  'certificate.issued',
  'certificate.revoked',
  'certificate.reissued',
  'certificate.template_saved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  actor: { id: string; fullName: string } | null;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
