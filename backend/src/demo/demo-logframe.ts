import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { LocalisedText, LogframeDisaggregation, LogframeLevel, LogframeUnit } from '@atolye/shared';
import { FONT, tag, taggedDocument } from '../common/pdf/tagged-document';

interface DemoIndicator {
  text: LocalisedText;
  unit: LogframeUnit;
  baseline: number;
  target: number;
  verification: LocalisedText;
  disaggregations: LogframeDisaggregation[];
  source: string;
  /** Values measured outside the product, each with its evidence file (a short PDF made here). */
  values?: {
    periodStart: string;
    periodEnd: string;
    value: number;
    note: string;
    file: string;
    lines: string[];
  }[];
}

interface DemoItem {
  level: LogframeLevel;
  title: LocalisedText;
  assumptions?: LocalisedText;
  indicators?: DemoIndicator[];
  children?: DemoItem[];
}

const BASELINE = '2025-12-31';
const TARGET = '2027-12-31';

/** The demo programme's intervention logic, computed from the demo's figures where it can be. */
export const DEMO_LOGFRAME: DemoItem = {
  level: 'overall_objective',
  title: {
    en: 'Strengthened capacity of civil society organisations to protect the rights of refugees and migrants in Türkiye',
    tr: 'Türkiye’de sivil toplum kuruluşlarının mülteci ve göçmenlerin haklarını koruma kapasitesi güçlendirilmiştir',
  },
  assumptions: {
    en: 'The legal framework for international protection stays stable; public institutions stay open to working with CSOs.',
    tr: 'Uluslararası koruma mevzuatı istikrarlı kalır; kamu kurumları STK’larla çalışmaya açık kalır.',
  },
  indicators: [
    {
      text: {
        en: 'Share of partner CSOs reporting better referral outcomes for people under international protection',
        tr: 'Uluslararası koruma altındaki kişiler için yönlendirme sonuçlarının iyileştiğini bildiren ortak STK oranı',
      },
      unit: 'percent',
      baseline: 35,
      target: 60,
      verification: {
        en: 'Annual partner survey; referral logs',
        tr: 'Yıllık ortak anketi; yönlendirme kayıtları',
      },
      disaggregations: ['organisation_type'],
      source: 'manual',
      values: [
        {
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          value: 44,
          note: 'Partner survey, first half of 2026: 11 of 25 partner CSOs answering',
          file: 'partner-survey-2026-h1.pdf',
          lines: [
            'Partner survey, January–June 2026',
            '25 partner CSOs answered; 11 report better referral outcomes (44 %).',
            'Gaziantep 4, Hatay 3, İzmir 2, Şanlıurfa 2.',
          ],
        },
      ],
    },
  ],
  children: [
    {
      level: 'specific_objective',
      title: {
        en: 'CSO staff apply up-to-date knowledge of international protection in their daily work',
        tr: 'STK çalışanları güncel uluslararası koruma bilgisini günlük işlerinde uygular',
      },
      assumptions: {
        en: 'Trained staff stay with their organisations long enough to apply what they learned.',
        tr: 'Eğitim alan çalışanlar öğrendiklerini uygulayacak kadar kurumlarında kalır.',
      },
      indicators: [
        {
          text: { en: 'Average knowledge gain of trainees', tr: 'Katılımcıların ortalama bilgi artışı' },
          unit: 'points',
          baseline: 0,
          target: 20,
          verification: { en: 'Pre- and post-tests on Atölye', tr: 'Atölye’deki ön ve son testler' },
          disaggregations: ['gender'],
          source: 'computed:average_knowledge_gain',
        },
        {
          text: {
            en: 'Share of trainees who used what they learned three months later',
            tr: 'Üç ay sonra öğrendiklerini kullanan katılımcı oranı',
          },
          unit: 'percent',
          baseline: 0,
          target: 70,
          verification: { en: 'Follow-up survey at 3 months', tr: '3. ay izleme anketi' },
          disaggregations: [],
          source: 'computed:follow_up_used_3m',
        },
      ],
      children: [
        {
          level: 'result',
          title: {
            en: 'CSO staff trained on the legal framework, protection and referral',
            tr: 'STK çalışanları hukuki çerçeve, koruma ve yönlendirme konusunda eğitilmiştir',
          },
          indicators: [
            {
              text: { en: 'People who completed a training', tr: 'Eğitimi tamamlayan kişi sayısı' },
              unit: 'number',
              baseline: 0,
              target: 120,
              verification: { en: 'Attendance and completion records', tr: 'Katılım ve tamamlama kayıtları' },
              disaggregations: ['gender', 'organisation_type', 'province'],
              source: 'computed:people_completed',
            },
            {
              text: { en: 'Share of women among people enrolled', tr: 'Kayıtlı kişiler içinde kadın oranı' },
              unit: 'percent',
              baseline: 0,
              target: 60,
              verification: { en: 'Enrolment records', tr: 'Kayıt listeleri' },
              disaggregations: [],
              source: 'computed:share_women',
            },
          ],
          children: [
            {
              level: 'activity',
              title: {
                en: 'Deliver in-person courses in Gaziantep, Hatay and İzmir',
                tr: 'Gaziantep, Hatay ve İzmir’de yüz yüze kurslar düzenlemek',
              },
            },
            {
              level: 'activity',
              title: {
                en: 'Run online sessions for staff in other provinces',
                tr: 'Diğer illerdeki çalışanlar için çevrim içi oturumlar yürütmek',
              },
            },
          ],
        },
        {
          level: 'result',
          title: {
            en: 'Trainees hold verifiable certificates',
            tr: 'Katılımcılar doğrulanabilir sertifikalara sahiptir',
          },
          indicators: [
            {
              text: { en: 'People certified', tr: 'Sertifika alan kişi sayısı' },
              unit: 'number',
              baseline: 0,
              target: 100,
              verification: { en: 'Certificate register', tr: 'Sertifika kaydı' },
              disaggregations: ['gender'],
              source: 'computed:people_certified',
            },
          ],
          children: [
            {
              level: 'activity',
              title: {
                en: 'Issue certificates that anyone can verify',
                tr: 'Herkesin doğrulayabileceği sertifikalar vermek',
              },
            },
          ],
        },
      ],
    },
    {
      level: 'specific_objective',
      title: {
        en: 'Dialogue and cooperation between CSOs, public authorities and EU counterparts improved',
        tr: 'STK’lar, kamu kurumları ve AB’deki muadilleri arasında diyalog ve iş birliği gelişmiştir',
      },
      assumptions: {
        en: 'Provincial migration directorates delegate staff to joint meetings.',
        tr: 'İl göç idaresi müdürlükleri ortak toplantılara personel görevlendirir.',
      },
      indicators: [
        {
          text: {
            en: 'Joint referral protocols signed between CSOs and provincial directorates',
            tr: 'STK’lar ile il müdürlükleri arasında imzalanan ortak yönlendirme protokolü sayısı',
          },
          unit: 'number',
          baseline: 2,
          target: 8,
          verification: { en: 'Signed protocols', tr: 'İmzalı protokoller' },
          disaggregations: [],
          source: 'manual',
          values: [
            {
              periodStart: '2026-01-01',
              periodEnd: '2026-09-30',
              value: 4,
              note: 'Protocols signed in Gaziantep, Kilis, Hatay and İzmir (copies on file)',
              file: 'referral-protocols-2026.pdf',
              lines: [
                'Joint referral protocols signed, January–September 2026',
                'Gaziantep (March), Kilis (May), Hatay (June), İzmir (September).',
              ],
            },
          ],
        },
      ],
      children: [
        {
          level: 'result',
          title: {
            en: 'CSO staff learned from EU practice on study visits',
            tr: 'STK çalışanları çalışma ziyaretlerinde AB uygulamalarından öğrenmiştir',
          },
          indicators: [
            {
              text: { en: 'People on study visits', tr: 'Çalışma ziyaretine katılan kişi sayısı' },
              unit: 'number',
              baseline: 0,
              target: 24,
              verification: { en: 'Participant lists and reports', tr: 'Katılımcı listeleri ve raporlar' },
              disaggregations: ['gender', 'province'],
              source: 'computed:study_visit_participants',
            },
            {
              text: { en: 'Organisations on study visits', tr: 'Çalışma ziyaretine katılan kurum sayısı' },
              unit: 'number',
              baseline: 0,
              target: 15,
              verification: { en: 'Participant lists', tr: 'Katılımcı listeleri' },
              disaggregations: [],
              source: 'computed:study_visit_organisations',
            },
          ],
          children: [
            {
              level: 'activity',
              title: {
                en: 'Organise a study visit to Brussels with a refugee-rights NGO and a municipal reception service',
                tr: 'Bir mülteci hakları derneği ve bir belediye kabul hizmetiyle Brüksel’e çalışma ziyareti düzenlemek',
              },
            },
          ],
        },
        {
          level: 'result',
          title: {
            en: 'Workshops bring CSOs and public authorities together',
            tr: 'Çalıştaylar STK’ları ve kamu kurumlarını bir araya getirir',
          },
          indicators: [
            {
              text: {
                en: 'Workshop and conference participants',
                tr: 'Çalıştay ve konferans katılımcısı sayısı',
              },
              unit: 'number',
              baseline: 0,
              target: 80,
              verification: { en: 'Attendance lists', tr: 'Katılım listeleri' },
              disaggregations: ['gender'],
              source: 'computed:workshop_participants',
            },
          ],
          children: [
            {
              level: 'activity',
              title: {
                en: 'Hold a workshop in Gaziantep with the Provincial Directorate of Migration Management',
                tr: 'İl Göç İdaresi Müdürlüğü ile Gaziantep’te bir çalıştay düzenlemek',
              },
            },
          ],
        },
      ],
    },
  ],
};

/** A one-page PDF standing in for a scanned evidence document. */
async function evidencePdf(title: string, lines: string[]): Promise<Buffer> {
  const { doc, root, finish } = taggedDocument({
    title,
    language: 'en',
    createdAt: new Date('2026-07-01T09:00:00Z'),
  });
  for (const line of lines) tag(doc, root, 'P', () => doc.font(FONT.regular).fontSize(11).text(line));
  return finish();
}

/** The demo logframe, once: a database whose logframe has any item keeps it as it is. */
export async function seedDemoLogframe(manager: EntityManager, enteredByEmail: string): Promise<void> {
  const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM logframe_items');
  if (n > 0) return;
  const [person] = await manager.query('SELECT id FROM people WHERE email = $1', [enteredByEmail]);
  const insert = async (item: DemoItem, parentId: string | null, position: number): Promise<void> => {
    const [{ id }] = await manager.query(
      `INSERT INTO logframe_items (level, parent_id, position, title, assumptions) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [item.level, parentId, position, item.title, item.assumptions ?? {}],
    );
    for (const [k, indicator] of (item.indicators ?? []).entries()) {
      const [{ id: indicatorId }] = await manager.query(
        `INSERT INTO logframe_indicators (item_id, position, text, unit, baseline_value, baseline_date, target_value,
                target_date, means_of_verification, disaggregations, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          id,
          k + 1,
          indicator.text,
          indicator.unit,
          indicator.baseline,
          BASELINE,
          indicator.target,
          TARGET,
          indicator.verification,
          indicator.disaggregations,
          indicator.source,
        ],
      );
      for (const value of person ? (indicator.values ?? []) : []) {
        const bytes = await evidencePdf(value.lines[0], value.lines);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        await manager.query(
          `INSERT INTO logframe_evidence (sha256, media_type, bytes) VALUES ($1, 'application/pdf', $2) ON CONFLICT DO NOTHING`,
          [sha256, bytes],
        );
        await manager.query(
          `INSERT INTO logframe_values (indicator_id, period_start, period_end, value, cells, source_note, evidence_sha256,
                  evidence_name, evidence_size, entered_by, entered_at)
           VALUES ($1, $2, $3, $4, '[]', $5, $6, $7, $8, $9, $10)`,
          [
            indicatorId,
            value.periodStart,
            value.periodEnd,
            value.value,
            value.note,
            sha256,
            value.file,
            bytes.length,
            person.id,
            `${value.periodEnd}T15:00:00Z`,
          ],
        );
      }
    }
    for (const [k, child] of (item.children ?? []).entries()) await insert(child, id, k + 1);
  };
  await insert(DEMO_LOGFRAME, null, 1);
}
