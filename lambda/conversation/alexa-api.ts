import type { services } from 'ask-sdk-model';

/**
 * The one way out to the Alexa service APIs (settings, reminders, ...): every call the skill's
 * service clients make goes through `BoundedApiClient`, so none can hold a turn past its bound, and
 * the handler that made it gets an error it already answers in speech.
 */

/** How long one Alexa service API call may take before the turn goes on without it. */
export const ALEXA_API_TIMEOUT_MS = 1500;
/** The time-zone lookup is only a nicety on the way in: it gets less. */
export const TIME_ZONE_TIMEOUT_MS = 800;

/** Rejects with an error named `Timeout` when `p` has not settled within `ms`. */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      const e = new Error(`no answer within ${ms} ms`);
      e.name = 'Timeout';
      reject(e);
    }, ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/** An ApiClient whose every call gives up after `timeoutMs`. */
export class BoundedApiClient implements services.ApiClient {
  constructor(
    private readonly inner: services.ApiClient,
    private readonly timeoutMs = ALEXA_API_TIMEOUT_MS,
  ) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    return withTimeout(this.inner.invoke(request), this.timeoutMs);
  }
}
