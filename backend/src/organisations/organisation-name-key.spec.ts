import { organisationNameKey } from './organisation-name-key';

describe(organisationNameKey.name, () => {
  it('folds Turkish capitals, dotless i and accents to one key', () => {
    const key = organisationNameKey('Umut Köprüsü Derneği');
    expect(organisationNameKey('UMUT KÖPRÜSÜ DERNEĞİ')).toBe(key);
    expect(organisationNameKey('umut  koprusu dernegi ')).toBe(key);
    expect(organisationNameKey('KADIN DAYANIŞMA')).toBe(organisationNameKey('Kadın Dayanışma'));
  });

  it('keeps different names apart', () => {
    expect(organisationNameKey('Göç Yolları Derneği')).not.toBe(organisationNameKey('Göç Yolu Derneği'));
  });
});
