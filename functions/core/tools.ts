// The tool port: what a tool is, what it gets, and the shapes of what each tool returns. Declared here so
// the turn (and the LLM responder) depend on these types only; the tools in functions/tools implement them.
// Authorization lives inside each tool: the shopper's identity comes from `ToolContext`, never from input.
import type { z } from 'zod';
import type { MerchantConfig } from './merchant-config';
import type { CaseStore, OrderStore } from './ports';
import type {
  Address,
  Conversation,
  Measurements,
  Money,
  Order,
  OrderStatus,
  Shipment,
  ShipmentEvent,
  ShopperIdentity,
  SizeChartRow,
  SupportCase,
} from './types';

export const SIZE_SYSTEMS = ['EU', 'US', 'UK', 'JP', 'CN'] as const;
export type SizeSystem = (typeof SIZE_SYSTEMS)[number];

export interface ToolContext {
  /** Verified by the platform (WhatsApp phone) or by our verification step; never taken from model arguments. */
  identity: ShopperIdentity;
  conversation: Conversation;
  orders: OrderStore;
  merchant: MerchantConfig;
  now: Date;
  /** Where returns and damage claims are kept; tools that open cases answer `unavailable` without it. */
  cases?: CaseStore;
}

/** What a tool returns: data the LLM can read, and a machine-readable outcome the offline path renders. */
export type ToolResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** e.g. 'not_found' | 'not_authorized' | 'needs_verification' | 'too_late' | 'invalid_input' */
      error: string;
      message: string;
      data?: Record<string, unknown>;
    };

export interface Tool<Schema extends z.ZodType = z.ZodType, T = unknown> {
  readonly name: string;
  /** For the LLM: what it does and when to use it. */
  readonly description: string;
  readonly input: Schema;
  run(ctx: ToolContext, input: z.infer<Schema>): Promise<ToolResult<T>>;
}

/** Helper that keeps a tool's input type tied to its schema. */
export function defineTool<Schema extends z.ZodType, T>(tool: Tool<Schema, T>): Tool<Schema, T> {
  return tool;
}

export interface OrderSummary {
  orderId: string;
  status: OrderStatus;
  placedAt: string;
  items: string;
  total: Money;
}

export type OrderView = Omit<Order, 'id' | 'customer'> & { orderId: string };

export interface Cancellation {
  stage: 'confirm' | 'done';
  orderId: string;
  items: string;
  total: Money;
}

export type AddressChange =
  | { stage: 'ask_address'; orderId: string; current: Address }
  | { stage: 'confirm'; orderId: string; address: Address }
  | { stage: 'done'; orderId: string; address: Address };

export interface ProductDetails {
  productId: string;
  name: string;
  material: string;
  care: string;
  colours: string[];
  price: Money;
  sizes: string[];
  /** Units per variant, keyed `colour/size` (or colour alone). */
  stock: Record<string, number>;
  restockDate?: string;
  /** The catalog colour (as `colours` spells it) the query named, in any language. */
  matchedColour?: string;
  /** The chart size (as `sizes` labels it) the query named: "M", "EU 40", "28". */
  matchedSize?: string;
}

export interface SizeRecommendation {
  productId: string;
  productName: string;
  /** The recommended size (chart label), or the smaller of two when `between`. */
  size: string;
  /** Set when the shopper falls between two sizes: the larger one. */
  sizeUp?: string;
  /** The recommended size in other systems, from the chart. */
  equivalents: Partial<Record<SizeSystem, string>>;
  /** Set when the measurements are beyond the chart's smallest or largest size. */
  outOfRange?: 'below' | 'above';
  /** Set when the shopper named a size to convert. */
  converted?: {
    from: { system: string; value: string };
    size: string;
    equivalents: Partial<Record<SizeSystem, string>>;
  };
}

export interface DamageClaim {
  claimId: string;
  orderId: string;
  status: SupportCase['status'];
  photoCount: number;
  /** False when the photos were added to a claim that was already open. */
  created: boolean;
}

export interface ReturnStarted {
  rma: string;
  orderId: string;
  items: { sku: string; name: string; quantity: number }[];
  returnBy: string;
  labelUrl: string;
  carrier: string;
  conditions: string;
  /** True when an identical open return already existed and was handed back instead of a new one. */
  existing: boolean;
}

export type DelayReason =
  | 'customs_hold'
  | 'port_congestion'
  | 'failed_attempt'
  | 'silent'
  | 'late'
  | 'exception'
  | 'returned_to_sender';

export interface ShipmentAssessment {
  state: 'delivered' | 'on_time' | 'delayed';
  reason?: DelayReason;
  /** When the delaying situation started (the event's time, or the last event for `silent`). */
  since?: string;
  location?: string;
  /** Whole days since the carrier's last event. */
  silentDays: number;
  /** The carrier's estimate has passed and the parcel is not delivered. */
  overdue: boolean;
  lastEvent?: ShipmentEvent;
  eta: string;
  /** The reason in plain English words, for the LLM and the agents. */
  explanation: string;
}

export type TrackedShipment = Omit<Shipment, 'orderId'> & { assessment: ShipmentAssessment };

export interface TrackingResult {
  orderId: string;
  orderStatus: OrderStatus;
  deliveredAt?: string;
  shipments: TrackedShipment[];
}

// ---------------------------------------------------------------------------------------------
// Each tool's input and result, by name: the turn calls tools through this port.

export interface ToolSignatures {
  find_orders: [{ limit?: number }, { orders: OrderSummary[] }];
  lookup_order: [{ orderId: string }, OrderView];
  track_shipment: [{ orderId?: string; trackingNumber?: string }, TrackingResult];
  start_return: [{ orderId: string; skus?: string[] }, ReturnStarted];
  report_damage: [{ orderId: string; description?: string; photos?: string[] }, DamageClaim];
  recommend_size: [
    Measurements & {
      productId: string;
      size?: { system: SizeSystem | 'INTL'; value: string };
    },
    SizeRecommendation,
  ];
  change_address: [
    {
      orderId: string;
      address?: Partial<Omit<Address, 'line1' | 'city' | 'postcode'>> &
        Pick<Address, 'line1' | 'city' | 'postcode'>;
      confirm?: boolean;
    },
    AddressChange,
  ];
  cancel_order: [{ orderId: string; confirm?: boolean }, Cancellation];
  product_info: [{ productId?: string; query?: string }, ProductDetails];
  flag_delay: [{ orderId: string; reason?: string }, DelayCase];
  find_products: [{ query?: string; sized?: boolean; ids?: string[] }, { products: ProductMatch[] }];
}

export type ToolName = keyof ToolSignatures;
export type ToolInput<N extends ToolName> = ToolSignatures[N][0];
export type ToolOutput<N extends ToolName> = ToolSignatures[N][1];

/** The tools the turn may call, by name. */
export type ToolPort = { readonly [N in ToolName]: Tool<z.ZodType<ToolInput<N>>, ToolOutput<N>> };

/** A delay case: a colleague chases the carrier for a parcel nobody is moving. */
export interface DelayCase {
  caseId: string;
  orderId: string;
  /** False when the order already had an open delay case (it is handed back, not doubled). */
  created: boolean;
}

/** A product the shopper's words may mean (best matches first; all products when the words name none). */
export interface ProductMatch {
  productId: string;
  name: string;
  /** True when the words named it (by name or an alias in any language); false for the fallback list. */
  named: boolean;
  /** The size chart, for "one answer fits all" when several products are cut the same. */
  sizeChart?: SizeChartRow[];
}
