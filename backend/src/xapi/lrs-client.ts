import type { Statement } from '@xapi/xapi';
import type { XapiLrsConfig } from '../config/app-config';
import { XAPI_VERSION } from './xapi-vocabulary';

/** An LRS that does not answer within this long is treated as failing; the run is retried. */
const LRS_TIMEOUT_MS = 15_000;

export class LrsError extends Error {}

/** Sends statements to the configured LRS (xAPI 1.0.3, POST /statements, HTTP Basic). */
export class LrsClient {
  constructor(private readonly lrs: XapiLrsConfig) {}

  /** Resolves on a 2xx answer; any other answer or a network failure is an LrsError. */
  async send(statements: Statement[]): Promise<void> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': XAPI_VERSION,
    };
    if (this.lrs.username !== null && this.lrs.password !== null)
      headers['Authorization'] =
        `Basic ${Buffer.from(`${this.lrs.username}:${this.lrs.password}`).toString('base64')}`;
    let response: Response;
    try {
      response = await fetch(`${this.lrs.url}/statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(LRS_TIMEOUT_MS),
      });
    } catch (error) {
      // A refused connection, a DNS failure or the timeout: the LRS was not reached.
      throw new LrsError(
        `The LRS could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!response.ok) {
      const body = (await response.text().catch(() => '')).slice(0, 200);
      throw new LrsError(`The LRS answered ${response.status}${body ? `: ${body}` : ''}`);
    }
    await response.body?.cancel();
  }
}
