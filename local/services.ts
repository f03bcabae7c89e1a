import type { services } from 'ask-sdk-model';

/**
 * A stand-in for the Alexa service APIs at their HTTP edge (the ask-sdk ApiClient):
 * answers the settings API's time zone, and keeps reminders in memory.
 * Used by the simulator and the tests; the skill code is unchanged.
 */
export class LocalAlexaApi implements services.ApiClient {
  readonly calls: { method: string; url: string; body?: unknown }[] = [];
  reminders = new Map<string, unknown>();
  /** What the reminders API answers: 'granted', or 'denied' (HTTP 401, no permission). */
  reminderPermission: 'granted' | 'denied' = 'granted';
  private next = 1;

  constructor(public timeZone = 'America/Los_Angeles') {}

  async invoke(req: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const body = req.body ? JSON.parse(req.body) : undefined;
    this.calls.push({ method: req.method, url: req.url, body });
    const json = (statusCode: number, value?: unknown): services.ApiClientResponse => ({
      statusCode,
      headers: [{ key: 'content-type', value: 'application/json' }],
      body: value === undefined ? '' : JSON.stringify(value),
    });
    if (/\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(req.url)) return json(200, this.timeZone);
    if (/\/v1\/alerts\/reminders/.test(req.url)) {
      if (this.reminderPermission === 'denied') return json(401, { code: 'UNAUTHORIZED', message: 'no permission' });
      const token = /\/v1\/alerts\/reminders\/([^/?]+)/.exec(req.url)?.[1];
      if (req.method === 'POST') {
        const alertToken = `reminder-${this.next++}`;
        this.reminders.set(alertToken, body);
        return json(201, { alertToken, status: 'ON', version: '1', createdTime: new Date().toISOString() });
      }
      if (req.method === 'DELETE' && token) {
        if (!this.reminders.delete(token)) return json(404, { code: 'NOT_FOUND' });
        return json(200);
      }
      if (req.method === 'GET') return json(200, { totalCount: String(this.reminders.size), alerts: [...this.reminders.entries()].map(([alertToken, r]) => ({ alertToken, ...(r as object) })) });
    }
    return json(404, { message: 'not simulated' });
  }
}
