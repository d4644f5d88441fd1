import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each session gets the IANA time zone it happens in. Sessions held somewhere take the zone of
 * their country (the single-zone countries the programme works in); online ones, and every
 * session in a country not listed here, Europe/Istanbul — where the programme is run from.
 */
const COUNTRY_ZONES: [string, string][] = [
  ['GR', 'Europe/Athens'],
  ['BG', 'Europe/Sofia'],
  ['RO', 'Europe/Bucharest'],
  ['CY', 'Asia/Nicosia'],
  ['BE', 'Europe/Brussels'],
  ['NL', 'Europe/Amsterdam'],
  ['LU', 'Europe/Luxembourg'],
  ['DE', 'Europe/Berlin'],
  ['FR', 'Europe/Paris'],
  ['AT', 'Europe/Vienna'],
  ['CH', 'Europe/Zurich'],
  ['IT', 'Europe/Rome'],
  ['ES', 'Europe/Madrid'],
  ['PT', 'Europe/Lisbon'],
  ['IE', 'Europe/Dublin'],
  ['GB', 'Europe/London'],
  ['DK', 'Europe/Copenhagen'],
  ['SE', 'Europe/Stockholm'],
  ['NO', 'Europe/Oslo'],
  ['FI', 'Europe/Helsinki'],
  ['PL', 'Europe/Warsaw'],
  ['CZ', 'Europe/Prague'],
  ['HU', 'Europe/Budapest'],
  ['HR', 'Europe/Zagreb'],
  ['RS', 'Europe/Belgrade'],
  ['BA', 'Europe/Sarajevo'],
  ['MK', 'Europe/Skopje'],
  ['AL', 'Europe/Tirane'],
  ['UA', 'Europe/Kyiv'],
  ['MD', 'Europe/Chisinau'],
  ['GE', 'Asia/Tbilisi'],
  ['AM', 'Asia/Yerevan'],
  ['AZ', 'Asia/Baku'],
  ['LB', 'Asia/Beirut'],
  ['SY', 'Asia/Damascus'],
  ['JO', 'Asia/Amman'],
  ['IQ', 'Asia/Baghdad'],
  ['IR', 'Asia/Tehran'],
  ['AF', 'Asia/Kabul'],
  ['EG', 'Africa/Cairo'],
];

export class SessionTimeZones1765700000000 implements MigrationInterface {
  name = 'SessionTimeZones1765700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "time_zone" text NOT NULL DEFAULT 'Europe/Istanbul'`);
    const values = COUNTRY_ZONES.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
    await queryRunner.query(
      `UPDATE "sessions" s SET "time_zone" = z.zone
         FROM (VALUES ${values}) AS z(country, zone)
        WHERE s.country = z.country AND s.mode <> 'online'`,
      COUNTRY_ZONES.flat(),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "time_zone"`);
  }
}
