// What the agent API handler is built from (its own module so the wiring and the handler need not import
// each other).
import type { AgentDeskDeps } from '../core/agent-desk';
import type { Privacy } from '../core/privacy';
import type { MediaReader } from './agent-api-media';
import type { VideoJoinService } from './agent-api-video';
import type { ConsolePageOptions } from './agent-console-page';

export type AgentAuth =
  /** Local stack and self-hosting: one shared bearer token; the agent names themselves in `x-agent-name`. */
  | { mode: 'token'; token?: string }
  /** AWS: API Gateway verified the Cognito JWT; the handler reads the agent from its claims. */
  | { mode: 'cognito' };

export interface AgentApiDeps extends AgentDeskDeps {
  auth: AgentAuth;
  /** Where the worker stored inbound media; without it every media request is 404. */
  media?: MediaReader;
  /** How the console page signs agents in; without it /console is 404. */
  console?: ConsolePageOptions;
  /** Verifies `/video/{token}` links (VIDEO_LINK_SECRET) and where they lead. */
  video?: { secret: string; roomUrl(room: string): string };
  /** VIDEO_ROOM=chime: `/video/{token}` serves a join page and its join info instead (agent-api-video.ts). */
  videoJoin?: VideoJoinService;
  /** Product names for the insights report (agent-api-insights.ts); ids are shown without it. */
  productName?(productId: string): Promise<string | undefined>;
  /** Shopper export and erasure (agent-api-privacy.ts); without it the privacy routes answer 501. */
  shopperPrivacy?: Privacy;
}
