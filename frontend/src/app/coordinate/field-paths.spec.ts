import { sessionControlPath, trainingControlPath } from './field-paths';

describe('field paths', () => {
  it('puts a title in one language next to that language', () => {
    expect(trainingControlPath('title.tr')).toBe('titleTr');
    expect(trainingControlPath('moduleVersionIds')).toBe('modules');
    expect(trainingControlPath('completionRule.minAttendancePercent')).toBe('minAttendancePercent');
  });

  it("puts a meeting's problem on that meeting's own field", () => {
    expect(sessionControlPath('meetings.1.endsAt')).toBe('meetings.1.end');
    expect(sessionControlPath('meetings.0.topic')).toBe('meetings.0.topic');
    expect(sessionControlPath('enrolmentClosesAt')).toBe('closesDate');
    expect(sessionControlPath('venue')).toBe('venue');
  });
});
