import type { AbstractControl } from '@angular/forms';
import { countryCode, organisationPicked, website } from './validators';

const control = (value: unknown) => ({ value }) as AbstractControl;

describe('validators', () => {
  it('accepts two-letter country codes only', () => {
    expect(countryCode(control('TR'))).toBeNull();
    expect(countryCode(control('gr'))).toBeNull();
    expect(countryCode(control('TUR'))).toEqual({ countryCode: true });
  });

  it('accepts web addresses that start with http(s)://', () => {
    expect(website(control(''))).toBeNull();
    expect(website(control('https://example.org'))).toBeNull();
    expect(website(control('example.org'))).toEqual({ website: true });
  });

  it('wants an organisation picked from the list, not just typed', () => {
    expect(organisationPicked(control({ id: '1', name: 'Umut' }))).toBeNull();
    expect(organisationPicked(control('Umut'))).toEqual({ organisation: true });
    expect(organisationPicked(control(null))).toBeNull();
  });
});
