import type { Gender, Language, OrganisationType, Role } from '@atolye/shared';

/** The password of every demo account (printed at start-up and listed in the README). */
export { DEMO_PASSWORD } from '../config/app-config';

export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  country: string;
  province: string;
  thematicAreas: string[];
  website: string | null;
}

export interface DemoAccount {
  email: string;
  fullName: string;
  roles: Role[];
  language: Language;
  gender: Gender;
  organisation: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Umut Köprüsü Derneği',
    type: 'cso',
    country: 'TR',
    province: 'Gaziantep',
    thematicAreas: ['protection', 'legal aid', 'women and girls'],
    website: 'https://umutkoprusu.example.org',
  },
  {
    name: 'Mersin Göç ve Kalkınma Derneği',
    type: 'cso',
    country: 'TR',
    province: 'Mersin',
    thematicAreas: ['livelihoods', 'social cohesion'],
    website: null,
  },
  {
    name: 'Ankara İl Göç İdaresi Müdürlüğü',
    type: 'public_authority',
    country: 'TR',
    province: 'Ankara',
    thematicAreas: ['international protection', 'registration'],
    website: null,
  },
  {
    name: 'Konak Belediyesi Göç ve Uyum Masası',
    type: 'municipality',
    country: 'TR',
    province: 'İzmir',
    thematicAreas: ['local integration', 'referral'],
    website: null,
  },
  {
    name: 'Anadolu Göç Araştırmaları Merkezi',
    type: 'academia',
    country: 'TR',
    province: 'Eskişehir',
    thematicAreas: ['research', 'policy dialogue'],
    website: 'https://agam.example.edu.tr',
  },
  {
    name: 'Thessaloniki Solidarity Network for Migrants',
    type: 'cso',
    country: 'GR',
    province: 'Central Macedonia',
    thematicAreas: ['reception', 'advocacy'],
    website: 'https://tsnm.example.org',
  },
  {
    name: 'Brussels Integration Platform',
    type: 'cso',
    country: 'BE',
    province: 'Brussels-Capital',
    thematicAreas: ['integration', 'volunteering'],
    website: null,
  },
  {
    name: 'Regional Protection Partnership Office',
    type: 'international_organisation',
    country: 'TR',
    province: 'Ankara',
    thematicAreas: ['protection', 'capacity building'],
    website: null,
  },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@atolye.example',
    fullName: 'Deniz Aydın',
    roles: ['admin'],
    language: 'en',
    gender: 'undeclared',
    organisation: 'Regional Protection Partnership Office',
  },
  {
    email: 'coordinator@atolye.example',
    fullName: 'Elif Şahin',
    roles: ['coordinator'],
    language: 'tr',
    gender: 'female',
    organisation: 'Regional Protection Partnership Office',
  },
  {
    email: 'trainer@atolye.example',
    fullName: 'Murat Güneş',
    roles: ['trainer'],
    language: 'tr',
    gender: 'male',
    organisation: 'Anadolu Göç Araştırmaları Merkezi',
  },
  {
    email: 'trainee@atolye.example',
    fullName: 'Rana Al-Khatib',
    roles: ['trainee'],
    language: 'en',
    gender: 'female',
    organisation: 'Umut Köprüsü Derneği',
  },
  {
    email: 'ahmet.yilmaz@atolye.example',
    fullName: 'Ahmet Yılmaz',
    roles: ['trainee'],
    language: 'tr',
    gender: 'male',
    organisation: 'Konak Belediyesi Göç ve Uyum Masası',
  },
  {
    email: 'layla.haddad@atolye.example',
    fullName: 'Layla Haddad',
    roles: ['trainee'],
    language: 'en',
    gender: 'female',
    organisation: 'Mersin Göç ve Kalkınma Derneği',
  },
  {
    email: 'kostas.nikolaidis@atolye.example',
    fullName: 'Kostas Nikolaidis',
    roles: ['trainee'],
    language: 'en',
    gender: 'male',
    organisation: 'Thessaloniki Solidarity Network for Migrants',
  },
  {
    email: 'hasan.celik@atolye.example',
    fullName: 'Hasan Çelik',
    roles: ['trainee'],
    language: 'tr',
    gender: 'male',
    organisation: 'Konak Belediyesi Göç ve Uyum Masası',
  },
  {
    email: 'meryem.aydogan@atolye.example',
    fullName: 'Meryem Aydoğan',
    roles: ['trainee'],
    language: 'tr',
    gender: 'female',
    organisation: 'Umut Köprüsü Derneği',
  },
  {
    email: 'samira.haddad@atolye.example',
    fullName: 'Samira Haddad',
    roles: ['trainee'],
    language: 'en',
    gender: 'female',
    organisation: 'Mersin Göç ve Kalkınma Derneği',
  },
  {
    email: 'yasemin.koc@atolye.example',
    fullName: 'Yasemin Koç',
    roles: ['trainee'],
    language: 'tr',
    gender: 'female',
    organisation: 'Ankara İl Göç İdaresi Müdürlüğü',
  },
  {
    email: 'omar.farouk@atolye.example',
    fullName: 'Omar Farouk',
    roles: ['trainee'],
    language: 'en',
    gender: 'male',
    organisation: 'Umut Köprüsü Derneği',
  },
  {
    email: 'elena.papadopoulou@atolye.example',
    fullName: 'Elena Papadopoulou',
    roles: ['trainee'],
    language: 'en',
    gender: 'undeclared',
    organisation: 'Thessaloniki Solidarity Network for Migrants',
  },
];
