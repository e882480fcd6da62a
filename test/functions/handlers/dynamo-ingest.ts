// The ingest handler over a fresh dynalite table, with a queue that records what it was given: what the
// poison-body and fuzz tests send correctly signed bodies to.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { inboundChannels } from '../../../functions/channels/registry';
import type { ChannelName, QueuedTurn } from '../../../functions/core/types';
import { createWebhookHandler } from '../../../functions/handlers/webhook';
import { createDynamoStores } from '../../../functions/stores/dynamo/index';
import { startDynalite } from '../../../lib/local/dynalite';
import { createLambdaContext } from '../../../lib/local/lambda-context';
import { SECRETS, signedEvent } from '../channels/webhook-harness';

export async function startDynamoIngest(tableName: string) {
  const dynamo = await startDynalite({ tableName });
  const stores = createDynamoStores({ tableName, client: dynamo.client });
  const queued: QueuedTurn[] = [];
  const handler = createWebhookHandler({
    channels: inboundChannels(SECRETS),
    claims: stores.claims,
    messages: stores.messages,
    statuses: stores.statuses,
    // As deployed: a message older than the dedupe window is ignored.
    maxEventAgeSeconds: 7 * 86_400,
    queue: {
      async enqueue(_group, _dedup, body) {
        queued.push(JSON.parse(body) as QueuedTurn);
      },
    },
  });
  const invoke = async (channel: ChannelName, body: string) =>
    (await handler(
      signedEvent(channel, Buffer.from(body, 'utf8')),
      createLambdaContext({ functionName: 'webhook' }),
    )) as APIGatewayProxyStructuredResultV2;
  return { invoke, queued, stop: () => dynamo.stop() };
}
