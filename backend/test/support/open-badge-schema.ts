import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import schema from '../../src/credentials/schema/ob_v3p0_achievementcredential_schema.json';

/** 1EdTech's published OB 3.0 AchievementCredential JSON schema, compiled once (tests use it). */
export function openBadgeSchemaValidator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
