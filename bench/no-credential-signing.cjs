// The built API with Open Badge credential signing left out of certificate issue: the baseline
// that bench/credentials.mjs runs beside the real build (as SERVER_ENTRY).
const dist = '../dist/backend/backend/src';
const { CredentialIssuer } = require(`${dist}/credentials/credential-issuer.service.js`);
CredentialIssuer.prototype.issueWithin = async () => undefined;
require(`${dist}/main.js`);
