import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzip } from '../../scripts/zip';
import type { PolicyStatement } from '../../scripts/deploy';

/**
 * A local stand-in for the endpoints `npm run deploy` reaches, at their HTTP edge: Login with Amazon
 * (the token the ASK CLI refreshes), the Skill Management API (uploads, imports, status,
 * enablement) and Lambda's GetPolicy. It behaves as the real services are documented to where it
 * matters here: an import whose manifest points at a Lambda that has no Alexa trigger for the skill
 * fails, as Alexa validates the endpoint; imports and model builds take a poll or two to finish.
 *
 * `events` records what happened, in order, with the function's policy at that moment, and
 * `openPermissionSeen` turns true if ever a statement let Alexa invoke the function for any other
 * skill, or for any skill at all.
 */

export const ACCESS_TOKEN = 'Atza|stand-in';
export const REFRESH_TOKEN = 'Atzr|stand-in';
export const VENDOR_ID = 'M1STANDIN';

interface Skill {
  skillId: string;
  files: Map<string, Buffer>;
  statusPolls: number;
}

export interface StandIn {
  url: string;
  events: string[];
  skills: Map<string, Skill>;
  policy: PolicyStatement[];
  openPermissionSeen: boolean;
  /** Faults to inject: an import that fails, a locale whose model build fails. */
  faults: { importError?: string; buildFails?: string };
  /** Status polls an import or a model build answers IN_PROGRESS to before it finishes. */
  inProgressPolls: number;
  setPolicy(statements: PolicyStatement[], why: string): void;
  close(): Promise<void>;
}

export async function startStandIn(): Promise<StandIn> {
  const uploads = new Map<string, Buffer>();
  const imports = new Map<string, { skillId: string; polls: number; error?: string }>();
  let counter = 0;

  const state: Omit<StandIn, 'url' | 'close'> = {
    events: [],
    skills: new Map(),
    policy: [],
    openPermissionSeen: false,
    faults: {},
    inProgressPolls: 1,
    setPolicy(statements, why) {
      state.policy = statements;
      checkOpen();
      state.events.push(`${why} [${describePolicy()}]`);
    },
  };

  const tokenOf = (s: PolicyStatement) => s.Condition?.StringEquals?.['lambda:EventSourceToken'];
  const describePolicy = () => (state.policy.length ? state.policy.map((s) => `alexa:${tokenOf(s) ?? 'ANY'}`).join(',') : 'no trigger');
  const checkOpen = () => {
    const skills = [...state.skills.keys()];
    for (const s of state.policy) {
      const token = tokenOf(s);
      if (!token || (skills.length > 0 && !skills.includes(token))) state.openPermissionSeen = true;
    }
  };
  const log = (what: string) => {
    checkOpen();
    state.events.push(`${what} [${describePolicy()}]`);
  };

  const json = (res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  /** What Alexa checks of an endpoint: the function must have the trigger for this skill. */
  const endpointProblem = (skillId: string, files: Map<string, Buffer>): string | undefined => {
    const manifest = JSON.parse(files.get('skill.json')!.toString('utf8')).manifest;
    const arn = manifest.apis?.custom?.endpoint?.uri as string | undefined;
    if (!arn) return undefined;
    if (!state.policy.some((s) => tokenOf(s) === skillId)) {
      return `The trigger setting for the Lambda ${arn} is invalid. Error code: SkillManifestError`;
    }
    return undefined;
  };

  const startImport = (res: http.ServerResponse, skillId: string, location: string) => {
    const zip = uploads.get(location);
    if (!zip) return json(res, 400, { message: `No skill package at ${location}` });
    const files = unzip(zip);
    const error = state.faults.importError ?? endpointProblem(skillId, files);
    const importId = `import-${++counter}`;
    imports.set(importId, { skillId, polls: 0, error });
    if (!error) {
      const prior = state.skills.get(skillId);
      state.skills.set(skillId, { skillId, files, statusPolls: 0 });
      if (!prior) checkOpen();
    }
    json(res, 202, undefined, { location: `/v1/skills/imports/${importId}` });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const route = `${req.method} ${url.pathname}`;
      let m: RegExpMatchArray | null;

      if (route === 'POST /auth/o2/token') {
        // The ASK CLI sends JSON; LWA also takes a form.
        const text = body.toString('utf8');
        const form: Record<string, string> = text.startsWith('{') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
        if (form.grant_type !== 'refresh_token' || form.refresh_token !== REFRESH_TOKEN) return json(res, 400, { error: 'invalid_grant' });
        log('LWA token refreshed');
        return json(res, 200, { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, token_type: 'bearer', expires_in: 3600 });
      }
      if ((m = route.match(/^PUT \/upload\/(\d+)$/))) {
        uploads.set(`${serverUrl}/upload/${m[1]}`, body);
        log('package uploaded');
        res.writeHead(200).end();
        return;
      }
      if ((m = route.match(/^GET \/2015-03-31\/functions\/([^/]+)\/policy$/))) {
        log('Lambda GetPolicy');
        if (state.policy.length === 0) {
          return json(res, 404, { Type: 'User', Message: 'The resource you requested does not exist.' }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
        }
        const arn = decodeURIComponent(m[1]);
        return json(res, 200, { Policy: JSON.stringify({ Version: '2012-10-17', Statement: state.policy.map((s) => ({ ...s, Resource: arn })) }), RevisionId: '1' });
      }

      if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) return json(res, 401, { message: 'Token is invalid/expired' });
      if (route === 'POST /v1/skills/uploads') {
        log('SMAPI create-upload-url');
        return json(res, 201, { uploadUrl: `${serverUrl}/upload/${++counter}`, expiresAt: '2099-01-01T00:00:00Z' });
      }
      if (route === 'POST /v1/skills/imports') {
        const { vendorId, location } = JSON.parse(body.toString('utf8'));
        if (vendorId !== VENDOR_ID) return json(res, 403, { message: `Unknown vendor ${vendorId}` });
        log('SMAPI create-skill-package');
        return startImport(res, `amzn1.ask.skill.stand-in-${++counter}`, location);
      }
      if ((m = route.match(/^POST \/v1\/skills\/([^/]+)\/imports$/))) {
        if (!state.skills.has(m[1])) return json(res, 404, { message: `No skill ${m[1]}` });
        log(`SMAPI import-skill-package ${m[1]}`);
        return startImport(res, m[1], JSON.parse(body.toString('utf8')).location);
      }
      if ((m = route.match(/^GET \/v1\/skills\/imports\/([^/]+)$/))) {
        const imp = imports.get(m[1]);
        if (!imp) return json(res, 404, { message: 'No such import' });
        imp.polls++;
        const status = imp.polls <= state.inProgressPolls ? 'IN_PROGRESS' : imp.error ? 'FAILED' : 'SUCCEEDED';
        log(`SMAPI get-import-status: ${status}`);
        return json(res, 200, {
          status,
          skill: {
            skillId: imp.skillId,
            resources: [{ name: 'Manifest', action: 'UPDATE', status, errors: status === 'FAILED' ? [{ message: imp.error }] : [] }],
          },
        });
      }
      if ((m = route.match(/^GET \/v1\/skills\/([^/]+)\/status$/))) {
        const skill = state.skills.get(m[1]);
        if (!skill) return json(res, 404, { message: `No skill ${m[1]}` });
        skill.statusPolls++;
        const locales = [...skill.files.keys()].flatMap((f) => f.match(/^interactionModels\/custom\/(.+)\.json$/)?.[1] ?? []);
        const statusOf = (l: string) =>
          skill.statusPolls <= state.inProgressPolls ? 'IN_PROGRESS' : state.faults.buildFails === l ? 'FAILED' : 'SUCCEEDED';
        log(`SMAPI get-skill-status: ${locales.map((l) => `${l} ${statusOf(l)}`).join(', ')}`);
        return json(res, 200, {
          interactionModel: Object.fromEntries(
            locales.map((l) => [
              l,
              { lastUpdateRequest: { status: statusOf(l), ...(statusOf(l) === 'FAILED' ? { errors: [{ message: 'Sample utterance "{length}" has no carrier phrase' }] } : {}) } },
            ]),
          ),
        });
      }
      if ((m = route.match(/^PUT \/v1\/skills\/([^/]+)\/stages\/development\/enablement$/))) {
        log(`SMAPI set-skill-enablement ${m[1]}`);
        res.writeHead(204).end();
        return;
      }
      json(res, 404, { message: `stand-in has no ${route}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: serverUrl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as StandIn;
}
