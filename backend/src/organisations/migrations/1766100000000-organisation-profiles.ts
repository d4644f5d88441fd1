import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free-text thematic areas as they were typed before the code list, and the code each became.
 * Areas not found here keep their words in `thematic_areas_other`, under the code "other".
 */
const AREA_CODES: Record<string, string> = {
  'international protection': 'international_protection',
  asylum: 'international_protection',
  'legal aid': 'legal_aid',
  'legal counselling': 'legal_aid',
  protection: 'protection',
  'child protection': 'child_protection',
  'gender-based violence': 'gender_based_violence',
  gbv: 'gender_based_violence',
  'psychosocial support': 'psychosocial_support',
  mhpss: 'psychosocial_support',
  health: 'health',
  education: 'education',
  livelihoods: 'livelihoods',
  employment: 'livelihoods',
  'social cohesion': 'social_cohesion',
  integration: 'local_integration',
  'local integration': 'local_integration',
  reception: 'reception',
  'humanitarian aid': 'humanitarian_aid',
  advocacy: 'advocacy',
  'policy dialogue': 'advocacy',
  research: 'research',
  'capacity building': 'capacity_building',
  volunteering: 'volunteering',
  "women's empowerment": 'women_empowerment',
  'disability inclusion': 'disability_inclusion',
};

/** The same folding as the province list in @atolye/shared, kept here so this migration never changes. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİI]/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Turkey's provinces by folded name and ISO 3166-2:TR code (the plate number). */
const PROVINCES =
  `Adana Adıyaman Afyonkarahisar Ağrı Amasya Ankara Antalya Artvin Aydın Balıkesir Bilecik Bingöl
Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır Edirne Elazığ Erzincan Erzurum Eskişehir
Gaziantep Giresun Gümüşhane Hakkâri Hatay Isparta Mersin İstanbul İzmir Kars Kastamonu Kayseri Kırklareli
Kırşehir Kocaeli Konya Kütahya Malatya Manisa Kahramanmaraş Mardin Muğla Muş Nevşehir Niğde Ordu Rize Sakarya
Samsun Siirt Sinop Sivas Tekirdağ Tokat Trabzon Tunceli Şanlıurfa Uşak Van Yozgat Zonguldak Aksaray Bayburt
Karaman Kırıkkale Batman Şırnak Bartın Ardahan Iğdır Yalova Karabük Kilis Osmaniye Düzce`
    .split(/\s+/)
    .map((name, index) => [fold(name), `TR-${String(index + 1).padStart(2, '0')}`] as const);
const PROVINCE_CODES = new Map<string, string>(PROVINCES);

export class OrganisationProfiles1766100000000 implements MigrationInterface {
  name = 'OrganisationProfiles1766100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations"
         ADD "legal_form" text,
         ADD "year_founded" integer,
         ADD "staff_women" integer, ADD "staff_men" integer, ADD "staff_other" integer,
         ADD "volunteers_women" integer, ADD "volunteers_men" integer, ADD "volunteers_other" integer,
         ADD "work_provinces" text array NOT NULL DEFAULT '{}',
         ADD "work_countries" text array NOT NULL DEFAULT '{}',
         ADD "target_groups" text array NOT NULL DEFAULT '{}',
         ADD "networks" text array NOT NULL DEFAULT '{}',
         ADD "thematic_areas_other" text,
         ADD "contact_name" text, ADD "contact_role" text, ADD "contact_email" text, ADD "contact_phone" text,
         ADD "profile_updated_at" TIMESTAMP WITH TIME ZONE`,
    );
    const rows: { id: string; country: string; province: string; thematic_areas: string[] }[] =
      await queryRunner.query(`SELECT id, country, province, thematic_areas FROM organisations`);
    for (const row of rows) {
      const codes = new Set<string>();
      const unmatched: string[] = [];
      for (const area of row.thematic_areas) {
        const code = AREA_CODES[fold(area)] ?? (Object.values(AREA_CODES).includes(area) ? area : null);
        if (code) codes.add(code);
        else unmatched.push(area.trim());
      }
      if (unmatched.length) codes.add('other');
      // An organisation works at least where its office is.
      const home = row.country === 'TR' ? PROVINCE_CODES.get(fold(row.province)) : undefined;
      await queryRunner.query(
        `UPDATE organisations SET thematic_areas = $2, thematic_areas_other = $3, work_provinces = $4,
                work_countries = ARRAY[country::text] WHERE id = $1`,
        [row.id, [...codes], unmatched.length ? unmatched.join(', ') : null, home ? [home] : []],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE organisations
          SET thematic_areas = array_remove(thematic_areas, 'other')
                || COALESCE(string_to_array(thematic_areas_other, ', '), '{}')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations"
         DROP COLUMN "legal_form", DROP COLUMN "year_founded",
         DROP COLUMN "staff_women", DROP COLUMN "staff_men", DROP COLUMN "staff_other",
         DROP COLUMN "volunteers_women", DROP COLUMN "volunteers_men", DROP COLUMN "volunteers_other",
         DROP COLUMN "work_provinces", DROP COLUMN "work_countries", DROP COLUMN "target_groups",
         DROP COLUMN "networks", DROP COLUMN "thematic_areas_other",
         DROP COLUMN "contact_name", DROP COLUMN "contact_role", DROP COLUMN "contact_email",
         DROP COLUMN "contact_phone", DROP COLUMN "profile_updated_at"`,
    );
  }
}
