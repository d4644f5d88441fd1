/**
 * Folds an organisation name so that spellings of one name compare equal: case (including
 * Turkish dotted and dotless i), accents and spacing. "UMUT KÖPRÜSÜ DERNEĞİ", "Umut Köprüsü
 * Derneği" and "umut koprusu dernegi" are one organisation.
 */
export function organisationNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİI]/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
