/**
 * The CDK app: one stack, FaceMassage. Settings come from CDK context (-c key=value), else from the
 * environment:
 *
 *   context          environment            meaning
 *   skillId          SKILL_ID               the skill id; adds the Alexa trigger for it (docs/deploy.md)
 *   privacyPolicyUrl PRIVACY_POLICY_URL     the skill's privacy policy (https)
 *   vendorId         ALEXA_VENDOR_ID        with lwaSecretName: the stack manages the skill (CfnSkill)
 *   lwaSecretName    LWA_SECRET_NAME        Secrets Manager secret {clientId, clientSecret, refreshToken}
 *   alarmEmail       ALARM_EMAIL            email subscribed to the alarms
 *   budgetSeconds    BUDGET_SECONDS         lowers the per-response sound budget (seconds)
 *
 * Synthesizes with no AWS credentials and no network: the stack is environment-agnostic unless the
 * CLI knows an account (CDK_DEFAULT_ACCOUNT), and nothing is looked up.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FaceMassageStack } from './stack';

const app = new App();

function setting(contextKey: string, envKey: string): string | undefined {
  const value: unknown = app.node.tryGetContext(contextKey) ?? process.env[envKey];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

const budget = setting('budgetSeconds', 'BUDGET_SECONDS');

new FaceMassageStack(app, 'FaceMassage', {
  description: 'Face Massage Alexa skill: Lambda, DynamoDB table, alarms (and the skill, when managed here)',
  env: process.env.CDK_DEFAULT_ACCOUNT
    ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }
    : undefined,
  skillId: setting('skillId', 'SKILL_ID'),
  privacyPolicyUrl: setting('privacyPolicyUrl', 'PRIVACY_POLICY_URL'),
  vendorId: setting('vendorId', 'ALEXA_VENDOR_ID'),
  lwaSecretName: setting('lwaSecretName', 'LWA_SECRET_NAME'),
  alarmEmail: setting('alarmEmail', 'ALARM_EMAIL'),
  budgetSeconds: budget === undefined ? undefined : Number(budget),
});

// cdk-nag 3: the AwsSolutions rules run as a policy-validation plugin; a finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

app.synth();
