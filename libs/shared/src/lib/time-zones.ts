import type { Language } from './languages';

/** The zone of a session that names none: the programme runs from Turkey. */
export const DEFAULT_TIME_ZONE = 'Europe/Istanbul';

export interface TimeZoneChoice {
  /** IANA time zone id. */
  id: string;
  /** The country whose venues take this zone by default, where the country has one zone. */
  country: string | null;
  /** The city that names the zone in each language ("Istanbul time", "İstanbul saati"). */
  city: Record<Language, string>;
}

/**
 * The zones offered in the session form: Turkey, its neighbours, the EU and the places the
 * field's partners work from. The API takes any IANA zone; these are the ones with names.
 */
export const TIME_ZONE_CHOICES: readonly TimeZoneChoice[] = [
  { id: 'Europe/Istanbul', country: 'TR', city: { en: 'Istanbul', tr: 'İstanbul' } },
  { id: 'Europe/Athens', country: 'GR', city: { en: 'Athens', tr: 'Atina' } },
  { id: 'Europe/Sofia', country: 'BG', city: { en: 'Sofia', tr: 'Sofya' } },
  { id: 'Europe/Bucharest', country: 'RO', city: { en: 'Bucharest', tr: 'Bükreş' } },
  { id: 'Asia/Nicosia', country: 'CY', city: { en: 'Nicosia', tr: 'Lefkoşa' } },
  { id: 'Europe/Brussels', country: 'BE', city: { en: 'Brussels', tr: 'Brüksel' } },
  { id: 'Europe/Amsterdam', country: 'NL', city: { en: 'Amsterdam', tr: 'Amsterdam' } },
  { id: 'Europe/Luxembourg', country: 'LU', city: { en: 'Luxembourg', tr: 'Lüksemburg' } },
  { id: 'Europe/Berlin', country: 'DE', city: { en: 'Berlin', tr: 'Berlin' } },
  { id: 'Europe/Paris', country: 'FR', city: { en: 'Paris', tr: 'Paris' } },
  { id: 'Europe/Vienna', country: 'AT', city: { en: 'Vienna', tr: 'Viyana' } },
  { id: 'Europe/Zurich', country: 'CH', city: { en: 'Zurich', tr: 'Zürih' } },
  { id: 'Europe/Rome', country: 'IT', city: { en: 'Rome', tr: 'Roma' } },
  { id: 'Europe/Madrid', country: 'ES', city: { en: 'Madrid', tr: 'Madrid' } },
  { id: 'Europe/Lisbon', country: 'PT', city: { en: 'Lisbon', tr: 'Lizbon' } },
  { id: 'Europe/Dublin', country: 'IE', city: { en: 'Dublin', tr: 'Dublin' } },
  { id: 'Europe/London', country: 'GB', city: { en: 'London', tr: 'Londra' } },
  { id: 'Europe/Copenhagen', country: 'DK', city: { en: 'Copenhagen', tr: 'Kopenhag' } },
  { id: 'Europe/Stockholm', country: 'SE', city: { en: 'Stockholm', tr: 'Stokholm' } },
  { id: 'Europe/Oslo', country: 'NO', city: { en: 'Oslo', tr: 'Oslo' } },
  { id: 'Europe/Helsinki', country: 'FI', city: { en: 'Helsinki', tr: 'Helsinki' } },
  { id: 'Europe/Warsaw', country: 'PL', city: { en: 'Warsaw', tr: 'Varşova' } },
  { id: 'Europe/Prague', country: 'CZ', city: { en: 'Prague', tr: 'Prag' } },
  { id: 'Europe/Budapest', country: 'HU', city: { en: 'Budapest', tr: 'Budapeşte' } },
  { id: 'Europe/Zagreb', country: 'HR', city: { en: 'Zagreb', tr: 'Zagreb' } },
  { id: 'Europe/Belgrade', country: 'RS', city: { en: 'Belgrade', tr: 'Belgrad' } },
  { id: 'Europe/Sarajevo', country: 'BA', city: { en: 'Sarajevo', tr: 'Saraybosna' } },
  { id: 'Europe/Skopje', country: 'MK', city: { en: 'Skopje', tr: 'Üsküp' } },
  { id: 'Europe/Tirane', country: 'AL', city: { en: 'Tirana', tr: 'Tiran' } },
  { id: 'Europe/Kyiv', country: 'UA', city: { en: 'Kyiv', tr: 'Kiev' } },
  { id: 'Europe/Chisinau', country: 'MD', city: { en: 'Chișinău', tr: 'Kişinev' } },
  { id: 'Asia/Tbilisi', country: 'GE', city: { en: 'Tbilisi', tr: 'Tiflis' } },
  { id: 'Asia/Yerevan', country: 'AM', city: { en: 'Yerevan', tr: 'Erivan' } },
  { id: 'Asia/Baku', country: 'AZ', city: { en: 'Baku', tr: 'Bakü' } },
  { id: 'Asia/Beirut', country: 'LB', city: { en: 'Beirut', tr: 'Beyrut' } },
  { id: 'Asia/Damascus', country: 'SY', city: { en: 'Damascus', tr: 'Şam' } },
  { id: 'Asia/Amman', country: 'JO', city: { en: 'Amman', tr: 'Amman' } },
  { id: 'Asia/Baghdad', country: 'IQ', city: { en: 'Baghdad', tr: 'Bağdat' } },
  { id: 'Asia/Tehran', country: 'IR', city: { en: 'Tehran', tr: 'Tahran' } },
  { id: 'Asia/Kabul', country: 'AF', city: { en: 'Kabul', tr: 'Kabil' } },
  { id: 'Africa/Cairo', country: 'EG', city: { en: 'Cairo', tr: 'Kahire' } },
  { id: 'America/New_York', country: null, city: { en: 'New York', tr: 'New York' } },
  { id: 'UTC', country: null, city: { en: 'UTC', tr: 'UTC' } },
];

/**
 * The zone as it is stored, or null when it is not an IANA zone this runtime knows (offsets such
 * as "+03:00" are not zones: they miss daylight-saving changes). Letter case is corrected.
 */
export function canonicalTimeZone(value: string): string | null {
  const given = typeof value === 'string' ? value.trim() : '';
  if (!/^[A-Za-z][\w+-]*(\/[\w+-]+)*$/.test(given)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: given }).resolvedOptions().timeZone;
  } catch {
    // Intl refuses an unknown zone with a RangeError: that is the answer, not a failure.
    return null;
  }
  const listed = TIME_ZONE_CHOICES.find((choice) => choice.id.toLowerCase() === given.toLowerCase());
  if (listed) return listed.id;
  return resolved.toLowerCase() === given.toLowerCase() ? resolved : given;
}

/** The zone a venue in this country takes when the session names none; null when unknown. */
export function timeZoneOfCountry(country: string): string | null {
  const code = country.trim().toUpperCase();
  return TIME_ZONE_CHOICES.find((choice) => choice.country === code)?.id ?? null;
}

/** The city that names a zone: "Brussels" / "Brüksel"; the zone's last part when not listed. */
export function zoneCity(zone: string, language: Language): string {
  const listed = TIME_ZONE_CHOICES.find((choice) => choice.id === zone);
  if (listed) return listed.city[language];
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
