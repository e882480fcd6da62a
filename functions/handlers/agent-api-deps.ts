// What the agent API handler is built from (its own module so the wiring and the handler need not import
// each other).
import type { AgentDeskDeps } from '../core/agent-desk';
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
}
