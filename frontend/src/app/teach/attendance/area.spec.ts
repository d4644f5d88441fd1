import { sessionsPath } from './area';

describe('sessionsPath', () => {
  it("leads coordinators back to their own session page and everyone else to the trainer's", () => {
    expect(sessionsPath('coordinate')).toBe('/coordinate/sessions');
    expect(sessionsPath('teach')).toBe('/teach/sessions');
    expect(sessionsPath(undefined)).toBe('/teach/sessions');
  });
});
