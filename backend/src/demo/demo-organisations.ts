import type { LegalForm, OrganisationType, TargetGroup, ThematicArea } from '@atolye/shared';

/** A demo organisation with its profile; staff and volunteers as [women, men, other]. */
export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  country: string;
  province: string;
  website: string | null;
  legalForm: LegalForm;
  yearFounded: number;
  staff: [number, number, number];
  volunteers: [number, number, number];
  /** Province names, turned into their codes when seeded. */
  workProvinces: string[];
  workCountries: string[];
  thematicAreas: ThematicArea[];
  targetGroups: TargetGroup[];
  networks: string[];
  contact: { name: string; role: string; email: string; phone: string };
}

const GIA = 'Göç ve İltica Ağı';
const SOUTH_EAST = 'Güneydoğu Sivil Toplum Platformu';
const AEGEAN = 'Ege Göç Ağı';
const ECRE = 'European Council on Refugees and Exiles (ECRE)';
const BARS = 'Barolar Göç ve İltica Hakları Çalışma Grubu';

/**
 * A mapped region: the CSOs, municipalities, bar associations, universities and public bodies
 * of the south-east border provinces, İstanbul, İzmir and Van that the programme works with.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // prettier-ignore
  { name: 'Umut Köprüsü Derneği', type: 'cso', country: 'TR', province: 'Gaziantep', website: 'https://umutkoprusu.example.org',
    legalForm: 'association', yearFounded: 2013, staff: [14, 9, 0], volunteers: [22, 15, 1],
    workProvinces: ['Gaziantep', 'Kilis', 'Şanlıurfa'], workCountries: ['TR'],
    thematicAreas: ['protection', 'legal_aid', 'gender_based_violence'], targetGroups: ['temporary_protection', 'women_girls', 'children'],
    networks: [GIA, SOUTH_EAST], contact: { name: 'Selin Kaya', role: 'Genel Koordinatör', email: 'iletisim@umutkoprusu.example.org', phone: '+90 342 555 01 10' } },
  // prettier-ignore
  { name: 'Mersin Göç ve Kalkınma Derneği', type: 'cso', country: 'TR', province: 'Mersin', website: null,
    legalForm: 'association', yearFounded: 2016, staff: [6, 4, 0], volunteers: [12, 10, 0],
    workProvinces: ['Mersin', 'Adana'], workCountries: ['TR'],
    thematicAreas: ['livelihoods', 'social_cohesion'], targetGroups: ['temporary_protection', 'host_community', 'youth'],
    networks: [GIA], contact: { name: 'Kerem Doğan', role: 'Proje Müdürü', email: 'bilgi@mersingoc.example.org', phone: '+90 324 555 02 20' } },
  // prettier-ignore
  { name: 'Ankara İl Göç İdaresi Müdürlüğü', type: 'public_authority', country: 'TR', province: 'Ankara', website: null,
    legalForm: 'public_institution', yearFounded: 2014, staff: [38, 41, 0], volunteers: [0, 0, 0],
    workProvinces: ['Ankara'], workCountries: ['TR'],
    thematicAreas: ['international_protection'], targetGroups: ['international_protection_applicants', 'temporary_protection'],
    networks: [], contact: { name: 'Hakan Yurt', role: 'Şube Müdürü', email: 'ankara@goc.example.gov.tr', phone: '+90 312 555 03 30' } },
  // prettier-ignore
  { name: 'Konak Belediyesi Göç ve Uyum Masası', type: 'municipality', country: 'TR', province: 'İzmir', website: null,
    legalForm: 'local_government', yearFounded: 2019, staff: [5, 2, 0], volunteers: [8, 3, 0],
    workProvinces: ['İzmir'], workCountries: ['TR'],
    thematicAreas: ['local_integration', 'social_cohesion'], targetGroups: ['international_protection_applicants', 'host_community'],
    networks: [AEGEAN], contact: { name: 'Derya Uçar', role: 'Masa Sorumlusu', email: 'uyum@konak.example.bel.tr', phone: '+90 232 555 04 40' } },
  // prettier-ignore
  { name: 'Anadolu Göç Araştırmaları Merkezi', type: 'academia', country: 'TR', province: 'Eskişehir', website: 'https://agam.example.edu.tr',
    legalForm: 'university', yearFounded: 2010, staff: [7, 5, 0], volunteers: [3, 2, 0],
    workProvinces: ['Eskişehir', 'Ankara'], workCountries: ['TR'],
    thematicAreas: ['research', 'advocacy'], targetGroups: ['public_officials', 'cso_staff'],
    networks: [GIA], contact: { name: 'Prof. Dr. Aylin Er', role: 'Merkez Müdürü', email: 'agam@example.edu.tr', phone: '+90 222 555 05 50' } },
  // prettier-ignore
  { name: 'Thessaloniki Solidarity Network for Migrants', type: 'cso', country: 'GR', province: 'Central Macedonia', website: 'https://tsnm.example.org',
    legalForm: 'association', yearFounded: 2015, staff: [4, 3, 1], volunteers: [30, 18, 2],
    workProvinces: [], workCountries: ['GR'],
    thematicAreas: ['reception', 'advocacy'], targetGroups: ['international_protection_applicants', 'unaccompanied_children'],
    networks: [ECRE], contact: { name: 'Maria Georgiou', role: 'Coordinator', email: 'info@tsnm.example.org', phone: '+30 2310 555 060' } },
  // prettier-ignore
  { name: 'Brussels Integration Platform', type: 'cso', country: 'BE', province: 'Brussels-Capital', website: null,
    legalForm: 'platform', yearFounded: 2017, staff: [3, 2, 0], volunteers: [15, 9, 0],
    workProvinces: [], workCountries: ['BE'],
    thematicAreas: ['local_integration', 'volunteering'], targetGroups: ['international_protection_applicants', 'youth'],
    networks: [ECRE], contact: { name: 'Lotte Janssens', role: 'Director', email: 'hello@bip.example.be', phone: '+32 2 555 07 70' } },
  // prettier-ignore
  { name: 'Regional Protection Partnership Office', type: 'international_organisation', country: 'TR', province: 'Ankara', website: null,
    legalForm: 'international_organisation', yearFounded: 2012, staff: [12, 10, 0], volunteers: [0, 0, 0],
    workProvinces: ['Ankara', 'Gaziantep', 'Hatay', 'Şanlıurfa', 'İstanbul', 'İzmir', 'Van'], workCountries: ['TR'],
    thematicAreas: ['protection', 'capacity_building'], targetGroups: ['cso_staff', 'public_officials'],
    networks: [], contact: { name: 'Deniz Aydın', role: 'Programme Manager', email: 'office@rppo.example.org', phone: '+90 312 555 08 80' } },
  // prettier-ignore
  { name: 'Hatay Dayanışma ve Yardımlaşma Derneği', type: 'cso', country: 'TR', province: 'Hatay', website: 'https://hataydayanisma.example.org',
    legalForm: 'association', yearFounded: 2011, staff: [11, 8, 0], volunteers: [40, 26, 0],
    workProvinces: ['Hatay', 'Osmaniye'], workCountries: ['TR'],
    thematicAreas: ['humanitarian_aid', 'psychosocial_support'], targetGroups: ['temporary_protection', 'host_community', 'older_people'],
    networks: [SOUTH_EAST, GIA], contact: { name: 'Mehmet Öztürk', role: 'Başkan', email: 'bilgi@hataydayanisma.example.org', phone: '+90 326 555 09 90' } },
  // prettier-ignore
  { name: 'Antakya Kadın Emeği Kooperatifi', type: 'cso', country: 'TR', province: 'Hatay', website: null,
    legalForm: 'cooperative', yearFounded: 2018, staff: [9, 0, 0], volunteers: [14, 0, 0],
    workProvinces: ['Hatay'], workCountries: ['TR'],
    thematicAreas: ['livelihoods', 'women_empowerment'], targetGroups: ['women_girls', 'temporary_protection', 'host_community'],
    networks: [SOUTH_EAST], contact: { name: 'Nur Şimşek', role: 'Kooperatif Başkanı', email: 'kooperatif@antakyakadin.example.org', phone: '+90 326 555 10 11' } },
  // prettier-ignore
  { name: 'Hatay Barosu', type: 'professional_body', country: 'TR', province: 'Hatay', website: 'https://hataybarosu.example.org.tr',
    legalForm: 'professional_body', yearFounded: 1939, staff: [6, 5, 0], volunteers: [18, 21, 0],
    workProvinces: ['Hatay'], workCountries: ['TR'],
    thematicAreas: ['legal_aid', 'international_protection'], targetGroups: ['international_protection_applicants', 'temporary_protection'],
    networks: [BARS], contact: { name: 'Av. Cem Aksoy', role: 'Göç ve İltica Komisyonu Başkanı', email: 'goc@hataybarosu.example.org.tr', phone: '+90 326 555 11 12' } },
  // prettier-ignore
  { name: 'Gaziantep Barosu', type: 'professional_body', country: 'TR', province: 'Gaziantep', website: 'https://gaziantepbarosu.example.org.tr',
    legalForm: 'professional_body', yearFounded: 1924, staff: [8, 7, 0], volunteers: [25, 30, 0],
    workProvinces: ['Gaziantep'], workCountries: ['TR'],
    thematicAreas: ['legal_aid', 'child_protection'], targetGroups: ['international_protection_applicants', 'unaccompanied_children'],
    networks: [BARS, GIA], contact: { name: 'Av. Ebru Tekin', role: 'Çocuk Hakları Merkezi Başkanı', email: 'cocuk@gaziantepbarosu.example.org.tr', phone: '+90 342 555 12 13' } },
  // prettier-ignore
  { name: 'Şanlıurfa Barosu', type: 'professional_body', country: 'TR', province: 'Şanlıurfa', website: null,
    legalForm: 'professional_body', yearFounded: 1930, staff: [5, 6, 0], volunteers: [12, 19, 0],
    workProvinces: ['Şanlıurfa'], workCountries: ['TR'],
    thematicAreas: ['legal_aid'], targetGroups: ['temporary_protection', 'gbv_survivors'],
    networks: [BARS], contact: { name: 'Av. Ömer Kılıç', role: 'Adli Yardım Bürosu Sorumlusu', email: 'adliyardim@urfabarosu.example.org.tr', phone: '+90 414 555 13 14' } },
  // prettier-ignore
  { name: 'Gaziantep Büyükşehir Belediyesi Göç İşleri Şube Müdürlüğü', type: 'municipality', country: 'TR', province: 'Gaziantep', website: null,
    legalForm: 'local_government', yearFounded: 2015, staff: [16, 12, 0], volunteers: [6, 4, 0],
    workProvinces: ['Gaziantep'], workCountries: ['TR'],
    thematicAreas: ['local_integration', 'education', 'health'], targetGroups: ['temporary_protection', 'children', 'host_community'],
    networks: [SOUTH_EAST], contact: { name: 'Levent Ateş', role: 'Şube Müdürü', email: 'goc@gaziantep.example.bel.tr', phone: '+90 342 555 14 15' } },
  // prettier-ignore
  { name: 'Şanlıurfa Sivil Toplum Gönüllüleri Derneği', type: 'cso', country: 'TR', province: 'Şanlıurfa', website: null,
    legalForm: 'association', yearFounded: 2014, staff: [4, 6, 0], volunteers: [35, 28, 0],
    workProvinces: ['Şanlıurfa', 'Mardin'], workCountries: ['TR'],
    thematicAreas: ['volunteering', 'social_cohesion'], targetGroups: ['youth', 'host_community', 'temporary_protection'],
    networks: [SOUTH_EAST], contact: { name: 'Hatice Demir', role: 'Gönüllü Koordinatörü', email: 'gonullu@urfastg.example.org', phone: '+90 414 555 15 16' } },
  // prettier-ignore
  { name: 'Harran Üniversitesi Göç Araştırmaları Merkezi', type: 'academia', country: 'TR', province: 'Şanlıurfa', website: 'https://goc.harran.example.edu.tr',
    legalForm: 'university', yearFounded: 2016, staff: [5, 7, 0], volunteers: [4, 3, 0],
    workProvinces: ['Şanlıurfa'], workCountries: ['TR'],
    thematicAreas: ['research', 'education'], targetGroups: ['temporary_protection', 'public_officials'],
    networks: [GIA], contact: { name: 'Doç. Dr. Murat Yalçın', role: 'Merkez Müdürü', email: 'gocmerkez@harran.example.edu.tr', phone: '+90 414 555 16 17' } },
  // prettier-ignore
  { name: 'Kilis Çocuk ve Aile Destek Vakfı', type: 'cso', country: 'TR', province: 'Kilis', website: null,
    legalForm: 'foundation', yearFounded: 2017, staff: [8, 3, 0], volunteers: [10, 5, 0],
    workProvinces: ['Kilis', 'Gaziantep'], workCountries: ['TR', 'SY'],
    thematicAreas: ['child_protection', 'psychosocial_support', 'education'], targetGroups: ['children', 'unaccompanied_children', 'women_girls'],
    networks: [SOUTH_EAST], contact: { name: 'Fatma Yıldırım', role: 'Vakıf Müdürü', email: 'iletisim@kiliscocuk.example.org', phone: '+90 348 555 17 18' } },
  // prettier-ignore
  { name: 'Kilis Belediyesi Sosyal Uyum Birimi', type: 'municipality', country: 'TR', province: 'Kilis', website: null,
    legalForm: 'local_government', yearFounded: 2016, staff: [4, 4, 0], volunteers: [2, 2, 0],
    workProvinces: ['Kilis'], workCountries: ['TR'],
    thematicAreas: ['social_cohesion', 'local_integration'], targetGroups: ['temporary_protection', 'host_community'],
    networks: [], contact: { name: 'İbrahim Karaca', role: 'Birim Sorumlusu', email: 'uyum@kilis.example.bel.tr', phone: '+90 348 555 18 19' } },
  // prettier-ignore
  { name: 'Boğaziçi Göçmen Dayanışma Derneği', type: 'cso', country: 'TR', province: 'İstanbul', website: 'https://bogazicigocmen.example.org',
    legalForm: 'association', yearFounded: 2009, staff: [10, 6, 1], volunteers: [45, 30, 3],
    workProvinces: ['İstanbul', 'Kocaeli'], workCountries: ['TR'],
    thematicAreas: ['legal_aid', 'advocacy', 'international_protection'], targetGroups: ['international_protection_applicants', 'irregular_migrants', 'lgbtiq'],
    networks: [GIA, ECRE], contact: { name: 'Can Erdem', role: 'Savunuculuk Sorumlusu', email: 'info@bogazicigocmen.example.org', phone: '+90 212 555 19 20' } },
  // prettier-ignore
  { name: 'Sultanbeyli Belediyesi Mülteci Koordinasyon Merkezi', type: 'municipality', country: 'TR', province: 'İstanbul', website: null,
    legalForm: 'local_government', yearFounded: 2014, staff: [22, 15, 0], volunteers: [12, 8, 0],
    workProvinces: ['İstanbul'], workCountries: ['TR'],
    thematicAreas: ['local_integration', 'health', 'education'], targetGroups: ['temporary_protection', 'children', 'persons_with_disabilities'],
    networks: [GIA], contact: { name: 'Aysel Polat', role: 'Merkez Koordinatörü', email: 'multeci@sultanbeyli.example.bel.tr', phone: '+90 216 555 20 21' } },
  // prettier-ignore
  { name: 'İstanbul Göçmen İşçiler Danışma Merkezi', type: 'cso', country: 'TR', province: 'İstanbul', website: null,
    legalForm: 'association', yearFounded: 2020, staff: [3, 4, 0], volunteers: [9, 11, 0],
    workProvinces: ['İstanbul'], workCountries: ['TR'],
    thematicAreas: ['livelihoods', 'legal_aid'], targetGroups: ['migrant_workers', 'irregular_migrants', 'trafficking_survivors'],
    networks: [GIA], contact: { name: 'Tarık Şen', role: 'Danışman', email: 'danisma@gocmenisci.example.org', phone: '+90 212 555 21 22' } },
  // prettier-ignore
  { name: 'İzmir Barosu', type: 'professional_body', country: 'TR', province: 'İzmir', website: 'https://izmirbarosu.example.org.tr',
    legalForm: 'professional_body', yearFounded: 1921, staff: [12, 10, 0], volunteers: [28, 24, 0],
    workProvinces: ['İzmir'], workCountries: ['TR'],
    thematicAreas: ['legal_aid', 'international_protection'], targetGroups: ['international_protection_applicants', 'irregular_migrants'],
    networks: [BARS, AEGEAN], contact: { name: 'Av. Gökhan Uysal', role: 'İnsan Hakları Merkezi Üyesi', email: 'insanhaklari@izmirbarosu.example.org.tr', phone: '+90 232 555 22 23' } },
  // prettier-ignore
  { name: 'İzmir Göçmen Kadınlar Dayanışma Derneği', type: 'cso', country: 'TR', province: 'İzmir', website: null,
    legalForm: 'association', yearFounded: 2018, staff: [7, 0, 1], volunteers: [20, 2, 1],
    workProvinces: ['İzmir', 'Manisa'], workCountries: ['TR'],
    thematicAreas: ['women_empowerment', 'gender_based_violence', 'psychosocial_support'], targetGroups: ['women_girls', 'gbv_survivors'],
    networks: [AEGEAN], contact: { name: 'Gül Aydemir', role: 'Dernek Başkanı', email: 'dayanisma@izmirgocmenkadin.example.org', phone: '+90 232 555 23 24' } },
  // prettier-ignore
  { name: 'Ege Sığınmacılar Hukuki Destek Platformu', type: 'cso', country: 'TR', province: 'İzmir', website: null,
    legalForm: 'platform', yearFounded: 2021, staff: [0, 0, 0], volunteers: [16, 14, 2],
    workProvinces: ['İzmir', 'Aydın', 'Muğla'], workCountries: ['TR'],
    thematicAreas: ['legal_aid', 'advocacy'], targetGroups: ['international_protection_applicants'],
    networks: [AEGEAN, GIA], contact: { name: 'Av. Zehra Koç', role: 'Sözcü', email: 'platform@egesiginmaci.example.org', phone: '+90 232 555 24 25' } },
  // prettier-ignore
  { name: 'Van Kadın ve Çocuk Destek Derneği', type: 'cso', country: 'TR', province: 'Van', website: null,
    legalForm: 'association', yearFounded: 2012, staff: [9, 2, 0], volunteers: [18, 4, 0],
    workProvinces: ['Van', 'Hakkâri'], workCountries: ['TR'],
    thematicAreas: ['child_protection', 'gender_based_violence'], targetGroups: ['women_girls', 'children', 'international_protection_applicants'],
    networks: [GIA], contact: { name: 'Berfin Aslan', role: 'Koordinatör', email: 'destek@vankadincocuk.example.org', phone: '+90 432 555 25 26' } },
  // prettier-ignore
  { name: 'Van Yüzüncü Yıl Üniversitesi Göç Çalışmaları Merkezi', type: 'academia', country: 'TR', province: 'Van', website: null,
    legalForm: 'university', yearFounded: 2019, staff: [3, 5, 0], volunteers: [2, 4, 0],
    workProvinces: ['Van'], workCountries: ['TR', 'IR'],
    thematicAreas: ['research'], targetGroups: ['irregular_migrants', 'international_protection_applicants'],
    networks: [], contact: { name: 'Dr. Öğr. Üyesi Serkan Baran', role: 'Merkez Müdürü', email: 'goc@yyu.example.edu.tr', phone: '+90 432 555 26 27' } },
  // prettier-ignore
  { name: 'Van Barosu', type: 'professional_body', country: 'TR', province: 'Van', website: null,
    legalForm: 'professional_body', yearFounded: 1953, staff: [4, 5, 0], volunteers: [10, 16, 0],
    workProvinces: ['Van'], workCountries: ['TR'],
    thematicAreas: ['legal_aid', 'international_protection'], targetGroups: ['irregular_migrants', 'unaccompanied_children'],
    networks: [BARS], contact: { name: 'Av. Rojda Güler', role: 'Göç Komisyonu Üyesi', email: 'goc@vanbarosu.example.org.tr', phone: '+90 432 555 27 28' } },
  // prettier-ignore
  { name: 'Mardin Sınır Ötesi İnsani Yardım Vakfı', type: 'cso', country: 'TR', province: 'Mardin', website: null,
    legalForm: 'foundation', yearFounded: 2013, staff: [6, 9, 0], volunteers: [11, 17, 0],
    workProvinces: ['Mardin', 'Şanlıurfa'], workCountries: ['TR', 'SY', 'IQ'],
    thematicAreas: ['humanitarian_aid', 'health'], targetGroups: ['temporary_protection', 'persons_with_disabilities'],
    networks: [SOUTH_EAST], contact: { name: 'Yusuf Kaya', role: 'Program Müdürü', email: 'yardim@mardinvakif.example.org', phone: '+90 482 555 28 29' } },
  // prettier-ignore
  { name: 'Adana Mülteci Destek Gönüllüleri Platformu', type: 'cso', country: 'TR', province: 'Adana', website: null,
    legalForm: 'platform', yearFounded: 2022, staff: [0, 1, 0], volunteers: [24, 19, 1],
    workProvinces: ['Adana', 'Mersin'], workCountries: ['TR'],
    thematicAreas: ['volunteering', 'education'], targetGroups: ['children', 'youth'],
    networks: [GIA], contact: { name: 'Ece Yavuz', role: 'Gönüllü Sözcüsü', email: 'gonullu@adanamulteci.example.org', phone: '+90 322 555 29 30' } },
  // prettier-ignore
  { name: 'Kahramanmaraş Deprem Sonrası Dayanışma Ağı', type: 'cso', country: 'TR', province: 'Kahramanmaraş', website: null,
    legalForm: 'platform', yearFounded: 2023, staff: [2, 2, 0], volunteers: [31, 27, 0],
    workProvinces: ['Kahramanmaraş', 'Hatay', 'Adıyaman', 'Malatya'], workCountries: ['TR'],
    thematicAreas: ['humanitarian_aid', 'psychosocial_support', 'other'], targetGroups: ['host_community', 'temporary_protection', 'older_people'],
    networks: [SOUTH_EAST], contact: { name: 'Oğuz Çınar', role: 'Ağ Koordinatörü', email: 'ag@marasdayanisma.example.org', phone: '+90 344 555 30 31' } },
];

/** Said in words for the organisation whose areas include "other". */
export const DEMO_OTHER_AREAS: Record<string, string> = {
  'Kahramanmaraş Deprem Sonrası Dayanışma Ağı': 'Afet sonrası barınma ve enkaz kaldırma gönüllülüğü',
};
