import type { Gender, Language, Role } from '@atolye/shared';

export { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations';

/** The password of every demo account (printed at start-up and listed in the README). */
export { DEMO_PASSWORD } from '../config/app-config';

export interface DemoAccount {
  email: string;
  fullName: string;
  roles: Role[];
  language: Language;
  gender: Gender;
  organisation: string;
}

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
    email: 'selin.karatas@atolye.example',
    fullName: 'Selin Karataş',
    roles: ['trainer'],
    language: 'tr',
    gender: 'female',
    organisation: 'Umut Köprüsü Derneği',
  },
  {
    email: 'nadia.benali@atolye.example',
    fullName: 'Nadia Benali',
    roles: ['trainer'],
    language: 'en',
    gender: 'female',
    organisation: 'Regional Protection Partnership Office',
  },
  {
    email: 'focal@atolye.example',
    fullName: 'Zeynep Arslan',
    roles: ['trainee', 'focal_person'],
    language: 'tr',
    gender: 'female',
    organisation: 'Umut Köprüsü Derneği',
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
