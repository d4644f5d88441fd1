import { STATUS_LIST_LENGTH } from './bitstring';

/** The product's public addresses that credentials point to. */
export function credentialUrls(publicUrl: string) {
  const base = `${publicUrl}/api/credentials`;
  return {
    issuer: `${base}/issuer`,
    keys: `${base}/keys`,
    /** Status list `n` (from 1) holds the places STATUS_LIST_LENGTH × (n − 1) onwards. */
    statusListBase: `${base}/status/`,
    statusList: (list: number) => `${base}/status/${list}`,
    statusListOf: (index: number) => `${base}/status/${Math.floor(index / STATUS_LIST_LENGTH) + 1}`,
    verifyPage: `${publicUrl}/verify`,
  };
}

export const OB3_SCHEMA_ID =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
