// The single table's key shapes. The only file that knows them: adapters, the seed and the table
// definition all build keys through these helpers.
//
//   item               PK                    SK                         GSI1PK                  GSI1SK
//   event claim        EVENT#<eventId>       CLAIM                      –                       –          (ttl)
//   conversation       CONV#<id>             STATE                      DESK#<status>*          <sortAt>#<id>   (*only once handed off)
//   message log entry  CONV#<id>             MSG#<at>#<id>              –                       –
//   delivery status    CONV#<id>             STATUS#<at>#<wamid>#<st>   –                       –          (ttl)
//   order              ORDER#<id>            ORDER                      PHONE#<digits>          ORDER#<placedAt>#<id>
//   order (by cust.)   ORDER#<id>            CUSTOMER                   CUSTOMER#<customerId>   ORDER#<placedAt>#<id>
//   shipment           SHIPMENT#<tracking>   SHIPMENT                   ORDERSHIP#<orderId>     SHIPMENT#<tracking>
//   shipment watch     SHIPMENT#<tracking>   WATCH                      WATCH#<due day>*        <dueAt>#<tracking>  (*open shipments only)
//   customer's chat    CUSTCONV#<customerId> CONV#<conversationId>      –                       –
//   product            PRODUCT#<id>          PRODUCT                    PRODUCTS                PRODUCT#<id>
//   support case       CASE#<id>             CASE                       ORDERCASE#<orderId>     CASE#<createdAt>#<id>
//   cached translation TRANSLATION#<key>     TRANSLATION                –                       –          (ttl)
//   counter            COUNTER#<key>         COUNTER                    –                       –          (ttl)
//   seed marker        META                  SEED#<version>             –                       –
//   insight event      INSIGHT#<day>#<shard> <at>#<id>                  –                       –          (ttl)
//   insights summary   INSIGHT#SUMMARY#<day> SUMMARY                    –                       –          (ttl)
//
// An order is written twice (one item per GSI1 access path) because one GSI serves both phone and
// customer look-ups and an item has one GSI1PK. Both copies carry the whole order, so a query needs
// no second read.
//
// Claims are the only items whose PK starts with CLAIM_PK_PREFIX: the ingest function's IAM policy relies
// on that to allow DeleteItem (releasing a claim) on claim items and nothing else.

import { deskStatus } from '../core/desk-status';
import type { Conversation } from '../core/types';

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

/** PK prefix of event claims (and of nothing else). */
export const CLAIM_PK_PREFIX = 'EVENT#';

export const keys = {
  claim: (eventId: string): Key => ({ PK: `${CLAIM_PK_PREFIX}${eventId}`, SK: 'CLAIM' }),

  conversation: (id: string): Key => ({ PK: `CONV#${id}`, SK: 'STATE' }),
  /** The agent desk's queue a conversation is listed in (GSI1): one partition per desk status. */
  deskIndex: (status: string): string => `DESK#${status}`,
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
  /** The delay scan's watch entry of an open shipment, listed (GSI1) under the day it is due. */
  shipmentWatch: (trackingNumber: string): Key => ({ PK: `SHIPMENT#${trackingNumber}`, SK: 'WATCH' }),
  watchDayIndex: (day: string): string => `WATCH#${day}`,
  watchSort: (dueAt: string, trackingNumber: string): string => `${dueAt}#${trackingNumber}`,
  /** A conversation a customer verified in (base table, queried by PK). */
  customerConversation: (customerId: string, conversationId: string): Key => ({
    PK: `CUSTCONV#${customerId}`,
    SK: `CONV#${conversationId}`,
  }),
  customerConversationsPk: (customerId: string): string => `CUSTCONV#${customerId}`,
  shipmentsOfOrderIndex: (orderId: string): string => `ORDERSHIP#${orderId}`,
  shipmentSort: (trackingNumber: string): string => `SHIPMENT#${trackingNumber}`,

  product: (productId: string): Key => ({ PK: `PRODUCT#${productId}`, SK: 'PRODUCT' }),
  productsIndex: 'PRODUCTS',
  productSort: (productId: string): string => `PRODUCT#${productId}`,

  supportCase: (caseId: string): Key => ({ PK: `CASE#${caseId}`, SK: 'CASE' }),
  casesOfOrderIndex: (orderId: string): string => `ORDERCASE#${orderId}`,
  caseSort: (createdAt: string, caseId: string): string => `CASE#${createdAt}#${caseId}`,

  /** `key` is the caller's opaque cache key (a hash, e.g. `faq:<sha256>`), never the text itself. */
  translation: (key: string): Key => ({ PK: `TRANSLATION#${key}`, SK: 'TRANSLATION' }),

  /** `key` names a period and a subject without personal data, e.g. `line-push:2026-12`, `lane:CN-DE:2026-12-07`. */
  counter: (key: string): Key => ({ PK: `COUNTER#${key}`, SK: 'COUNTER' }),

  seedMarker: (version: string): Key => ({ PK: 'META', SK: `SEED#${version}` }),

  /**
   * An insight event (core/insights.ts): one partition per UTC day and shard, sorted by time. Why shards: a
   * busy shop's events would all land on today's one partition; a few spread the writes, and a range read is
   * still only days × shards queries.
   */
  insight: (at: string, conversation: string, id: string): Key => ({
    PK: keys.insightPk(at.slice(0, 10), insightShard(conversation)),
    SK: `${at}#${id}`,
  }),
  insightPk: (day: string, shard: number): string => `INSIGHT#${day}#${shard}`,
  /**
   * A finished day's insights summary (functions/insights/summary.ts), or the marker that voids it. Under
   * the insight prefix on purpose: whoever may write insight events may void a summary, with no new grant.
   */
  insightSummary: (day: string): Key => ({ PK: `INSIGHT#SUMMARY#${day}`, SK: 'SUMMARY' }),
} as const;

/** Partitions per day of insight events. */
export const INSIGHT_SHARDS = 4;

/** A conversation's events all go to one shard (a stable hash of its log id). */
export function insightShard(conversation: string): number {
  let hash = 0;
  for (let i = 0; i < conversation.length; i++) hash = (hash * 31 + conversation.charCodeAt(i)) >>> 0;
  return hash % INSIGHT_SHARDS;
}

/** Epoch seconds `ttlSeconds` from `nowMs`, as DynamoDB's TTL attribute wants it. */
export const ttlFrom = (nowMs: number, ttlSeconds: number): number => Math.floor(nowMs / 1000) + ttlSeconds;

/**
 * How long a cached translation lives (both twins). Why a TTL on merchant content: an edited FAQ text gets a
 * new key, so the old item would otherwise stay forever; re-translating an entry once a month costs nothing.
 */
export const TRANSLATION_TTL_SECONDS = 30 * 86_400;

/**
 * GSI1 keys of a conversation item: only conversations that were ever handed to a person are on the desk
 * (a bot-only conversation costs no index write). Waiting ones sort by when they asked, so the queue reads
 * oldest first; the others by their last update.
 */
export function deskIndexKeys(conversation: Conversation): { GSI1PK: string; GSI1SK: string } | undefined {
  if (!conversation.handoff) return undefined;
  const status = deskStatus(conversation);
  const sortAt = status === 'handoff' ? conversation.handoff.requestedAt : conversation.updatedAt;
  return { GSI1PK: keys.deskIndex(status), GSI1SK: `${sortAt}#${conversation.id}` };
}
