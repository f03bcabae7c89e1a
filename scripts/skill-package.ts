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
 * dist/skill-package). The command line also writes `ask-resources.json` next to DIR (when there is
 * none), so that `cd dist && ask deploy` can create or update the skill (see docs/deploy.md).
 *
 * Without a Lambda ARN the package has no endpoint and no events section: that is the package to
 * create a skill with, before the Lambda trusts the new skill id (Alexa refuses an endpoint whose
 * Lambda has no Alexa Skills Kit trigger for the skill). Without a privacy policy URL, the privacy
 * URLs are left out: allowed while developing, required for certification.
 */
import * as fs from 'fs';
import * as path from 'path';

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
 * (preferring `<lang>-US`), which is how en-GB, en-CA, en-AU and en-IN share en-US (DESIGN.md §4).
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

const LAUNCH_VERBS = ['open', 'start', 'launch', 'begin', 'play', 'load', 'run', 'use'];
const CONNECTORS = ['ask', 'tell'];

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9' {}]+/g, ' ').replace(/\s+/g, ' ').trim();
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
      for (const c of CONNECTORS) {
        if (words.startsWith(`${c} ${invocation} `)) words = words.slice(`${c} ${invocation} `.length);
      }
      const candidates = [words, words.replace(/^(to|for|about|whether|if|that) /, '')];
      if (!samples.some((s) => candidates.some((u) => sampleMatches(s, u)))) {
        problems.push(`${locale}: example phrase "${phrase}" matches no sample utterance ("${candidates[1]}")`);
      }
    });
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
  // Custom tasks an Alexa Routine can run (skill-package/tasks/<Name>.<version>.json).
  const tasksDir = path.join(path.dirname(options.manifestPath ?? DEFAULT_MANIFEST), 'tasks');
  fs.rmSync(path.join(outDir, 'tasks'), { recursive: true, force: true });
  if (fs.existsSync(tasksDir)) fs.cpSync(tasksDir, path.join(outDir, 'tasks'), { recursive: true });
  warnings.push(...checkExamplePhrases(skillJson, loaded));
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
    privacyPolicyUrl: get('--privacy-policy-url') ?? (process.env.PRIVACY_POLICY_URL || undefined),
    outDir: path.resolve(get('--out') ?? DEFAULT_OUT_DIR),
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const result = buildSkillPackage(args);
  // An ASK CLI project around the package, for `ask deploy` (kept if it exists: it may have been edited).
  const askResources = path.join(path.dirname(result.outDir), 'ask-resources.json');
  if (!fs.existsSync(askResources)) {
    writeJson(askResources, {
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillMetadata: { src: `./${path.basename(result.outDir)}` } } },
    });
  }
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  console.log(`skill package: ${path.relative(process.cwd(), result.outDir) || '.'}`);
  for (const [locale, file] of Object.entries(result.models)) {
    console.log(`  interactionModels/custom/${locale}.json  <-  ${path.relative(process.cwd(), file)}`);
  }
  console.log(`ASK CLI project file: ${path.relative(process.cwd(), askResources)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    process.exit(1);
  }
}
