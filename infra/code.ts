import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import { lambdaBuild, REPO_ROOT } from './bundling';

/**
 * A function's code asset: `entry` bundled by esbuild on this machine at synth time, with the options of
 * `npm run build` (lambdaBuild, infra/bundling.ts): `index.mjs` (handler `index.handler`), its source
 * map, and the chunks it imports later (`chunks/`, the SQS client among them), all deployed together.
 * No Docker, no network. The asset's hash is the hash of that output.
 *
 * Not NodejsFunction: it bundles to a single `--outfile`, which cannot hold the chunks.
 */
export function lambdaCode(entry: string): Code {
  return Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type, never used: the local bundling below always succeeds or throws.
      image: DockerImage.fromRegistry('local-esbuild-only'),
      local: {
        tryBundle(outputDir: string): boolean {
          buildSync({ ...lambdaBuild(outputDir, entry), logLevel: 'warning' });
          return true;
        },
      },
    },
  });
}
