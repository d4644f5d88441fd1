import type { SaveTrainerProfileRequest } from '@atolye/shared';
import type { EntityManager } from 'typeorm';

/** The demo trainers' roster profiles, by account email. */
export const DEMO_TRAINER_PROFILES: Record<string, SaveTrainerProfileRequest> = {
  'trainer@atolye.example': {
    expertiseAreas: ['International protection law', 'Data protection', 'Case management'],
    languages: ['tr', 'en'],
    availabilityNote: 'Hafta içi; ayda en fazla iki oturum.',
    availablePeriods: [
      { from: '2027-01-11', to: '2027-02-26' },
      { from: '2027-04-05', to: '2027-05-28' },
    ],
  },
  'selin.karatas@atolye.example': {
    expertiseAreas: ['Psychosocial support', 'Child protection', 'Gender-based violence'],
    languages: ['tr', 'ar', 'en'],
    availabilityNote: 'Weekdays after 13:00; not in August.',
    availablePeriods: [{ from: '2027-01-04', to: '2027-06-30' }],
  },
  'nadia.benali@atolye.example': {
    expertiseAreas: ['Advocacy', 'EU asylum acquis', 'Project cycle management'],
    languages: ['fr', 'en', 'ar'],
    availabilityNote: 'Based in Brussels; online sessions, or in Türkiye for a week at a time.',
    availablePeriods: [{ from: '2027-03-01', to: '2027-03-19' }],
  },
};

/** Gives each demo trainer their profile, leaving one that was already kept alone. */
export async function seedDemoTrainerProfiles(manager: EntityManager): Promise<void> {
  for (const [email, profile] of Object.entries(DEMO_TRAINER_PROFILES)) {
    await manager.query(
      `INSERT INTO trainer_profiles (person_id, expertise_areas, languages, availability_note, available_periods)
       SELECT id, $2, $3, $4, $5 FROM people WHERE email = $1
       ON CONFLICT (person_id) DO NOTHING`,
      [
        email,
        profile.expertiseAreas,
        profile.languages,
        profile.availabilityNote,
        JSON.stringify(profile.availablePeriods),
      ],
    );
  }
}
