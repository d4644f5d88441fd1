import { MAX_INPUT_DEPTH, unsafeInput } from './safe-input';

describe(unsafeInput.name, () => {
  it('names the field holding a NUL character, however deep', () => {
    expect(unsafeInput({ marks: [{ note: 'ok' }, { note: 'a\u0000b' }] }, '')).toEqual({
      field: 'marks.1.note',
      reason: 'must not contain a NUL character',
    });
    expect(unsafeInput({ 'na\u0000me': 'x' }, '')?.reason).toBe('must not contain a NUL character');
  });

  it('refuses nesting past the limit without overflowing the stack itself', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unsafeInput(deep, 'body')?.reason).toBe(`is nested more than ${MAX_INPUT_DEPTH} levels deep`);
  });

  it('accepts ordinary Turkish text and shallow structures', () => {
    expect(unsafeInput({ fullName: 'Şükrü Öztürk', tags: ['ığüşöç'], n: 3, ok: null }, '')).toBeNull();
  });
});
