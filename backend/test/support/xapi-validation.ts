import validateXapi from '@learninglocker/xapi-validation';
import type { Statement } from '@xapi/xapi';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Two checks of a statement. Learning Locker's validator (conformance-tested against ADL's LRS
 * test suite) applies every xAPI 1.0.3 rule an LRS applies on POST /statements; the JSON schema
 * below adds what Atölye promises on top: an account actor (never an e-mail), an id and a
 * registration that are UUIDs, activity ids under the portal's address, and a score with every
 * passed/failed.
 */
export function statementSchema(publicUrl: string) {
  const escaped = publicUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const activity = {
    type: 'object',
    required: ['objectType', 'id', 'definition'],
    properties: {
      objectType: { const: 'Activity' },
      id: { type: 'string', format: 'uri', pattern: `^${escaped}/xapi/activities/` },
      definition: {
        type: 'object',
        required: ['name'],
        properties: {
          type: { type: 'string', format: 'uri' },
          name: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
  return {
    type: 'object',
    required: ['id', 'timestamp', 'actor', 'verb', 'object', 'context'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      timestamp: { type: 'string', format: 'date-time' },
      actor: {
        type: 'object',
        required: ['objectType', 'account'],
        properties: {
          objectType: { const: 'Agent' },
          account: {
            type: 'object',
            required: ['homePage', 'name'],
            properties: { homePage: { const: publicUrl }, name: { type: 'string', format: 'uuid' } },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      verb: {
        type: 'object',
        required: ['id', 'display'],
        properties: {
          id: {
            type: 'string',
            pattern: '^http://(adlnet\\.gov/expapi/verbs|id\\.tincanapi\\.com/verb)/[a-z]+$',
          },
          display: { type: 'object', required: ['en-US'] },
        },
      },
      object: activity,
      result: {
        type: 'object',
        properties: {
          score: {
            type: 'object',
            required: ['scaled', 'raw', 'min', 'max'],
            properties: { scaled: { type: 'number', minimum: 0, maximum: 1 } },
          },
        },
      },
      context: {
        type: 'object',
        required: ['registration', 'language', 'contextActivities'],
        properties: {
          registration: { type: 'string', format: 'uuid' },
          language: { enum: ['en', 'tr'] },
          contextActivities: {
            type: 'object',
            properties: {
              parent: { type: 'array', items: activity },
              grouping: { type: 'array', items: activity },
            },
          },
        },
      },
    },
    if: { properties: { verb: { properties: { id: { pattern: '/(passed|failed)$' } } } } },
    then: { required: ['result'], properties: { result: { required: ['score', 'success'] } } },
  };
}

const compiled = new Map<string, ValidateFunction>();

function schemaFor(publicUrl: string): ValidateFunction {
  let validate = compiled.get(publicUrl);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(statementSchema(publicUrl));
    compiled.set(publicUrl, validate);
  }
  return validate;
}

/** Every problem with a statement, as `path: reason`; empty when it is valid. */
export function statementProblems(
  statement: Statement | Record<string, unknown>,
  publicUrl: string,
): string[] {
  const validate = schemaFor(publicUrl);
  const problems = validateXapi(statement).map(
    (warning) => `${warning.path.join('.')}: ${warning.constructor.name}`,
  );
  if (!validate(statement))
    problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? ''}`));
  return problems;
}
