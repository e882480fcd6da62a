// Video rooms on Amazon Chime SDK meetings (videoRoom: 'chime'): the settings the functions read, the one
// grant the agent API needs, and the browser bundle of amazon-chime-sdk-js its join page loads.
//
// Run as a script it writes that bundle: `node --import tsx lib/cloud/chime-meetings.ts <outputDir>` (the
// agent API's afterBundling hook does, so `chime-sdk.js` sits next to the handler's `index.mjs`).
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Stack, Validations } from 'aws-cdk-lib';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CHIME_SDK_FILE, chimeSdkBuildOptions } from '../../functions/services/video-room-chime-sdk';
import { PROJECT_ROOT } from './bundling';
import type { CrossdeskFunction } from './crossdesk-function';

export type VideoRoomKind = 'jitsi' | 'chime';

export interface ChimeMeetingsProps {
  /** Who hosts the video rooms agents open. @default 'jitsi' (public Jitsi Meet rooms; no AWS grant) */
  readonly videoRoom?: VideoRoomKind;
  /** With 'chime': the Region hosting the meetings' media, near the shoppers. @default 'us-east-1' */
  readonly chimeMediaRegion?: string;
}

export class ChimeMeetingsConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChimeMeetingsConfigError';
  }
}

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** The Chime SDK Meetings actions the room service calls: nothing to list, read, delete or tag. */
export const CHIME_ACTIONS = ['chime:CreateMeeting', 'chime:CreateAttendee'] as const;

/**
 * Sets the video-room settings on every function that makes or serves links, and grants CreateMeeting and
 * CreateAttendee to those that call Chime (only the agent API: the worker's links create their meeting on
 * the first join, which the agent API serves).
 * @example
 * bindChimeMeetings({ settings: [worker, agentApi], callers: [agentApi] }, { videoRoom: 'chime', chimeMediaRegion: 'eu-central-1' });
 */
export function bindChimeMeetings(
  functions: {
    readonly settings: readonly CrossdeskFunction[];
    readonly callers: readonly CrossdeskFunction[];
  },
  props: ChimeMeetingsProps,
): Policy[] {
  if ((props.videoRoom ?? 'jitsi') !== 'chime') {
    if (props.chimeMediaRegion !== undefined)
      throw new ChimeMeetingsConfigError("chimeMediaRegion is set but videoRoom is not 'chime'");
    return [];
  }
  const mediaRegion = props.chimeMediaRegion ?? 'us-east-1';
  if (!REGION.test(mediaRegion))
    throw new ChimeMeetingsConfigError(`chimeMediaRegion "${mediaRegion}" is not a Region code`);
  for (const fn of functions.settings) {
    fn.addEnvironment('VIDEO_ROOM', 'chime');
    fn.addEnvironment('CHIME_MEDIA_REGION', mediaRegion);
  }
  return functions.callers.map((fn) => {
    const policy = new Policy(Stack.of(fn), `${fn.node.id}ChimePolicy`, {
      statements: [new PolicyStatement({ actions: [...CHIME_ACTIONS], resources: ['*'] })],
    });
    policy.attachToRole(fn.serviceRole);
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Amazon Chime SDK meeting actions support no resource-level permissions (CreateMeeting makes a meeting whose id does not exist yet; AWS\'s own AmazonChimeSDK policy uses "*"); this policy holds only CreateMeeting and CreateAttendee: no Get, List, Delete or tagging.',
    });
    return policy;
  });
}

/** The agent API's afterBundling command: writes `chime-sdk.js` into the asset. */
export function chimeSdkAfterBundling(outputDir: string): string[] {
  const script = fileURLToPath(import.meta.url);
  // From the project root, where `tsx` and amazon-chime-sdk-js resolve.
  return [
    `cd "${PROJECT_ROOT}" && "${process.execPath}" --import tsx "${script}" "${path.join(outputDir, CHIME_SDK_FILE)}"`,
  ];
}

/**
 * Builds the browser bundle of amazon-chime-sdk-js into `outfile`.
 * @example
 * await buildChimeSdkAsset('/tmp/asset/chime-sdk.js');
 */
export async function buildChimeSdkAsset(outfile: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build(chimeSdkBuildOptions(PROJECT_ROOT, outfile) as Parameters<typeof esbuild.build>[0]);
}

function invokedPath(): string | undefined {
  try {
    return process.argv[1] ? realpathSync(path.resolve(process.argv[1])) : undefined;
  } catch {
    return undefined;
  }
}
const invoked = invokedPath();
if (invoked && import.meta.url === pathToFileURL(invoked).href) {
  const outfile = process.argv[2];
  if (!outfile) throw new Error('usage: chime-meetings.ts <outfile>');
  await buildChimeSdkAsset(outfile);
}
