import type { CapacityDomain, CapacityRound, LocalisedText } from '@atolye/shared';

/** Scores per domain, one per question in the questionnaire's order (organisational-capacity 1.0.0). */
export type DemoScores = Partial<Record<CapacityDomain, number[]>>;

export interface DemoCapacityRound {
  round: CapacityRound;
  /** Submitted on this day (UTC noon); a draft when absent. */
  submittedOn?: string;
  /** Who took it: the organisation's focal person, or the coordinator with the organisation. */
  by: string;
  scores: DemoScores;
}

const all = (score: number): number[] => [score, score, score, score];

/**
 * Four organisations with a baseline taken in March and April 2026; Mersin and Konak also with
 * an endline in November (Mersin improved from 2.1 to 2.9, Konak went from 2.6 to 2.5), and the
 * demo focal person's Umut Köprüsü with an endline still in draft.
 */
export const DEMO_CAPACITY: { organisation: string; rounds: DemoCapacityRound[] }[] = [
  {
    organisation: 'Umut Köprüsü Derneği',
    rounds: [
      {
        round: 'baseline',
        submittedOn: '2026-03-10',
        by: 'focal@atolye.example',
        scores: {
          governance: [2, 1, 2, 2],
          project_cycle_management: [3, 2, 2, 3],
          advocacy: [2, 3, 2, 2],
          financial_sustainability: [1, 2, 1, 1],
          volunteer_management: [3, 3, 2, 3],
          data_protection: [3, 3, 2, 3],
          gender_mainstreaming: [2, 3, 2, 2],
        },
      },
      {
        round: 'endline',
        by: 'focal@atolye.example',
        scores: { governance: [3, 2, 3, 2], financial_sustainability: [2, 2] },
      },
    ],
  },
  {
    organisation: 'Mersin Göç ve Kalkınma Derneği',
    rounds: [
      {
        round: 'baseline',
        submittedOn: '2026-03-12',
        by: 'coordinator@atolye.example',
        scores: {
          governance: [2, 2, 2, 3],
          project_cycle_management: [2, 2, 1, 2],
          advocacy: [2, 2, 3, 2],
          financial_sustainability: [2, 1, 2, 2],
          volunteer_management: [3, 2, 2, 2],
          data_protection: [1, 2, 2, 2],
          gender_mainstreaming: [2, 2, 3, 2],
        },
      },
      {
        round: 'endline',
        submittedOn: '2026-11-20',
        by: 'coordinator@atolye.example',
        scores: {
          governance: [3, 3, 3, 3],
          project_cycle_management: [3, 3, 2, 3],
          advocacy: [3, 3, 3, 2],
          financial_sustainability: [3, 2, 3, 2],
          volunteer_management: [3, 3, 3, 3],
          data_protection: [3, 3, 3, 3],
          gender_mainstreaming: [3, 3, 3, 3],
        },
      },
    ],
  },
  {
    organisation: 'Konak Belediyesi Göç ve Uyum Masası',
    rounds: [
      {
        round: 'baseline',
        submittedOn: '2026-03-15',
        by: 'coordinator@atolye.example',
        scores: {
          governance: all(3),
          project_cycle_management: [3, 3, 2, 3],
          advocacy: [2, 2, 3, 2],
          financial_sustainability: all(3),
          volunteer_management: [2, 2, 2, 3],
          data_protection: [3, 2, 3, 3],
          gender_mainstreaming: [2, 2, 2, 2],
        },
      },
      {
        round: 'endline',
        submittedOn: '2026-11-25',
        by: 'coordinator@atolye.example',
        scores: {
          governance: all(3),
          project_cycle_management: [3, 2, 2, 3],
          advocacy: [2, 2, 2, 2],
          financial_sustainability: [3, 3, 2, 3],
          volunteer_management: [2, 2, 2, 3],
          data_protection: [3, 2, 3, 3],
          gender_mainstreaming: [2, 2, 2, 3],
        },
      },
    ],
  },
  {
    organisation: 'Anadolu Göç Araştırmaları Merkezi',
    rounds: [
      {
        round: 'baseline',
        submittedOn: '2026-04-02',
        by: 'coordinator@atolye.example',
        scores: {
          governance: [3, 3, 4, 3],
          project_cycle_management: all(3),
          advocacy: [4, 4, 3, 3],
          financial_sustainability: [2, 2, 3, 2],
          volunteer_management: [1, 2, 1, 2],
          data_protection: [3, 3, 3, 2],
          gender_mainstreaming: [3, 3, 2, 3],
        },
      },
    ],
  },
];

/** Trainings tagged with the domains they strengthen, so weak organisations get recommendations. */
export const DEMO_CAPACITY_TRAININGS: {
  title: LocalisedText;
  description: LocalisedText;
  modules: string[];
  domains: CapacityDomain[];
}[] = [
  {
    title: {
      en: 'Financial sustainability and governance for CSOs',
      tr: 'STK’lar için mali sürdürülebilirlik ve yönetişim',
    },
    description: {
      en: 'Diversifying funding, annual budgets and cash flow, financial controls, and a board that oversees them.',
      tr: 'Gelir kaynaklarını çeşitlendirmek, yıllık bütçe ve nakit akışı, mali kontroller ve bunları denetleyen bir yönetim kurulu.',
    },
    modules: ['financial-sustainability-and-fundraising'],
    domains: ['financial_sustainability', 'governance'],
  },
  {
    title: {
      en: 'Volunteers and projects: managing the work',
      tr: 'Gönüllüler ve projeler: işi yönetmek',
    },
    description: {
      en: 'Recruiting, training and keeping volunteers, and running projects from needs assessment to report.',
      tr: 'Gönüllüleri bulmak, eğitmek ve kalıcı kılmak; projeleri ihtiyaç analizinden rapora kadar yürütmek.',
    },
    modules: ['working-with-volunteers', 'project-cycle-management'],
    domains: ['volunteer_management', 'project_cycle_management'],
  },
];

/** The demo training of the open sessions strengthens these. */
export const DEMO_TRAINING_DOMAINS: CapacityDomain[] = ['data_protection', 'advocacy'];
