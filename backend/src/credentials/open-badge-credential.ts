import { createHash } from 'node:crypto';
import type { LocalisedText } from '@atolye/shared';
import type { CredentialFacts } from './credentials.repository';
import { credentialUrls, OB3_SCHEMA_ID } from './credential-urls';

/**
 * Open Badges 3.0 on the VC 1.1 data model (`issuanceDate`), which the bundled 1EdTech schema
 * (ob_v3p0_achievementcredential_schema.json) requires; its context release is 3.0.2.
 */
const OB3_CONTEXT = [
  'https://www.w3.org/2018/credentials/v1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
];

export interface IssuerDetails {
  publicUrl: string;
  issuerName: string;
}

/** The issuer's Open Badges profile, as served at its id. */
export function issuerProfile({ publicUrl, issuerName }: IssuerDetails) {
  const urls = credentialUrls(publicUrl);
  return {
    '@context': OB3_CONTEXT,
    id: urls.issuer,
    type: ['Profile'],
    name: issuerName,
    url: publicUrl,
    description:
      'Capacity-building trainings for civil-society organisations working on migration and international protection.',
  };
}

function titleIn(text: LocalisedText, language: 'en' | 'tr'): string {
  return text[language] ?? text.en ?? text.tr ?? Object.values(text)[0] ?? '';
}

/** `sha256$<hex>` of the email salted as Open Badges 3.0 IdentityHash describes. */
export function identityHash(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(`${email.trim().toLowerCase()}${salt}`, 'utf8').digest('hex')}`;
}

/**
 * The OpenBadgeCredential (1EdTech Open Badges 3.0) a certificate is issued as: the programme as
 * issuer, the training as achievement, the holder by name and by a salted email hash, and the
 * session as evidence. `salt` is random per credential, so the hash cannot be matched across them.
 */
export function openBadgeCredential(
  facts: CredentialFacts,
  issuer: IssuerDetails,
  statusIndex: number,
  salt: string,
) {
  const urls = credentialUrls(issuer.publicUrl);
  const title = titleIn(facts.trainingTitle, 'en');
  const titleTr = titleIn(facts.trainingTitle, 'tr');
  const modules = facts.modules.map((m) => titleIn(m.title, 'en'));
  const dates = [facts.startsOn, facts.endsOn].filter((d, i, all) => d && all.indexOf(d) === i).join(' – ');
  const issuedAt = facts.issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const statusList = urls.statusListOf(statusIndex);
  return {
    '@context': OB3_CONTEXT,
    id: `urn:uuid:${facts.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${title} — ${facts.holderName}`,
    description: `Certificate ${facts.serial}, verifiable at ${urls.verifyPage}.`,
    issuer: { id: urls.issuer, type: ['Profile'], name: issuer.issuerName, url: issuer.publicUrl },
    issuanceDate: issuedAt,
    awardedDate: issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.holderName },
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: identityHash(facts.email, salt),
          salt,
        },
      ],
      ...(facts.startsOn ? { activityStartDate: `${facts.startsOn}T00:00:00Z` } : {}),
      ...(facts.endsOn ? { activityEndDate: `${facts.endsOn}T00:00:00Z` } : {}),
      achievement: {
        id: `urn:uuid:${facts.trainingId}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: title,
        description:
          titleTr && titleTr !== title
            ? `${title} (${titleTr}): ${facts.hours} hours of training.`
            : `${title}: ${facts.hours} hours of training.`,
        criteria: {
          narrative:
            `Took part in the ${facts.hours}-hour training and met its completion rule` +
            (modules.length ? `, completing the modules: ${modules.join('; ')}.` : '.'),
        },
        tag: modules,
        '@language': 'en',
      },
    },
    evidence: [
      {
        type: ['Evidence'],
        name: facts.sessionTitle,
        description: [dates, facts.place].filter(Boolean).join(', '),
        narrative: `Session ${facts.sessionTitle}${dates ? `, ${dates}` : ''}${facts.place ? `, ${facts.place}` : ''}.`,
      },
    ],
    credentialStatus: {
      id: `${statusList}#${statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(statusIndex),
      statusListCredential: statusList,
    },
    credentialSchema: [{ id: OB3_SCHEMA_ID, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;
