import { PROVINCE_CODES, TR_PROVINCES, provinceCodeOf, provinceName } from './provinces';

describe('Turkish provinces', () => {
  it('lists all 81 by their ISO 3166-2:TR codes, once each', () => {
    expect(TR_PROVINCES).toHaveLength(81);
    expect(new Set(PROVINCE_CODES).size).toBe(81);
    expect(PROVINCE_CODES[0]).toBe('TR-01');
    expect(PROVINCE_CODES[80]).toBe('TR-81');
  });

  it('finds a province however its name is spelt', () => {
    expect(provinceCodeOf('Şanlıurfa')).toBe('TR-63');
    expect(provinceCodeOf('SANLIURFA')).toBe('TR-63');
    expect(provinceCodeOf(' istanbul ')).toBe('TR-34');
    expect(provinceCodeOf('İZMİR')).toBe('TR-35');
    expect(provinceCodeOf('Central Macedonia')).toBeNull();
    expect(provinceName('TR-79')).toBe('Kilis');
  });
});
