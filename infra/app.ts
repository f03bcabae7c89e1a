/**
 * The CDK app: one stack per stage, FaceMassage-dev and FaceMassage-live, of which one is synthesized
 * at a time (`-c stage=live`; default dev). What a stage is deployed with comes from the committed
 * infra/stages.json (infra/stages.ts); context (-c key=value) or the environment overrides it:
 *
 *   context          environment       meaning
 *   stage            STAGE             dev or live
 *   skillId          SKILL_ID          the stage's skill id: the Alexa trigger is for this skill only
 *   firstDeploy      -                 true: synthesize without a skill id on purpose (no trigger at all)
 *   alarmEmail       ALARM_EMAIL       email subscribed to the alarms
 *   budgetSeconds    BUDGET_SECONDS    lowers the per-response sound budget (seconds)
 *   provisionedConcurrency  -          instances kept warm (default 0, off; docs/deploy.md)
 *
 * Without a skill id, and without firstDeploy, the synth fails and says what to do.
 * Synthesizes with no AWS credentials and no network; the region is pinned by infra/stages.json.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FaceMassageStack } from './stack';
import { isStage, readStages, STAGES, stackName } from './stages';

const app = new App();

function setting(contextKey: string, envKey?: string): string | undefined {
  const value: unknown = app.node.tryGetContext(contextKey) ?? (envKey ? process.env[envKey] : undefined);
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

try {
  const stage = setting('stage', 'STAGE') ?? 'dev';
  if (!isStage(stage)) throw new Error(`-c stage must be one of ${STAGES.join(', ')}, got "${stage}"`);
  const settings = readStages().stages[stage];
  const budget = setting('budgetSeconds', 'BUDGET_SECONDS');
  new FaceMassageStack(app, stackName(stage), {
    description: `Face Massage Alexa skill, ${stage} stage: Lambda, DynamoDB table, alarms`,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: settings.region },
    stage,
    skillId: setting('skillId', 'SKILL_ID') ?? settings.skillId ?? undefined,
    firstDeploy: setting('firstDeploy') === 'true',
    alarmEmail: setting('alarmEmail', 'ALARM_EMAIL') ?? settings.alarmEmail ?? undefined,
    budgetSeconds: budget === undefined ? undefined : Number(budget),
    provisionedConcurrency: Number(setting('provisionedConcurrency') ?? 0),
  });
} catch (err) {
  // A configuration problem: the message says what to do; a stack trace would only bury it.
  console.error(`\nerror: ${(err as Error).message}\n`);
  process.exit(1);
}

// cdk-nag 3: the AwsSolutions rules run as a policy-validation plugin; a finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

app.synth();
