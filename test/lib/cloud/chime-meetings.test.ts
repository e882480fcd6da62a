// Video rooms on Amazon Chime SDK meetings in the stack: chosen by `videoRoom: 'chime'`, the agent API alone
// may CreateMeeting and CreateAttendee (on "*", acknowledged: Chime has no resource-level permissions), the
// worker and the agent API are told, and nothing of it exists when the merchant stays on Jitsi.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import {
  buildChimeSdkAsset,
  CHIME_ACTIONS,
  ChimeMeetingsConfigError,
  chimeSdkAfterBundling,
} from '../../../lib/cloud/chime-meetings';
import { CrossdeskStack, type CrossdeskStackProps } from '../../../lib/cloud/crossdesk-stack';
import { readMerchantConfigFile } from '../../../lib/cloud/merchant-config-file';
import { FUNCTIONS, stackView } from './stack-view';

// Unit synths skip esbuild, as in crossdesk-stack.test.ts.
function synth(props: Partial<CrossdeskStackProps> = {}, withNag = false) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new CrossdeskStack(app, 'Test', { config: readMerchantConfigFile(), ...props });
  if (withNag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

function inspect(template: Template) {
  return stackView(template.toJSON().Resources as Parameters<typeof stackView>[0]);
}

describe('Chime meetings in the stack', () => {
  it('by default (Jitsi) no function may call Chime and none is told about it', () => {
    const t = inspect(Template.fromStack(synth().stack));
    for (const fn of FUNCTIONS) {
      expect(t.actions(fn).filter((a) => a.startsWith('chime:'))).toEqual([]);
      expect(t.env(fn).VIDEO_ROOM).toBeUndefined();
      expect(t.env(fn).CHIME_MEDIA_REGION).toBeUndefined();
    }
    // Choosing Jitsi explicitly is the same stack.
    const jitsi = inspect(Template.fromStack(synth({ videoRoom: 'jitsi' }).stack));
    expect(FUNCTIONS.flatMap((fn) => jitsi.actions(fn)).filter((a) => a.startsWith('chime:'))).toEqual([]);
  });

  it('with videoRoom \'chime\' only the agent API may CreateMeeting and CreateAttendee, on "*", and nothing more', () => {
    const t = inspect(
      Template.fromStack(synth({ videoRoom: 'chime', chimeMediaRegion: 'eu-central-1' }).stack),
    );
    const chime = t.statements('agentApi').filter((s) => JSON.stringify(s.Action).includes('chime:'));
    expect(chime).toEqual([{ Action: [...CHIME_ACTIONS], Effect: 'Allow', Resource: '*' }]);
    for (const fn of FUNCTIONS.filter((f) => f !== 'agentApi'))
      expect(t.actions(fn).filter((a) => a.startsWith('chime:'))).toEqual([]);
    // The worker makes links (its meetings are created on first join, by the agent API), so it is told too.
    for (const fn of ['worker', 'agentApi'] as const)
      expect(t.env(fn)).toMatchObject({ VIDEO_ROOM: 'chime', CHIME_MEDIA_REGION: 'eu-central-1' });
    for (const fn of ['ingest', 'delayScan', 'tracking'] as const)
      expect(t.env(fn).VIDEO_ROOM).toBeUndefined();
  });

  it('the media Region defaults to us-east-1', () => {
    const t = inspect(Template.fromStack(synth({ videoRoom: 'chime' }).stack));
    expect(t.env('agentApi').CHIME_MEDIA_REGION).toBe('us-east-1');
  });

  it('cdk-nag: the "*" is acknowledged with its reason; synth passes', () => {
    const { app } = synth({ videoRoom: 'chime' }, true);
    expect(() => app.synth()).not.toThrow();
  });

  it('rejects a media Region that is no Region, and a media Region without Chime', () => {
    expect(() => synth({ videoRoom: 'chime', chimeMediaRegion: 'Frankfurt' })).toThrow(
      ChimeMeetingsConfigError,
    );
    expect(() => synth({ chimeMediaRegion: 'eu-central-1' })).toThrow(/videoRoom is not 'chime'/);
  });

  it("the agent API's asset gets the join page's browser SDK (afterBundling), built offline", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'crossdesk-chime-asset-'));
    try {
      const [command] = chimeSdkAfterBundling(out);
      expect(command).toContain(path.join(out, 'chime-sdk.js'));
      await buildChimeSdkAsset(path.join(out, 'chime-sdk.js'));
      const js = readFileSync(path.join(out, 'chime-sdk.js'), 'utf8');
      expect(js).toContain('ChimeSDK');
      expect(js).not.toMatch(/require\("node:/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('real bundling: chime-sdk.js lands beside index.mjs of the agent API only', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'crossdesk-chime-synth-'));
    try {
      const app = new App({ outdir });
      new CrossdeskStack(app, 'Chime', { config: readMerchantConfigFile(), videoRoom: 'chime' });
      app.synth();
      const assets = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
      const withSdk = assets.filter((asset) => existsSync(path.join(outdir, asset, 'chime-sdk.js')));
      expect(withSdk).toHaveLength(1);
      const dir = path.join(outdir, withSdk[0]!);
      expect(readFileSync(path.join(dir, 'index.mjs'), 'utf8')).toContain('video join failed');
      expect(statSync(path.join(dir, 'chime-sdk.js')).size).toBeGreaterThan(500_000);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 180_000);
});
