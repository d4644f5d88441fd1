import type { AttendanceSheet } from '@atolye/shared';
import { defaultMeetingId, draftOf, marksOf } from './attendance-rows';

const sheet: AttendanceSheet = {
  sessionId: 's1',
  timeZone: 'Europe/Istanbul',
  meetings: [
    { id: 'm1', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T12:00:00Z', topic: 'One' },
    { id: 'm2', startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T12:00:00Z', topic: 'Two' },
  ],
  rows: [
    {
      enrolmentId: 'e1',
      walkInId: null,
      fullName: 'Rana Al-Khatib',
      organisation: null,
      cells: {
        m1: { status: 'late', note: 'Bus', method: 'trainer', markedAt: '2026-03-01T12:00:00Z' },
      },
      attended: 1,
      percent: 50,
    },
    {
      enrolmentId: null,
      walkInId: 'w1',
      fullName: 'Walk In',
      organisation: null,
      cells: {},
      attended: 0,
      percent: 0,
    },
  ],
};

describe('attendance rows', () => {
  it('starts the draft from what is saved and leaves unmarked people empty', () => {
    expect(draftOf(sheet, 'm1')).toEqual({
      'e:e1': { status: 'late', note: 'Bus' },
      'w:w1': { status: null, note: '' },
    });
  });

  it('sends only marked people, walk-ins by their own id, and empty notes as null', () => {
    const draft = {
      'e:e1': { status: 'present' as const, note: '  ' },
      'w:w1': { status: 'absent' as const, note: 'Ill' },
    };
    expect(marksOf(sheet, draft)).toEqual([
      { enrolmentId: 'e1', status: 'present', note: null },
      { walkInId: 'w1', status: 'absent', note: 'Ill' },
    ]);
    expect(marksOf(sheet, { 'e:e1': { status: null, note: '' } })).toEqual([]);
  });

  it('opens the meeting under way or next, and the last one once all are over', () => {
    expect(defaultMeetingId(sheet, new Date('2026-03-01T10:00:00Z'))).toBe('m1');
    expect(defaultMeetingId(sheet, new Date('2026-03-01T13:00:00Z'))).toBe('m2');
    expect(defaultMeetingId(sheet, new Date('2026-04-01T00:00:00Z'))).toBe('m2');
  });
});
