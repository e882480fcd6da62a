// The tool set shared by the offline turn and the LLM path.

import type { ToolPort } from '../core/tools';
import { cancelOrder } from './cancel-order';
import { changeAddress } from './change-address';
import { findOrders } from './find-orders';
import { findProducts } from './find-products';
import { flagDelay } from './flag-delay';
import { lookupOrder } from './lookup-order';
import { productInfo } from './product-info';
import { recommendSize } from './recommend-size';
import { reportDamage } from './report-damage';
import { startReturn } from './start-return';
import { trackShipment } from './track-shipment';

export type { Tool, ToolContext, ToolResult } from '../core/tools';
export { createMemoryCaseStore } from './case-store';
export { assessShipment } from './track-shipment';

/** Every tool by name: the turn calls them directly, the LLM path offers them as function tools. */
export const toolSet = {
  find_orders: findOrders,
  lookup_order: lookupOrder,
  track_shipment: trackShipment,
  start_return: startReturn,
  report_damage: reportDamage,
  recommend_size: recommendSize,
  change_address: changeAddress,
  cancel_order: cancelOrder,
  product_info: productInfo,
  flag_delay: flagDelay,
  find_products: findProducts,
} as const satisfies ToolPort;

export type ToolSet = typeof toolSet;
export type ToolName = keyof ToolSet;

/** The tools as a list, in a stable order. */
export const tools = Object.values(toolSet);
