/**
 * Assembles a deployable Alexa skill package from the repository's sources:
 *
 *   skill-package/skill.json           the manifest, with {{LAMBDA_ARN}} and {{PRIVACY_POLICY_URL}}
 *   interaction-models/<locale>.json   one interaction model per locale (ASK CLI format)
 *
 * into the layout the ASK CLI and SMAPI expect:
 *
 *   <out>/skill.json
 *   <out>/interactionModels/custom/<locale>.json
 *
 * Used by the CDK stack (the skill package asset of `CfnSkill`) and from the command line:
 *
 *   npx tsx scripts/skill-package.ts [--lambda-arn ARN] [--privacy-policy-url URL] [--out DIR]
 *
 * (or the environment variables LAMBDA_ARN and PRIVACY_POLICY_URL; the default DIR is
 * dist/skill-package). `npm run deploy` (scripts/deploy.ts) builds the package through
 * buildSkillPackage and sends it with `ask smapi`; nothing else is written.
 *
 * Without a Lambda ARN the package has no endpoint and no events section: that is the package to
 * create a skill with, before the Lambda trusts the new skill id (Alexa refuses an endpoint whose
 * Lambda has no Alexa Skills Kit trigger for the skill).
 *
 * It fails, listing every problem, on what certification would reject and it can see
 * (certificationProblems): no https privacy policy URL, no medical disclaimer, icons missing or not
 * 108 and 512 px PNGs, an example phrase no sample utterance matches, store texts too long or making
 * health claims, and a custom task the Routines rules would not offer (taskProblems).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readStages } from '../infra/stages';
import { pngSize } from './icons';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_MANIFEST = path.join(REPO_ROOT, 'skill-package', 'skill.json');
export const DEFAULT_MODELS_DIR = path.join(REPO_ROOT, 'interaction-models');
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'dist', 'skill-package');

export const LAMBDA_ARN_PLACEHOLDER = '{{LAMBDA_ARN}}';
export const PRIVACY_POLICY_URL_PLACEHOLDER = '{{PRIVACY_POLICY_URL}}';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ManifestValues {
  /**
   * The Lambda function ARN for the custom endpoint and the events endpoint. May be a CDK token
   * (the stack passes `fn.functionArn`). When absent, both endpoints are removed.
   */
  readonly lambdaArn?: string;
  /** The privacy policy URL (https). When absent, the privacy policy URLs are removed. */
  readonly privacyPolicyUrl?: string;
}

export interface FilledManifest {
  /** The manifest file's content (`{"manifest": {...}}`) with the placeholders filled or removed. */
  readonly skillJson: JsonObject;
  /** What was left out, in words, for the caller to show. */
  readonly warnings: string[];
}

export interface BuildSkillPackageOptions extends ManifestValues {
  /** Directory to write the package to. `skill.json` and `interactionModels/` in it are replaced. */
  readonly outDir: string;
  /** The manifest template. Default: skill-package/skill.json. */
  readonly manifestPath?: string;
  /** Folder of `<locale>.json` interaction models. Default: interaction-models/. */
  readonly modelsDir?: string;
  /** Turn certification problems into warnings (tests of the package's other parts only). */
  readonly allowUncertifiable?: boolean;
}

export interface SkillPackage {
  readonly outDir: string;
  readonly skillJson: JsonObject;
  /** The manifest's locales, each with the interaction model file it got. */
  readonly models: Record<string, string>;
  readonly warnings: string[];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function replaceStrings(value: Json, fn: (s: string) => string): Json {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, fn));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = replaceStrings(v, fn);
    return out;
  }
  return value;
}

function findPlaceholders(value: Json, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/\{\{[A-Z_]+\}\}/g)) found.add(m[0]);
  } else if (Array.isArray(value)) {
    value.forEach((v) => findPlaceholders(v, found));
  } else if (isObject(value)) {
    Object.values(value).forEach((v) => findPlaceholders(v, found));
  }
  return found;
}

const LAMBDA_ARN_RE = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;

function checkLambdaArn(arn: string): void {
  // A CDK token (the stack's fn.functionArn) is resolved by CloudFormation at deploy time.
  if (arn.includes('${Token[')) return;
  if (!LAMBDA_ARN_RE.test(arn)) throw new Error(`Not a Lambda function ARN: ${arn}`);
}

function checkPrivacyPolicyUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`The privacy policy URL must be https: ${url}`);
}

/** Reads the manifest template. */
export function readManifestTemplate(manifestPath = DEFAULT_MANIFEST): JsonObject {
  const json = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Json;
  if (!isObject(json) || !isObject(json.manifest)) {
    throw new Error(`${manifestPath}: expected {"manifest": {...}}`);
  }
  return json;
}

/** Fills the manifest's placeholders, or removes what they would have filled. */
export function fillManifest(template: JsonObject, values: ManifestValues): FilledManifest {
  const warnings: string[] = [];
  if (values.lambdaArn !== undefined) checkLambdaArn(values.lambdaArn);
  if (values.privacyPolicyUrl !== undefined) checkPrivacyPolicyUrl(values.privacyPolicyUrl);

  const filled = replaceStrings(template, (s) => {
    let out = s;
    if (values.lambdaArn !== undefined) out = out.split(LAMBDA_ARN_PLACEHOLDER).join(values.lambdaArn);
    if (values.privacyPolicyUrl !== undefined) {
      out = out.split(PRIVACY_POLICY_URL_PLACEHOLDER).join(values.privacyPolicyUrl);
    }
    return out;
  }) as JsonObject;
  const manifest = filled.manifest as JsonObject;

  if (values.lambdaArn === undefined) {
    const custom = isObject(manifest.apis) ? manifest.apis.custom : undefined;
    if (isObject(custom)) delete custom.endpoint;
    delete manifest.events;
    warnings.push(
      'no Lambda ARN: the package has no endpoint and no skill events (fine for creating the skill; ' +
        'add the ARN once the Lambda trusts the skill id)',
    );
  }
  if (values.privacyPolicyUrl === undefined) {
    const privacy = manifest.privacyAndCompliance;
    if (isObject(privacy) && isObject(privacy.locales)) {
      for (const [locale, entry] of Object.entries(privacy.locales)) {
        if (!isObject(entry)) continue;
        delete entry.privacyPolicyUrl;
        if (Object.keys(entry).length === 0) delete privacy.locales[locale];
      }
      if (Object.keys(privacy.locales).length === 0) delete privacy.locales;
    }
    warnings.push('no privacy policy URL: left out of the manifest (required before certification)');
  }

  const left = findPlaceholders(filled);
  if (left.size > 0) throw new Error(`Unfilled placeholders in the manifest: ${[...left].join(', ')}`);
  return { skillJson: filled, warnings };
}

/** The locales the manifest publishes in. */
export function manifestLocales(skillJson: JsonObject): string[] {
  const manifest = skillJson.manifest as JsonObject;
  const publishing = manifest.publishingInformation;
  if (!isObject(publishing) || !isObject(publishing.locales)) {
    throw new Error('The manifest has no publishingInformation.locales');
  }
  return Object.keys(publishing.locales);
}

/**
 * Picks each locale's interaction model: `<locale>.json`, or else the same language's model
 * (preferring `<lang>-US`), which is how en-GB, en-CA, en-AU and en-IN share en-US (docs/architecture.md, "Adding a language").
 */
function pickModels(locales: string[], modelsDir: string, warnings: string[]): Record<string, string> {
  const files = fs.existsSync(modelsDir)
    ? fs.readdirSync(modelsDir).filter((f) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(f)).sort()
    : [];
  const available = files.map((f) => f.replace(/\.json$/, ''));
  const picked: Record<string, string> = {};
  for (const locale of locales) {
    if (available.includes(locale)) {
      picked[locale] = path.join(modelsDir, `${locale}.json`);
      continue;
    }
    const language = locale.split('-')[0];
    const sameLanguage = available.filter((l) => l.startsWith(`${language}-`));
    const fallback = sameLanguage.find((l) => l === `${language}-US`) ?? sameLanguage[0];
    if (!fallback) {
      throw new Error(`No interaction model for ${locale} in ${modelsDir} (nor any ${language}-* model to share)`);
    }
    warnings.push(`${locale}: no ${locale}.json, using ${fallback}.json`);
    picked[locale] = path.join(modelsDir, `${fallback}.json`);
  }
  const unused = available.filter((l) => !locales.includes(l));
  if (unused.length > 0) warnings.push(`interaction models for locales not in the manifest, left out: ${unused.join(', ')}`);
  return picked;
}

function readModel(file: string): JsonObject {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const model = isObject(json) ? json.interactionModel : undefined;
  const languageModel = isObject(model) ? model.languageModel : undefined;
  if (!isObject(languageModel) || typeof languageModel.invocationName !== 'string') {
    throw new Error(`${file}: expected {"interactionModel": {"languageModel": {"invocationName": ...}}}`);
  }
  return json as JsonObject;
}

/** How a phrase opens the skill (English and German, "Alexa, starte meine Gesichtsmassage"). */
const LAUNCH_VERBS = ['open', 'start', 'launch', 'begin', 'play', 'load', 'run', 'use', 'starte', 'öffne'];
/** Words before the invocation name of a one-shot request: "ask … to", "frag …", "öffne … und". */
const CONNECTORS = ['ask', 'tell', 'frag', 'frage'];
const LAUNCH_AND = ['open', 'start', 'öffne', 'starte'].flatMap((v) => [`${v} {inv} and`, `${v} {inv} und`]);

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}' {}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function sampleMatches(sample: string, utterance: string): boolean {
  const pattern = normalize(sample)
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '(.+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(utterance);
}

/**
 * Certification checks the example phrases against the interaction model: the first must name the
 * skill, and what each asks of the skill must be one of the model's sample utterances. Returns one
 * message per phrase that would fail, per locale.
 */
export function checkExamplePhrases(skillJson: JsonObject, models: Record<string, JsonObject>): string[] {
  const problems: string[] = [];
  const locales = ((skillJson.manifest as JsonObject).publishingInformation as JsonObject).locales as JsonObject;
  for (const [locale, info] of Object.entries(locales)) {
    const model = models[locale];
    if (!isObject(info) || !model) continue;
    const languageModel = (model.interactionModel as JsonObject).languageModel as JsonObject;
    const invocation = normalize(String(languageModel.invocationName));
    const intents = Array.isArray(languageModel.intents) ? languageModel.intents : [];
    const samples = intents.flatMap((i) => (isObject(i) && Array.isArray(i.samples) ? i.samples.map(String) : []));
    const phrases = Array.isArray(info.examplePhrases) ? info.examplePhrases.map(String) : [];
    phrases.forEach((phrase, index) => {
      let words = normalize(phrase).replace(/^alexa /, '');
      if (index === 0 && !words.includes(invocation)) {
        problems.push(`${locale}: the first example phrase "${phrase}" does not name "${invocation}"`);
        return;
      }
      if (LAUNCH_VERBS.some((v) => words === `${v} ${invocation}`)) return; // a plain launch
      for (const c of [...CONNECTORS.map((v) => `${v} {inv}`), ...LAUNCH_AND].map((c) => `${c.replace('{inv}', invocation)} `)) {
        if (words.startsWith(c)) words = words.slice(c.length);
      }
      const candidates = [words, words.replace(/^(to|for|about|whether|if|that) /, '')];
      if (!samples.some((s) => candidates.some((u) => sampleMatches(s, u)))) {
        problems.push(`${locale}: example phrase "${phrase}" matches no sample utterance ("${candidates[1]}")`);
      }
    });
  }
  return problems;
}

/** The medical disclaimer certification asks health-adjacent skills for, by language of the locale. */
const MEDICAL_DISCLAIMER: Record<string, RegExp> = {
  en: /does not provide medical advice/i,
  de: /(keine|ersetzt keine) (medizinische|ärztliche) (Beratung|Rat)/i,
};
/** Words that make a health claim; the store text must not (nor anything the skill says). */
const HEALTH_CLAIMS = /\b(detox\w*|cures?|heal(s|ing)?|collagen|anti-ag(e|ei)ing|lymphatic drainage|treats?)\b/i;
const ICON_SIZE = { smallIconUri: 108, largeIconUri: 512 } as const;

function localeInfo(skillJson: JsonObject): [string, JsonObject][] {
  const locales = ((skillJson.manifest as JsonObject).publishingInformation as JsonObject).locales as JsonObject;
  return Object.entries(locales).filter((e): e is [string, JsonObject] => isObject(e[1]));
}

/**
 * What certification would reject that can be seen in the package: one message per problem.
 * `packageDir` is where `file://` icon references are resolved.
 */
export function certificationProblems(skillJson: JsonObject, models: Record<string, JsonObject>, packageDir: string): string[] {
  const problems: string[] = [];
  const manifest = skillJson.manifest as JsonObject;
  const privacy = isObject(manifest.privacyAndCompliance) ? manifest.privacyAndCompliance : {};
  const privacyLocales = isObject(privacy.locales) ? privacy.locales : {};
  for (const [locale, info] of localeInfo(skillJson)) {
    const url = isObject(privacyLocales[locale]) ? (privacyLocales[locale] as JsonObject).privacyPolicyUrl : undefined;
    if (typeof url !== 'string' || !url.startsWith('https://')) {
      problems.push(`${locale}: no https privacy policy URL (set "privacyPolicyUrl" in infra/stages.json, or --privacy-policy-url)`);
    }
    const description = String(info.description ?? '');
    const disclaimer = MEDICAL_DISCLAIMER[locale.split('-')[0]];
    if (!disclaimer) problems.push(`${locale}: no medical disclaimer rule for this language in scripts/skill-package.ts`);
    else if (!disclaimer.test(description)) problems.push(`${locale}: the description has no medical disclaimer (${disclaimer})`);
    for (const field of ['name', 'summary', 'description'] as const) {
      const claim = HEALTH_CLAIMS.exec(String(info[field] ?? ''));
      if (claim) problems.push(`${locale}: the ${field} makes a health claim ("${claim[0]}")`);
    }
    if (String(info.summary ?? '').length > 160) problems.push(`${locale}: the summary is over 160 characters`);
    if (description.length > 4000) problems.push(`${locale}: the description is over 4000 characters`);
    const phrases = Array.isArray(info.examplePhrases) ? info.examplePhrases : [];
    if (phrases.length < 1 || phrases.length > 3) problems.push(`${locale}: ${phrases.length} example phrases (1 to 3)`);
    for (const [field, size] of Object.entries(ICON_SIZE)) {
      const uri = info[field];
      if (typeof uri !== 'string') {
        problems.push(`${locale}: no ${field} (a ${size} px PNG; npx tsx scripts/icons.ts draws one)`);
        continue;
      }
      if (!uri.startsWith('file://')) continue; // a hosted icon: not checked here
      const file = path.join(packageDir, uri.slice('file://'.length));
      const got = fs.existsSync(file) ? pngSize(fs.readFileSync(file)) : undefined;
      if (!got || got.width !== size || got.height !== size) {
        problems.push(`${locale}: ${field} ${uri} is not a ${size} x ${size} PNG${got ? ` (${got.width} x ${got.height})` : ''}`);
      }
    }
  }
  problems.push(...checkExamplePhrases(skillJson, models));
  problems.push(...taskProblems(skillJson, path.join(packageDir, 'tasks')));
  return problems;
}

/**
 * The custom tasks, against the rules Amazon's custom-task and Routines pages state (as public notes
 * report them): a file `<Name>.<version>.json` per task (version a positive integer) with one path,
 * `/<Name>`, POST only, local references only; `x-amzn-alexa-access-scope: public`; display details
 * (title, description) for every locale the skill publishes in; at most one input, a string (or one
 * of an enum), with its own display details for every locale. Every task the manifest names has its
 * file, and every file is named in the manifest.
 */
export function taskProblems(skillJson: JsonObject, tasksDir: string): string[] {
  const problems: string[] = [];
  const custom = ((skillJson.manifest as JsonObject).apis as JsonObject | undefined)?.custom;
  const declared = isObject(custom) && Array.isArray(custom.tasks) ? custom.tasks.filter(isObject) : [];
  const files = fs.existsSync(tasksDir) ? fs.readdirSync(tasksDir).filter((f) => f.endsWith('.json')) : [];
  const locales = localeInfo(skillJson).map(([l]) => l);
  for (const t of declared) {
    if (!files.includes(`${t.name}.${t.version}.json`)) problems.push(`task ${t.name} version ${t.version}: no tasks/${t.name}.${t.version}.json`);
  }
  for (const file of files) {
    const m = /^([A-Za-z][A-Za-z0-9]*)\.([1-9]\d*)\.json$/.exec(file);
    if (!m) {
      problems.push(`tasks/${file}: the name must be <TaskName>.<positive version>.json`);
      continue;
    }
    const [, name, version] = m;
    const where = `tasks/${file}`;
    if (!declared.some((t) => t.name === name && String(t.version) === version)) problems.push(`${where}: not in the manifest's apis.custom.tasks`);
    const task = JSON.parse(fs.readFileSync(path.join(tasksDir, file), 'utf8')) as JsonObject;
    const info = isObject(task.info) ? task.info : {};
    if (!String(task.openapi ?? '').startsWith('3.')) problems.push(`${where}: not an OpenAPI 3 document`);
    if (String(info.version) !== version) problems.push(`${where}: info.version is not ${version}`);
    if (info['x-amzn-alexa-access-scope'] !== 'public') problems.push(`${where}: x-amzn-alexa-access-scope is not "public"`);
    const display = isObject(info['x-amzn-display-details']) ? info['x-amzn-display-details'] : {};
    for (const locale of locales) {
      const d = display[locale];
      if (!isObject(d) || typeof d.title !== 'string' || !d.title || typeof d.description !== 'string' || !d.description) {
        problems.push(`${where}: no display details (title, description) for ${locale}`);
      }
    }
    const paths = isObject(task.paths) ? Object.entries(task.paths) : [];
    if (paths.length !== 1 || paths[0][0] !== `/${name}`) problems.push(`${where}: exactly one path, /${name}`);
    const operation = paths[0]?.[1];
    const methods = isObject(operation) ? Object.keys(operation).filter((k) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(k)) : [];
    if (methods.join() !== 'post') problems.push(`${where}: POST is the only method allowed (found ${methods.join(', ') || 'none'})`);
    for (const ref of JSON.stringify(task).matchAll(/"\$ref":"([^"]*)"/g)) {
      if (!ref[1].startsWith('#/')) problems.push(`${where}: only references inside the file are allowed (${ref[1]})`);
    }
    const schemas = isObject(task.components) && isObject(task.components.schemas) ? task.components.schemas : {};
    const inputs = Object.values(schemas).flatMap((schema) => (isObject(schema) && isObject(schema.properties) ? Object.entries(schema.properties) : []));
    if (inputs.length > 1) problems.push(`${where}: ${inputs.length} inputs (${inputs.map(([k]) => k).join(', ')}); Routines take at most one`);
    for (const [input, schema] of inputs) {
      if (!isObject(schema) || schema.type !== 'string') problems.push(`${where}: input ${input} is not a string`);
      const details = isObject(schema) && isObject(schema['x-amzn-display-details']) ? schema['x-amzn-display-details'] : {};
      for (const locale of locales) {
        const d = details[locale];
        if (!isObject(d) || typeof d.title !== 'string' || !d.title) problems.push(`${where}: input ${input} has no display details for ${locale}`);
      }
    }
  }
  return problems;
}

function writeJson(file: string, value: Json): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes the skill package to `outDir` and returns what went in. */
export function buildSkillPackage(options: BuildSkillPackageOptions): SkillPackage {
  const outDir = path.resolve(options.outDir);
  const { skillJson, warnings } = fillManifest(readManifestTemplate(options.manifestPath), options);
  const locales = manifestLocales(skillJson);
  const models = pickModels(locales, options.modelsDir ?? DEFAULT_MODELS_DIR, warnings);

  // Replace only what this function writes; never wipe the directory itself.
  fs.rmSync(path.join(outDir, 'skill.json'), { force: true });
  fs.rmSync(path.join(outDir, 'interactionModels'), { recursive: true, force: true });
  writeJson(path.join(outDir, 'skill.json'), skillJson);
  const loaded: Record<string, JsonObject> = {};
  for (const locale of locales) {
    loaded[locale] = readModel(models[locale]);
    writeJson(path.join(outDir, 'interactionModels', 'custom', `${locale}.json`), loaded[locale]);
  }
  // Custom tasks an Alexa Routine can run (skill-package/tasks/<Name>.<version>.json), and the icons
  // the manifest names as file://assets/... (skill-package/assets/).
  const sourceDir = path.dirname(options.manifestPath ?? DEFAULT_MANIFEST);
  for (const dir of ['tasks', 'assets']) {
    fs.rmSync(path.join(outDir, dir), { recursive: true, force: true });
    if (fs.existsSync(path.join(sourceDir, dir))) fs.cpSync(path.join(sourceDir, dir), path.join(outDir, dir), { recursive: true });
  }
  const problems = certificationProblems(skillJson, loaded, outDir);
  if (problems.length > 0 && !options.allowUncertifiable) {
    throw new Error(`The skill package would not pass certification:\n  - ${problems.join('\n  - ')}`);
  }
  warnings.push(...problems);
  return { outDir, skillJson, models, warnings };
}

function parseArgs(argv: string[]): { lambdaArn?: string; privacyPolicyUrl?: string; outDir: string } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
    return v;
  };
  for (const a of argv) {
    if (a.startsWith('--') && !['--lambda-arn', '--privacy-policy-url', '--out'].includes(a)) {
      throw new Error(`Unknown option ${a}`);
    }
  }
  return {
    lambdaArn: get('--lambda-arn') ?? (process.env.LAMBDA_ARN || undefined),
    privacyPolicyUrl: get('--privacy-policy-url') ?? (process.env.PRIVACY_POLICY_URL || readStages().privacyPolicyUrl || undefined),
    outDir: path.resolve(get('--out') ?? DEFAULT_OUT_DIR),
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const result = buildSkillPackage(args);
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  console.log(`skill package: ${path.relative(process.cwd(), result.outDir) || '.'}`);
  for (const [locale, file] of Object.entries(result.models)) {
    console.log(`  interactionModels/custom/${locale}.json  <-  ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    process.exit(1);
  }
}
