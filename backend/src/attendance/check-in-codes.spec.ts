import { CHECK_IN_PERIOD_SECONDS, checkInCode, isValidCheckInCode, windowOf } from './check-in-codes';

describe('check-in codes', () => {
  const secret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const at = new Date('2027-03-02T09:30:10Z');

  it('are six digits that change every period', () => {
    const code = checkInCode(secret, windowOf(at));
    expect(code).toMatch(/^\d{6}$/);
    const later = new Date(at.getTime() + CHECK_IN_PERIOD_SECONDS * 1000);
    expect(checkInCode(secret, windowOf(later))).not.toBe(code);
  });

  it('accept the current and the previous window, and nothing older', () => {
    const code = checkInCode(secret, windowOf(at));
    expect(isValidCheckInCode(secret, code, at)).toBe(true);
    expect(isValidCheckInCode(secret, code, new Date(at.getTime() + CHECK_IN_PERIOD_SECONDS * 1000))).toBe(
      true,
    );
    expect(
      isValidCheckInCode(secret, code, new Date(at.getTime() + 2 * CHECK_IN_PERIOD_SECONDS * 1000)),
    ).toBe(false);
  });

  it('differ between meetings, so one meeting’s code does not open another', () => {
    const code = checkInCode(secret, windowOf(at));
    expect(isValidCheckInCode('another-meeting-secret', code, at)).toBe(false);
  });

  it('refuse anything that is not six digits', () => {
    expect(isValidCheckInCode(secret, '12345', at)).toBe(false);
    expect(isValidCheckInCode(secret, 'abcdef', at)).toBe(false);
  });
});
