import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SaveProgrammeEventRequest } from '@atolye/shared';

type DemoEvent = Omit<SaveProgrammeEventRequest, 'participantIds' | 'followUpActions'> & {
  participants: string[];
  reports: { email: string; learned: string; willApply: string; submittedAt: string }[];
  followUpActions: { description: string; owner: string; dueOn: string; done: boolean }[];
};

export const DEMO_STUDY_VISIT_TITLE = 'Study visit: reception and legal aid in Brussels';

/** One study visit to Brussels that has taken place, and one workshop to come, by participants' emails. */
export const DEMO_PROGRAMME_EVENTS: DemoEvent[] = [
  {
    kind: 'study_visit',
    title: DEMO_STUDY_VISIT_TITLE,
    description:
      'Five days with a refugee-rights NGO and a municipal reception service in Brussels: how first-line legal aid, reception and referral work together.',
    startsOn: '2026-10-19',
    endsOn: '2026-10-23',
    city: 'Brussels',
    country: 'BE',
    hostOrganisations: ['Maison des Droits des Réfugiés', "CPAS d'Ixelles — service d'accueil"],
    agenda: [
      {
        day: '2026-10-19',
        time: '10:00',
        title: 'Welcome and the Belgian asylum procedure',
        place: 'Maison des Droits des Réfugiés',
      },
      {
        day: '2026-10-20',
        time: '09:30',
        title: 'First-line legal counselling: a day at the help desk',
        place: 'Maison des Droits des Réfugiés',
      },
      {
        day: '2026-10-21',
        time: '10:00',
        title: 'Municipal reception and social assistance',
        place: "CPAS d'Ixelles",
      },
      {
        day: '2026-10-22',
        time: '14:00',
        title: 'Meeting with the European Commission (DG HOME)',
        place: 'Rue de la Loi 200',
      },
      { day: '2026-10-23', time: '10:00', title: 'Lessons learned and follow-up plan', place: null },
    ],
    costs: [
      { item: 'Flights Istanbul–Brussels (6 people)', amountEur: 1860 },
      { item: 'Accommodation, 4 nights', amountEur: 2640 },
      { item: 'Interpretation (Turkish–French)', amountEur: 1200 },
    ],
    speakers: [],
    participants: [
      'trainee@atolye.example',
      'focal@atolye.example',
      'ahmet.yilmaz@atolye.example',
      'meryem.aydogan@atolye.example',
      'yasemin.koc@atolye.example',
      'layla.haddad@atolye.example',
    ],
    reports: [
      {
        email: 'focal@atolye.example',
        learned:
          'Legal counselling and social assistance sit in one building, so nobody is sent away with only a phone number.',
        willApply: 'A shared intake form with the Kilis municipality, so a family tells its story once.',
        submittedAt: '2026-10-27T09:12:00Z',
      },
      {
        email: 'ahmet.yilmaz@atolye.example',
        learned: 'The CPAS gives every newcomer one case worker from reception to housing.',
        willApply: 'Naming one contact person per family at our migration desk in Konak.',
        submittedAt: '2026-10-28T14:40:00Z',
      },
      {
        email: 'layla.haddad@atolye.example',
        learned: 'Volunteer lawyers are trained and supervised by the NGO, with a written quality standard.',
        willApply: 'Drafting a quality standard for our volunteer legal clinic in Mersin.',
        submittedAt: '2026-11-02T08:05:00Z',
      },
    ],
    followUpActions: [
      {
        description: 'Share the Brussels intake form, translated, with the Gaziantep network',
        owner: 'focal@atolye.example',
        dueOn: '2026-11-30',
        done: true,
      },
      {
        description: 'Present the one-case-worker model to the Konak municipal council',
        owner: 'ahmet.yilmaz@atolye.example',
        dueOn: '2026-12-18',
        done: false,
      },
      {
        description: 'Draft the volunteer legal clinic quality standard',
        owner: 'layla.haddad@atolye.example',
        dueOn: '2027-01-31',
        done: false,
      },
    ],
  },
  {
    kind: 'workshop',
    title: 'Workshop: advocacy with local authorities',
    description: 'A day on bringing protection concerns to municipal councils and provincial directorates.',
    startsOn: '2027-01-21',
    endsOn: '2027-01-21',
    city: 'Gaziantep',
    country: 'TR',
    hostOrganisations: [],
    agenda: [
      {
        day: '2027-01-21',
        time: '09:30',
        title: 'What local authorities can decide',
        place: 'Şahinbey Kültür Merkezi',
      },
      {
        day: '2027-01-21',
        time: '13:30',
        title: 'Preparing a policy brief in an afternoon',
        place: 'Şahinbey Kültür Merkezi',
      },
    ],
    costs: [],
    speakers: [
      {
        fullName: 'Av. Derya Yücel',
        gender: 'female',
        organisation: 'Hatay Barosu',
        topic: 'Legal aid and municipal services',
      },
      {
        fullName: 'Dr. Kemal Ertürk',
        gender: 'male',
        organisation: 'Gaziantep Üniversitesi',
        topic: 'Local integration policies',
      },
      {
        fullName: 'Sophie Lambert',
        gender: 'female',
        organisation: 'Maison des Droits des Réfugiés',
        topic: 'Advocacy in Brussels',
      },
    ],
    participants: [
      'trainee@atolye.example',
      'omar.farouk@atolye.example',
      'hasan.celik@atolye.example',
      'samira.haddad@atolye.example',
    ],
    reports: [],
    followUpActions: [],
  },
];

/** Adds the demo study visit and workshop once; an event with the same title is left alone. */
export async function seedDemoProgrammeEvents(manager: EntityManager): Promise<void> {
  for (const event of DEMO_PROGRAMME_EVENTS) {
    const [existing] = await manager.query('SELECT id FROM programme_events WHERE title = $1', [event.title]);
    if (existing) continue;
    const emails = [...event.participants, ...event.followUpActions.map((a) => a.owner)];
    const rows: { id: string; email: string }[] = await manager.query(
      'SELECT id, email FROM people WHERE email = ANY($1)',
      [emails],
    );
    const idOf = new Map(rows.map((r) => [r.email, r.id]));
    const actions = event.followUpActions
      .filter((a) => idOf.has(a.owner))
      .map((a) => ({
        id: randomUUID(),
        description: a.description,
        ownerId: idOf.get(a.owner),
        dueOn: a.dueOn,
        done: a.done,
      }));
    const [{ id }] = await manager.query(
      `INSERT INTO programme_events (kind, title, description, starts_on, ends_on, city, country, host_organisations,
              agenda, costs, speakers, follow_up_actions)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        event.kind,
        event.title,
        event.description,
        event.startsOn,
        event.endsOn,
        event.city,
        event.country,
        event.hostOrganisations,
        JSON.stringify(event.agenda),
        JSON.stringify(event.costs),
        JSON.stringify(event.speakers),
        JSON.stringify(actions),
      ],
    );
    const participants = event.participants.map((e) => idOf.get(e)).filter((p): p is string => !!p);
    await manager.query(
      `INSERT INTO programme_event_participants (event_id, person_id) SELECT $1, unnest($2::uuid[])`,
      [id, participants],
    );
    for (const report of event.reports) {
      const personId = idOf.get(report.email);
      if (!personId) continue;
      await manager.query(
        `INSERT INTO programme_event_reports (event_id, person_id, learned, will_apply, submitted_at) VALUES ($1, $2, $3, $4, $5)`,
        [id, personId, report.learned, report.willApply, report.submittedAt],
      );
    }
  }
}
