/**
 * Where a reason the API gives for a field (`title.en`, `meetings.1.endsAt`) belongs in the
 * coordinators' forms, whose controls are shaped for people rather than for the API.
 */

export function trainingControlPath(field: string): string {
  const paths: Record<string, string> = {
    'title.en': 'titleEn',
    'title.tr': 'titleTr',
    'description.en': 'descriptionEn',
    'description.tr': 'descriptionTr',
    moduleVersionIds: 'modules',
  };
  return paths[field] ?? field.replace(/^completionRule\./, '').split('.')[0];
}

const MEETING_FIELDS: Record<string, string> = {
  startsAt: 'start',
  endsAt: 'end',
  topic: 'topic',
  location: 'location',
};

export function sessionControlPath(field: string): string {
  const meeting = /^meetings\.(\d+)\.(\w+)$/.exec(field);
  if (meeting && MEETING_FIELDS[meeting[2]]) return `meetings.${meeting[1]}.${MEETING_FIELDS[meeting[2]]}`;
  if (field === 'enrolmentOpensAt') return 'opensDate';
  if (field === 'enrolmentClosesAt') return 'closesDate';
  return field.split('.')[0];
}
