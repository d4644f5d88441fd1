import type { FigureDefinition, FigureKey } from '@atolye/shared';

/**
 * What every programme figure means, in one place: the dashboard API sends these words with the
 * figures, and the portal, the PDF report and the spreadsheet exports show them as sent. The SQL
 * that computes each figure (reports/report-sql.ts and the dashboard's passes in
 * reports/reports.repository.ts; the capacity, coaching and follow-up figures in their features'
 * figures files) follows these words; the README's "Figure definitions" section repeats them.
 * Here, below every feature that reports a figure, so that each can read its words.
 */
export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  {
    key: 'people_enrolled',
    label: { en: 'People enrolled', tr: 'Kayıtlı kişi' },
    definition: {
      en: 'People holding a seat (enrolled or completed) in at least one session in scope, each counted once; withdrawn and waitlisted people are not counted.',
      tr: 'Kapsamdaki en az bir oturumda yeri olan (kayıtlı ya da tamamlamış) kişiler, her biri bir kez sayılır; ayrılanlar ve bekleme listesindekiler sayılmaz.',
    },
  },
  {
    key: 'people_completed',
    label: { en: 'People who completed', tr: 'Tamamlayan kişi' },
    definition: {
      en: 'People with at least one completed enrolment in scope; an enrolment whose certificate was revoked is not completed until a certificate is issued again.',
      tr: 'Kapsamda en az bir kaydı tamamlanmış kişiler; sertifikası iptal edilen kayıt, yeniden sertifika verilene kadar tamamlanmış sayılmaz.',
    },
  },
  {
    key: 'people_certified',
    label: { en: 'People certified', tr: 'Sertifika alan kişi' },
    definition: {
      en: 'People holding a valid certificate for at least one enrolment in scope; revoked certificates do not count and a re-issued one counts once.',
      tr: 'Kapsamdaki en az bir kaydı için geçerli sertifikası olan kişiler; iptal edilen sertifikalar sayılmaz, yeniden verilen sertifika bir kez sayılır.',
    },
  },
  {
    key: 'share_women',
    label: { en: 'Share of women', tr: 'Kadın oranı' },
    definition: {
      en: 'Women among the people enrolled, as a percentage of all people enrolled (people who did not declare a gender included in the total).',
      tr: 'Kayıtlı kişiler içinde kadınların yüzdesi (cinsiyet belirtmeyenler toplama dahildir).',
    },
  },
  {
    key: 'organisations_reached',
    label: { en: 'Organisations reached', tr: 'Ulaşılan kurum' },
    definition: {
      en: 'Distinct organisations with at least one person who completed a session in scope.',
      tr: 'Kapsamdaki bir oturumu tamamlamış en az bir kişisi olan farklı kurum sayısı.',
    },
  },
  {
    key: 'provinces_reached',
    label: { en: 'Provinces reached', tr: 'Ulaşılan il' },
    definition: {
      en: 'Distinct provinces of the organisations of the people enrolled.',
      tr: 'Kayıtlı kişilerin kurumlarının bulunduğu farklı il sayısı.',
    },
  },
  {
    key: 'countries_reached',
    label: { en: 'Countries reached', tr: 'Ulaşılan ülke' },
    definition: {
      en: 'Distinct countries of the organisations of the people enrolled.',
      tr: 'Kayıtlı kişilerin kurumlarının bulunduğu farklı ülke sayısı.',
    },
  },
  {
    key: 'average_attendance_rate',
    label: { en: 'Average attendance', tr: 'Ortalama katılım' },
    definition: {
      en: 'Average over enrolments of the meetings attended (present or late) as a percentage of the meetings already held; meetings still to come are not absences, and sessions with no meeting held yet are left out.',
      tr: 'Kayıtlar üzerinden, yapılmış toplantılar içinde katılınanların (zamanında ya da geç) yüzdesinin ortalaması; henüz yapılmamış toplantılar devamsızlık sayılmaz, hiç toplantısı yapılmamış oturumlar hesaba katılmaz.',
    },
  },
  {
    key: 'completion_rate',
    label: { en: 'Completion rate', tr: 'Tamamlama oranı' },
    definition: {
      en: 'Completed enrolments as a percentage of the enrolments in sessions that have ended (last meeting over); sessions in progress or not yet started are shown separately.',
      tr: 'Sona ermiş oturumlardaki (son toplantısı bitmiş) kayıtlar içinde tamamlanmış kayıtların yüzdesi; süren ve henüz başlamamış oturumlar ayrıca gösterilir.',
    },
  },
  {
    key: 'average_knowledge_gain',
    label: { en: 'Average knowledge gain', tr: 'Ortalama bilgi artışı' },
    definition: {
      en: 'Average over trainees who took both tests of the best post-test score minus the first pre-test score, in percentage points; a trainee with tests in several modules counts once, with the mean of those gains.',
      tr: 'Her iki testi de yapan katılımcılar üzerinden, en iyi son test puanı ile ilk ön test puanı arasındaki farkın yüzde puan olarak ortalaması; birden çok modülde testi olan katılımcı, bu artışların ortalamasıyla bir kez sayılır.',
    },
  },
  {
    key: 'average_evaluation_rating',
    label: { en: 'Average evaluation rating', tr: 'Ortalama değerlendirme puanı' },
    definition: {
      en: 'Average over submitted evaluations of the mean of their four ratings (relevance, trainer, materials, organisation), from 1 to 5.',
      tr: 'Gönderilen değerlendirmelerin dört puanının (konu uygunluğu, eğitmen, materyaller, organizasyon) ortalamasının 1–5 arası ortalaması.',
    },
  },
  {
    key: 'training_hours',
    label: { en: 'Training hours', tr: 'Eğitim saati' },
    definition: {
      en: 'Person-hours of training: the length of every meeting summed over each person marked present or late at it, walk-in participants included.',
      tr: 'Kişi-saat eğitim: her toplantının süresi, o toplantıda zamanında ya da geç olarak işaretlenen her kişi için toplanır; kapıda kaydolan katılımcılar dahildir.',
    },
  },
  {
    key: 'sessions_ended',
    label: { en: 'Sessions ended', tr: 'Sona eren oturum' },
    definition: {
      en: 'Sessions in scope whose last meeting is over; only their enrolments count in the completion rate.',
      tr: 'Kapsamdaki, son toplantısı bitmiş oturumlar; tamamlama oranında yalnızca bunların kayıtları sayılır.',
    },
  },
  {
    key: 'sessions_in_progress',
    label: { en: 'Sessions in progress', tr: 'Süren oturum' },
    definition: {
      en: 'Sessions in scope whose first meeting has started and whose last meeting is not over yet.',
      tr: 'Kapsamdaki, ilk toplantısı başlamış ve son toplantısı henüz bitmemiş oturumlar.',
    },
  },
  {
    key: 'sessions_upcoming',
    label: { en: 'Sessions not started', tr: 'Başlamamış oturum' },
    definition: {
      en: 'Sessions in scope whose first meeting has not started yet, or that have no meeting.',
      tr: 'Kapsamdaki, ilk toplantısı henüz başlamamış ya da hiç toplantısı olmayan oturumlar.',
    },
  },
  {
    key: 'enrolments_in_progress',
    label: { en: 'Enrolments in progress', tr: 'Süren kayıt' },
    definition: {
      en: 'Seats held in sessions still in progress: not yet counted in the completion rate.',
      tr: 'Hâlâ süren oturumlardaki kayıtlar: tamamlama oranında henüz sayılmaz.',
    },
  },
  {
    key: 'gender',
    label: { en: 'By gender', tr: 'Cinsiyete göre' },
    definition: {
      en: 'People enrolled by the gender they declared; "not declared" when they chose not to say.',
      tr: 'Kayıtlı kişiler, belirttikleri cinsiyete göre; belirtmeyenler "belirtilmemiş" olarak.',
    },
  },
  {
    key: 'organisation_type',
    label: { en: 'By organisation type', tr: 'Kurum türüne göre' },
    definition: {
      en: 'People enrolled by the type of the organisation they belong to; "unknown" when they belong to none.',
      tr: 'Kayıtlı kişiler, bağlı oldukları kurumun türüne göre; bir kuruma bağlı olmayanlar "bilinmiyor" olarak.',
    },
  },
  {
    key: 'province',
    label: { en: 'By province', tr: 'İle göre' },
    definition: {
      en: 'People enrolled by the province of their organisation\'s address; "unknown" when they belong to none.',
      tr: 'Kayıtlı kişiler, kurumlarının adresindeki ile göre; bir kuruma bağlı olmayanlar "bilinmiyor" olarak.',
    },
  },
  {
    key: 'completions_by_month',
    label: { en: 'Completions by month', tr: 'Aylara göre tamamlama' },
    definition: {
      en: 'Enrolments holding a valid certificate, by the month (Istanbul time) that certificate was issued; a re-issued certificate counts once, in the month of the valid one.',
      tr: 'Geçerli sertifikası olan kayıtlar, sertifikanın verildiği aya (İstanbul saati) göre; yeniden verilen sertifika, geçerli olanın ayında bir kez sayılır.',
    },
  },
  {
    key: 'knowledge_gain_by_session',
    label: { en: 'Knowledge gain by session', tr: 'Oturumlara göre bilgi artışı' },
    definition: {
      en: 'For each session, the average over its trainees who took both tests of the best post-test score minus the first pre-test score, in percentage points.',
      tr: 'Her oturum için, her iki testi de yapan katılımcıların en iyi son test puanı ile ilk ön test puanı arasındaki farkın yüzde puan olarak ortalaması.',
    },
  },
  {
    key: 'indicator_progress',
    label: { en: 'Progress towards the target', tr: 'Hedefe ilerleme' },
    definition: {
      en: "The indicator's value as a percentage of its target, counting only sessions whose first meeting falls in the indicator's period.",
      tr: 'Göstergenin değerinin hedefine oranı (yüzde); yalnızca ilk toplantısı göstergenin dönemine düşen oturumlar sayılır.',
    },
  },
  {
    key: 'indicator_state',
    label: { en: 'State', tr: 'Durum' },
    definition: {
      en: 'Counts are on track when the share of the target reached keeps up with the share of the period gone by (at risk from 75 % of it); rates and averages are on track at the target (at risk from 90 % of it).',
      tr: 'Sayılar, hedefin ulaşılan payı dönemin geçen payına yetiştiğinde yolundadır (bunun %75’inden itibaren risk altında); oranlar ve ortalamalar hedefe ulaşınca yolundadır (hedefin %90’ından itibaren risk altında).',
    },
  },
  {
    key: 'follow_up_used_3m',
    label: { en: 'Used what they learned (3 months)', tr: 'Öğrendiğini kullanan (3 ay)' },
    definition: {
      en: 'Among people who answered the follow-up survey 3 months after their session, the percentage who answered “yes” or “partly” to “Have you used what you learned?”.',
      tr: 'Oturumdan 3 ay sonraki izleme anketini yanıtlayanlar içinde “Öğrendiklerinizi kullandınız mı?” sorusuna “evet” ya da “kısmen” diyenlerin yüzdesi.',
    },
  },
  {
    key: 'follow_up_used_6m',
    label: { en: 'Used what they learned (6 months)', tr: 'Öğrendiğini kullanan (6 ay)' },
    definition: {
      en: 'Among people who answered the follow-up survey 6 months after their session, the percentage who answered “yes” or “partly” to “Have you used what you learned?”.',
      tr: 'Oturumdan 6 ay sonraki izleme anketini yanıtlayanlar içinde “Öğrendiklerinizi kullandınız mı?” sorusuna “evet” ya da “kısmen” diyenlerin yüzdesi.',
    },
  },
  {
    key: 'follow_up_response_rate',
    label: { en: 'Follow-up response rate', tr: 'İzleme anketi yanıt oranı' },
    definition: {
      en: 'Per wave (3 and 6 months after the session’s last meeting), answered surveys as a percentage of the surveys sent: one per person who completed the session or attended at least one meeting, once the wave has opened (closed waves included).',
      tr: 'Her dalga için (oturumun son buluşmasından 3 ve 6 ay sonra) yanıtlanan anketlerin gönderilen anketlere yüzdesi: oturumu tamamlayan ya da en az bir buluşmaya katılan her kişiye dalga açıldığında bir anket gider (kapanan dalgalar dahil).',
    },
  },
  {
    key: 'study_visit_participants',
    label: { en: 'Study visit participants', tr: 'Çalışma ziyareti katılımcısı' },
    definition: {
      en: "Different people listed as participants of the study visits that overlap the period (starting on or before its last day, ending on or after its first); someone on two visits counts once. By gender as given in their accounts, by province of their organisation's office.",
      tr: 'Dönemle çakışan (son gününde ya da öncesinde başlayan, ilk gününde ya da sonrasında biten) çalışma ziyaretlerine katılımcı olarak yazılmış farklı kişiler; iki ziyarete katılan bir kez sayılır. Cinsiyete göre hesaplarındaki bilgiyle, ile göre kurumlarının bürosunun iliyle.',
    },
  },
  {
    key: 'study_visit_organisations',
    label: { en: 'Organisations on study visits', tr: 'Çalışma ziyaretine katılan kurum' },
    definition: {
      en: 'Different organisations that the participants of the study visits overlapping the period belong to; participants without an organisation are not counted.',
      tr: 'Dönemle çakışan çalışma ziyaretlerinin katılımcılarının bağlı olduğu farklı kurumlar; bir kuruma bağlı olmayan katılımcılar sayılmaz.',
    },
  },
  {
    key: 'workshop_participants',
    label: { en: 'Workshop and conference participants', tr: 'Çalıştay ve konferans katılımcısı' },
    definition: {
      en: "Different people listed as participants of the workshops and conferences that overlap the period; someone at two events counts once. By gender as given in their accounts, by province of their organisation's office.",
      tr: 'Dönemle çakışan çalıştay ve konferanslara katılımcı olarak yazılmış farklı kişiler; iki etkinliğe katılan bir kez sayılır. Cinsiyete göre hesaplarındaki bilgiyle, ile göre kurumlarının bürosunun iliyle.',
    },
  },
  {
    key: 'logframe_manual_value',
    label: { en: 'Value entered with evidence', tr: 'Kanıtıyla girilen değer' },
    definition: {
      en: 'For an indicator measured outside the product, the value entered for the latest reporting period that lies within the chosen period (the later entry when two cover the same days); its disaggregation is the one entered with it.',
      tr: 'Ürün dışında ölçülen bir gösterge için, seçilen dönemin içinde kalan en son raporlama dönemi için girilen değer (aynı günler için iki giriş varsa sonraki); ayrıştırması onunla birlikte girilendir.',
    },
  },
  {
    key: 'capacity_domain_score',
    label: { en: 'Domain score', tr: 'Alan puanı' },
    definition: {
      en: 'The mean of the 1–4 scores given to the questions of one domain in one round of the capacity self-assessment, with one decimal; shown once every question of the domain is answered.',
      tr: 'Kapasite öz değerlendirmesinin bir turunda bir alanın sorularına verilen 1–4 puanların ortalaması, bir ondalık basamakla; alanın tüm soruları yanıtlandığında gösterilir.',
    },
  },
  {
    key: 'capacity_overall_score',
    label: { en: 'Overall capacity score', tr: 'Genel kapasite puanı' },
    definition: {
      en: 'The mean of the domain scores of one round, as shown with one decimal, again with one decimal; every domain weighs the same whatever its number of questions.',
      tr: 'Bir turun, bir ondalık basamakla gösterilen alan puanlarının ortalaması, yine bir ondalık basamakla; soru sayısı ne olursa olsun her alan eşit ağırlıktadır.',
    },
  },
  {
    key: 'organisations_capacity_assessed',
    label: { en: 'Organisations assessed', tr: 'Değerlendirilen kurum' },
    definition: {
      en: 'Organisations that submitted at least one round (baseline or endline) of the capacity self-assessment, within the period when one is chosen.',
      tr: 'Kapasite öz değerlendirmesinin en az bir turunu (başlangıç ya da bitiş) gönderen kurumlar; bir dönem seçildiyse o dönem içinde.',
    },
  },
  {
    key: 'organisations_capacity_both_rounds',
    label: { en: 'Organisations with both rounds', tr: 'İki turu da tamamlayan kurum' },
    definition: {
      en: 'Organisations that submitted both the baseline and the endline of the same questionnaire version, counted when the endline was submitted within the period when one is chosen.',
      tr: 'Aynı anket sürümünün hem başlangıç hem bitiş turunu gönderen kurumlar; bir dönem seçildiyse bitiş turu o dönem içinde gönderildiyse sayılır.',
    },
  },
  {
    key: 'organisations_capacity_improved',
    label: { en: 'Organisations whose capacity score improved', tr: 'Kapasite puanı artan kurum' },
    definition: {
      en: 'Among organisations with both rounds, those whose endline overall capacity score is above their baseline overall score; an organisation with pairs on several questionnaire versions counts once, by its latest pair. Within a period (the dashboard’s dates or an indicator’s period) it counts when its endline was submitted in that period. Filters by training or session do not apply; organisation type and province do.',
      tr: 'İki turu da tamamlayan kurumlar içinde bitiş turundaki genel kapasite puanı başlangıç turundakinden yüksek olanlar; birden çok anket sürümünde turları olan kurum, en son çiftiyle bir kez sayılır. Bir dönem içinde (panonun tarihleri ya da bir göstergenin dönemi) bitiş turu o dönemde gönderildiyse sayılır. Eğitim ve oturum süzgeçleri uygulanmaz; kurum türü ve il uygulanır.',
    },
  },
  {
    key: 'coaching_tracks_finished',
    label: { en: 'Coaching tracks finished', tr: 'Tamamlanan mentorluk süreci' },
    definition: {
      en: 'Coaching tracks marked finished whose end date falls in the period; planned, active and dropped tracks are not counted.',
      tr: 'Bitiş tarihi dönem içinde olan ve tamamlandı olarak işaretlenmiş mentorluk süreçleri; planlanan, süren ve bırakılan süreçler sayılmaz.',
    },
  },
  {
    key: 'coaching_organisations',
    label: { en: 'Organisations coached', tr: 'Mentorluk verilen kurum' },
    definition: {
      en: 'Distinct organisations among the coached organisations of the finished tracks and the organisations of their team members; the mentor’s organisation is not counted.',
      tr: 'Tamamlanan süreçlerin mentorluk verilen kurumları ile ekip üyelerinin kurumları içindeki farklı kurum sayısı; mentorun kurumu sayılmaz.',
    },
  },
  {
    key: 'coaching_people',
    label: { en: 'People coached', tr: 'Mentorluk alan kişi' },
    definition: {
      en: 'Distinct team members of the finished tracks, each counted once, by the gender they declared; mentors are not counted.',
      tr: 'Tamamlanan süreçlerin ekip üyeleri, her biri bir kez, belirttikleri cinsiyete göre; mentorlar sayılmaz.',
    },
  },
  {
    key: 'coaching_meetings',
    label: { en: 'Coaching meetings held', tr: 'Yapılan mentorluk toplantısı' },
    definition: {
      en: 'Meetings recorded on the finished tracks.',
      tr: 'Tamamlanan süreçlere kaydedilmiş toplantılar.',
    },
  },
  {
    key: 'coaching_hours',
    label: { en: 'Coaching hours', tr: 'Mentorluk saati' },
    definition: {
      en: 'The durations of the meetings recorded on the finished tracks, summed, in hours (once per meeting, not per person).',
      tr: 'Tamamlanan süreçlere kaydedilmiş toplantıların sürelerinin saat olarak toplamı (kişi başına değil, toplantı başına bir kez).',
    },
  },
];

const BY_KEY = new Map(FIGURE_DEFINITIONS.map((d) => [d.key, d]));

/** One figure's definition; every key of FigureKey has one (checked by the unit spec). */
export function figureDefinition(key: FigureKey): FigureDefinition {
  return BY_KEY.get(key) as FigureDefinition;
}
