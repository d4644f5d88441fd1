import { CertificateEntity } from '../../src/certificates/certificate.entity';

/** A certificate with Turkish letters in every field, as both renderers' specs print it. */
export function sampleCertificate(changes: Partial<CertificateEntity> = {}): CertificateEntity {
  return Object.assign(new CertificateEntity(), {
    serial: 'ATL-2027-000042',
    verificationCode: 'q3V0x2pQm9tYbXr4Lk8s1A',
    holderName: 'Gülşen İnceoğlu Çırağan',
    trainingTitle: {
      en: 'Working with people in need of international protection',
      tr: 'Uluslararası koruma ihtiyacı olan kişilerle çalışmak',
    },
    sessionTitle: 'Gaziantep — yüz yüze kurs',
    languages: ['tr', 'en'],
    startsOn: '2027-03-02',
    endsOn: '2027-03-04',
    place: 'Gaziantep',
    hours: 10.5,
    modules: [
      {
        title: {
          en: 'International protection: the legal framework',
          tr: 'Uluslararası koruma: hukuki çerçeve',
        },
        version: '1.0.0',
      },
    ],
    issuer: 'Atölye Capacity-Building Programme',
    signatoryName: 'Elif Şahin',
    signatoryTitle: 'Eğitim Programı Koordinatörü',
    issuedAt: new Date('2027-03-05T09:00:00Z'),
    ...changes,
  });
}
