import type * as Model from 'ask-sdk-model';

/**
 * ask-sdk-model as ask-sdk-core gets it in the bundle (infra/bundling.ts, ALEXA_SERVICES_ALIAS; the
 * tests map it the same way, jest.config.js). The one value ask-sdk-core takes from that package at
 * run time is `services.ServiceClientFactory`; the package itself, every Alexa service client (61 KB
 * of the bundle, 3 ms of a cold start's module load), is loaded the first time a service is called (the
 * time zone of a user the skill does not know yet, reminders), never by a cold start. Every service
 * method returns a promise, so a client handed out here loads the package once and calls the real
 * client's method; nothing else changes.
 */

type Client = Record<string, (...args: unknown[]) => Promise<unknown>>;

let loaded: Promise<typeof Model> | undefined;
/**
 * The real package; a path, so that neither the bundle's alias nor the tests' mapping applies to it. A
 * CommonJS module: the bundle's chunk gives it as the default export.
 */
const load = () => (loaded ??= import('../../node_modules/ask-sdk-model/index.js').then((m) => (m as unknown as { default?: typeof Model }).default ?? m));

/** `new ServiceClientFactory(config).getUpsServiceClient()`, and every other `get…Client()`, as ask-sdk-model's. */
class ServiceClientFactory {
  constructor(config: Model.services.ApiConfiguration) {
    return new Proxy(this, {
      get: (_factory, getter) => (typeof getter === 'string' && /^get\w+Client$/.test(getter) ? () => lazyClient(config, getter) : undefined),
    });
  }
}

function lazyClient(config: Model.services.ApiConfiguration, getter: string): Client {
  return new Proxy({} as Client, {
    // Not `then`: the client is not a promise.
    get: (_client, method) =>
      typeof method === 'string' && method !== 'then'
        ? async (...args: unknown[]) => {
            const { services } = await load();
            const real = (new services.ServiceClientFactory(config) as unknown as Record<string, () => Client>)[getter]();
            return real[method](...args);
          }
        : undefined,
  });
}

export const services = { ServiceClientFactory };
