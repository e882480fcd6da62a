// The single table's key shapes. The only file that knows them: adapters, the seed and the table
// definition all build keys through these helpers.
//
//   item               PK                    SK                         GSI1PK                  GSI1SK
//   event claim        EVENT#<eventId>       CLAIM                      –                       –          (ttl)
//   conversation       CONV#<id>             STATE                      –                       –
//   message log entry  CONV#<id>             MSG#<at>#<id>              –                       –
//   delivery status    CONV#<id>             STATUS#<at>#<wamid>#<st>   –                       –          (ttl)
//   order              ORDER#<id>            ORDER                      PHONE#<digits>          ORDER#<placedAt>#<id>
//   order (by cust.)   ORDER#<id>            CUSTOMER                   CUSTOMER#<customerId>   ORDER#<placedAt>#<id>
//   shipment           SHIPMENT#<tracking>   SHIPMENT                   ORDERSHIP#<orderId>     SHIPMENT#<tracking>
//   product            PRODUCT#<id>          PRODUCT                    PRODUCTS                PRODUCT#<id>
//   seed marker        META                  SEED#<version>             –                       –
//
// An order is written twice (one item per GSI1 access path) because one GSI serves both phone and
// customer look-ups and an item has one GSI1PK. Both copies carry the whole order, so a query needs
// no second read.

export const ATTR = {
  pk: 'PK',
  sk: 'SK',
  gsi1pk: 'GSI1PK',
  gsi1sk: 'GSI1SK',
  ttl: 'ttl',
} as const;

export const GSI1 = 'GSI1';

export interface Key {
  PK: string;
  SK: string;
}

export const digitsOnly = (phone: string): string => phone.replace(/\D/g, '');

export const keys = {
  claim: (eventId: string): Key => ({ PK: `EVENT#${eventId}`, SK: 'CLAIM' }),

  conversation: (id: string): Key => ({ PK: `CONV#${id}`, SK: 'STATE' }),
  messagePk: (conversationId: string): string => `CONV#${conversationId}`,
  messageSkPrefix: 'MSG#',
  message: (conversationId: string, at: string, id: string): Key => ({
    PK: `CONV#${conversationId}`,
    SK: `MSG#${at}#${id}`,
  }),
  status: (conversationId: string, at: string, platformMessageId: string, status: string): Key => ({
    PK: `CONV#${conversationId}`,
    SK: `STATUS#${at}#${platformMessageId}#${status}`,
  }),

  order: (orderId: string): Key => ({ PK: `ORDER#${orderId}`, SK: 'ORDER' }),
  orderByCustomer: (orderId: string): Key => ({ PK: `ORDER#${orderId}`, SK: 'CUSTOMER' }),
  phoneIndex: (phone: string): string => `PHONE#${digitsOnly(phone)}`,
  customerIndex: (customerId: string): string => `CUSTOMER#${customerId}`,
  orderSort: (placedAt: string, orderId: string): string => `ORDER#${placedAt}#${orderId}`,

  shipment: (trackingNumber: string): Key => ({ PK: `SHIPMENT#${trackingNumber}`, SK: 'SHIPMENT' }),
  shipmentsOfOrderIndex: (orderId: string): string => `ORDERSHIP#${orderId}`,
  shipmentSort: (trackingNumber: string): string => `SHIPMENT#${trackingNumber}`,

  product: (productId: string): Key => ({ PK: `PRODUCT#${productId}`, SK: 'PRODUCT' }),
  productsIndex: 'PRODUCTS',
  productSort: (productId: string): string => `PRODUCT#${productId}`,

  seedMarker: (version: string): Key => ({ PK: 'META', SK: `SEED#${version}` }),
} as const;

/** Epoch seconds `ttlSeconds` from `nowMs`, as DynamoDB's TTL attribute wants it. */
export const ttlFrom = (nowMs: number, ttlSeconds: number): number => Math.floor(nowMs / 1000) + ttlSeconds;
