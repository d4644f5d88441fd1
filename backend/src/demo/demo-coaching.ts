import type { EntityManager } from 'typeorm';
import type {
  CoachingTrackStatus,
  DraftStatus,
  DraftIndicator,
  LogframeLevel,
  MeetingMode,
} from '@atolye/shared';

interface DemoDraftItem {
  level: LogframeLevel;
  text: string;
  indicators?: DraftIndicator[];
  /** The mentor's comments; `resolved` when the team has dealt with it. */
  comments?: { body: string; resolved: boolean }[];
  children?: DemoDraftItem[];
}

interface DemoTrack {
  title: string;
  projectTitle: string;
  mentor: string;
  mentorKind: 'trainer' | 'partner_expert';
  organisation: string | null;
  team: string[];
  startsOn: string;
  endsOn: string;
  status: CoachingTrackStatus;
  draftStatus: DraftStatus;
  meetings: {
    heldOn: string;
    durationMinutes: number;
    mode: MeetingMode;
    notes: string;
    actionItems: { text: string; owner: string; dueOn: string; done: boolean }[];
  }[];
  draft: DemoDraftItem[];
}

export const DEMO_ACTIVE_TRACK_TITLE = 'EU call proposal: legal aid for refugees in Gaziantep';
export const DEMO_FINISHED_TRACK_TITLE = 'Project design: a one-stop migrant desk in Konak';

/** Three coaching tracks, by people's emails and organisations' names: one active, one finished, one planned. */
export const DEMO_COACHING_TRACKS: DemoTrack[] = [
  {
    title: DEMO_ACTIVE_TRACK_TITLE,
    projectTitle: 'Adalete Erişim: free legal aid and information for people under international protection',
    mentor: 'trainer@atolye.example',
    mentorKind: 'trainer',
    organisation: 'Umut Köprüsü Derneği',
    team: ['trainee@atolye.example', 'meryem.aydogan@atolye.example', 'omar.farouk@atolye.example'],
    startsOn: '2026-10-01',
    endsOn: '2027-03-31',
    status: 'active',
    draftStatus: 'editing',
    meetings: [
      {
        heldOn: '2026-10-14',
        durationMinutes: 120,
        mode: 'in_person',
        notes:
          'Read the EU call together: eligible costs, co-financing of 10 %, partnership rules. Agreed to focus on first-line legal counselling and referral to the Gaziantep Bar legal aid office.',
        actionItems: [
          {
            text: 'Ask Gaziantep Barosu for a letter of intent',
            owner: 'meryem.aydogan@atolye.example',
            dueOn: '2026-10-31',
            done: true,
          },
          {
            text: 'Collect 2025 figures of the counselling desk (people advised, by gender and nationality)',
            owner: 'trainee@atolye.example',
            dueOn: '2026-11-15',
            done: true,
          },
        ],
      },
      {
        heldOn: '2026-11-25',
        durationMinutes: 60,
        mode: 'online',
        notes:
          'Went through the first logframe. Results are clear; indicators need baselines and a split by gender. The budget draft comes next.',
        actionItems: [
          {
            text: 'Add baselines and gender targets to the results’ indicators',
            owner: 'trainee@atolye.example',
            dueOn: '2026-12-15',
            done: false,
          },
          {
            text: 'Draft the budget in the call’s template',
            owner: 'omar.farouk@atolye.example',
            dueOn: '2026-12-20',
            done: false,
          },
        ],
      },
    ],
    draft: [
      {
        level: 'overall_objective',
        text: 'People under international protection in Gaziantep exercise their rights and reach justice.',
        children: [
          {
            level: 'specific_objective',
            text: 'Refugees in Gaziantep know about free legal aid and use it when they need it.',
            indicators: [
              {
                description: 'People advised who say they know where to get legal aid',
                baseline: '35 % (2025 survey)',
                target: '70 %',
                meansOfVerification: 'Exit survey at the desk',
              },
            ],
            children: [
              {
                level: 'result',
                text: 'A legal counselling desk is open three days a week, with Arabic interpretation.',
                indicators: [
                  {
                    description: 'People advised at the desk',
                    baseline: '0',
                    target: '600 in 18 months',
                    meansOfVerification: 'Desk register',
                  },
                ],
                comments: [
                  {
                    body: 'How many of the 600 will be women? The call asks for targets split by gender.',
                    resolved: false,
                  },
                ],
                children: [
                  {
                    level: 'activity',
                    text: 'Train eight volunteer paralegals with the Bar’s legal aid office.',
                  },
                  { level: 'activity', text: 'Open the desk three days a week at the association’s office.' },
                ],
              },
              {
                level: 'result',
                text: 'Cases that need a lawyer are referred to the Bar’s legal aid office and followed up.',
                comments: [{ body: 'Name the referral form you will use.', resolved: true }],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    title: DEMO_FINISHED_TRACK_TITLE,
    projectTitle: 'Tek Masa: one desk for migrants’ municipal services in Konak',
    mentor: 'selin.karatas@atolye.example',
    mentorKind: 'trainer',
    organisation: 'Konak Belediyesi Göç ve Uyum Masası',
    team: ['ahmet.yilmaz@atolye.example', 'hasan.celik@atolye.example', 'yasemin.koc@atolye.example'],
    startsOn: '2026-03-02',
    endsOn: '2026-06-30',
    status: 'finished',
    draftStatus: 'reviewed',
    meetings: [
      {
        heldOn: '2026-03-11',
        durationMinutes: 120,
        mode: 'in_person',
        notes: 'Problem tree with the desk staff: people are sent between five offices for one request.',
        actionItems: [
          {
            text: 'Map the offices a newcomer visits for a residence address',
            owner: 'hasan.celik@atolye.example',
            dueOn: '2026-03-31',
            done: true,
          },
        ],
      },
      {
        heldOn: '2026-04-22',
        durationMinutes: 60,
        mode: 'online',
        notes:
          'Logframe draft reviewed; the provincial migration office agrees to send staff one day a week.',
        actionItems: [
          {
            text: 'Write the partnership letter with the provincial migration office',
            owner: 'yasemin.koc@atolye.example',
            dueOn: '2026-05-08',
            done: true,
          },
        ],
      },
      {
        heldOn: '2026-06-10',
        durationMinutes: 90,
        mode: 'online',
        notes: 'Final read of the proposal before submission to the municipality’s grant scheme.',
        actionItems: [],
      },
    ],
    draft: [
      {
        level: 'overall_objective',
        text: 'Migrants in Konak reach municipal services without being sent from office to office.',
        children: [
          {
            level: 'specific_objective',
            text: 'One desk answers migrants’ requests for the municipality’s five services.',
            children: [
              {
                level: 'result',
                text: 'The one-stop desk works with staff from the provincial migration office one day a week.',
                indicators: [
                  {
                    description: 'Requests settled at the desk in one visit',
                    baseline: '20 %',
                    target: '60 %',
                    meansOfVerification: 'Desk records',
                  },
                ],
                comments: [{ body: 'Say how a request counts as settled.', resolved: true }],
                children: [{ level: 'activity', text: 'Train the desk staff on the five services' }],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'Joint proposal: volunteer networks in Mersin and Thessaloniki',
    projectTitle: 'Köprü Gönüllüleri: peer exchange of volunteer coordinators',
    mentor: 'kostas.nikolaidis@atolye.example',
    mentorKind: 'partner_expert',
    organisation: 'Mersin Göç ve Kalkınma Derneği',
    team: ['layla.haddad@atolye.example', 'samira.haddad@atolye.example'],
    startsOn: '2027-01-18',
    endsOn: '2027-05-29',
    status: 'planned',
    draftStatus: 'editing',
    meetings: [],
    draft: [],
  },
];

/** Adds the demo coaching tracks once; a track with the same title is left alone. */
export async function seedDemoCoaching(manager: EntityManager): Promise<void> {
  for (const track of DEMO_COACHING_TRACKS) {
    const [existing] = await manager.query('SELECT id FROM coaching_tracks WHERE title = $1', [track.title]);
    if (existing) continue;
    const emails = [track.mentor, ...track.team];
    const rows: { id: string; email: string }[] = await manager.query(
      'SELECT id, email FROM people WHERE email = ANY($1)',
      [emails],
    );
    const idOf = new Map(rows.map((r) => [r.email, r.id]));
    const mentorId = idOf.get(track.mentor);
    if (!mentorId) continue;
    const [organisation] = track.organisation
      ? await manager.query('SELECT id FROM organisations WHERE name = $1', [track.organisation])
      : [];
    const [{ id }] = await manager.query(
      `INSERT INTO coaching_tracks (title, project_title, mentor_id, mentor_kind, organisation_id, starts_on, ends_on,
              status, draft_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        track.title,
        track.projectTitle,
        mentorId,
        track.mentorKind,
        organisation?.id ?? null,
        track.startsOn,
        track.endsOn,
        track.status,
        track.draftStatus,
      ],
    );
    const team = track.team.map((e) => idOf.get(e)).filter((p): p is string => !!p);
    await manager.query(
      'INSERT INTO coaching_track_members (track_id, person_id) SELECT $1, unnest($2::uuid[])',
      [id, team],
    );
    for (const meeting of track.meetings) {
      const [{ id: meetingId }] = await manager.query(
        `INSERT INTO coaching_meetings (track_id, held_on, duration_minutes, mode, notes)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, meeting.heldOn, meeting.durationMinutes, meeting.mode, meeting.notes],
      );
      for (const item of meeting.actionItems) {
        const ownerId = idOf.get(item.owner);
        if (!ownerId) continue;
        await manager.query(
          `INSERT INTO coaching_action_items (meeting_id, text, owner_id, due_on, done) VALUES ($1, $2, $3, $4, $5)`,
          [meetingId, item.text, ownerId, item.dueOn, item.done],
        );
      }
    }
    await seedDraft(manager, id, mentorId, null, track.draft, track.startsOn);
  }
}

async function seedDraft(
  manager: EntityManager,
  trackId: string,
  mentorId: string,
  parentId: string | null,
  items: DemoDraftItem[],
  startsOn: string,
): Promise<void> {
  for (const item of items) {
    // Written in order after the track's start, so the tree reads in the order the team wrote it.
    const [{ id }] = await manager.query(
      `INSERT INTO coaching_draft_items (track_id, parent_id, level, text, indicators, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::date + (SELECT count(*) FROM coaching_draft_items WHERE track_id = $1) * interval '1 minute')
       RETURNING id`,
      [trackId, parentId, item.level, item.text, JSON.stringify(item.indicators ?? []), startsOn],
    );
    for (const comment of item.comments ?? []) {
      await manager.query(
        `INSERT INTO coaching_draft_comments (item_id, author_id, body, resolved_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END)`,
        [id, mentorId, comment.body, comment.resolved],
      );
    }
    await seedDraft(manager, trackId, mentorId, id, item.children ?? [], startsOn);
  }
}
