// The table's schema as a CreateTable input. The local stack creates dynalite's table from it; the CDK
// stack declares the same keys (PK/SK, GSI1 GSI1PK/GSI1SK, TTL attribute `ttl`).
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { ATTR, GSI1 } from './keys';

/** Name of the TTL attribute (epoch seconds). dynalite never expires items: readers filter on it. */
export const TTL_ATTRIBUTE = ATTR.ttl;

/**
 * The CreateTable input for the single table.
 * @example
 * await client.send(new CreateTableCommand(tableDefinition('crossdesk')));
 */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: ATTR.pk, AttributeType: 'S' },
      { AttributeName: ATTR.sk, AttributeType: 'S' },
      { AttributeName: ATTR.gsi1pk, AttributeType: 'S' },
      { AttributeName: ATTR.gsi1sk, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: ATTR.pk, KeyType: 'HASH' },
      { AttributeName: ATTR.sk, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: GSI1,
        KeySchema: [
          { AttributeName: ATTR.gsi1pk, KeyType: 'HASH' },
          { AttributeName: ATTR.gsi1sk, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
