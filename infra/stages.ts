/**
 * infra/stages.json: what each stage is deployed with, committed with the code. `npm run deploy` writes
 * the skill id there after creating a skill, and every synth reads it, so that no deploy can lose the
 * Alexa trigger through a forgotten option (docs/deploy.md).
 *
 *   privacyPolicyUrl   the skill's privacy policy (https), put in both stages' manifests
 *   stages.<stage>     region (one with the Alexa trigger), skillId, alarmEmail
 *
 * Nothing in it is secret: a skill id is visible to anyone who can see the Lambda's permission.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './bundling';

/** The stages: each is its own stack (function, table, alarms) serving its own skill. */
export const STAGES = ['dev', 'live'] as const;
export type StageName = (typeof STAGES)[number];

/** The stack of a stage: FaceMassage-dev, FaceMassage-live. */
export function stackName(stage: StageName): string {
  return `FaceMassage-${stage}`;
}

export const STAGES_FILE = path.join(REPO_ROOT, 'infra', 'stages.json');

export interface StageSettings {
  region: string;
  skillId?: string | null;
  alarmEmail?: string | null;
}

export interface StagesFile {
  privacyPolicyUrl?: string | null;
  stages: Record<StageName, StageSettings>;
}

export function readStages(file = STAGES_FILE): StagesFile {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as StagesFile;
  for (const stage of STAGES) {
    if (typeof json.stages?.[stage]?.region !== 'string') throw new Error(`${file}: stages.${stage}.region is missing`);
  }
  return json;
}

/** Records a stage's skill id (the only thing the deploy writes), keeping the rest of the file as it was. */
export function recordSkillId(stage: StageName, skillId: string, file = STAGES_FILE): void {
  const json = readStages(file);
  json.stages[stage].skillId = skillId;
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

export function isStage(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
