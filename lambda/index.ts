// Lambda entry (stub; the real wiring lands with the skill core).
export const handler = async (): Promise<unknown> => ({ version: '1.0', response: {} });
