// Every order the demo seed wrote, straight from the table (tests pick customers in a given state this way).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Order } from '../../functions/core/types';
import { bodyOf } from '../../functions/stores/dynamo/orders';

/** Scans the order items (`SK = ORDER`) of a table, sorted by order id. The client defaults to the SDK's own. */
export async function scanOrders(
  tableName: string,
  client: DynamoDBClient = new DynamoDBClient({}),
): Promise<Order[]> {
  const doc = DynamoDBDocumentClient.from(client);
  const orders: Order[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({
        TableName: tableName,
        ExclusiveStartKey: start,
        FilterExpression: 'SK = :sk',
        ExpressionAttributeValues: { ':sk': 'ORDER' },
      }),
    );
    for (const item of page.Items ?? []) orders.push(bodyOf(item) as Order);
    start = page.LastEvaluatedKey;
  } while (start);
  return orders.sort((a, b) => a.id.localeCompare(b.id));
}
