// What one imported row writes, in the order that keeps it invisible to the bot until it is whole.
// The item shapes come from the DynamoDB order store itself (orderItems, shipmentItems), so an imported
// order is stored exactly as `putOrder` / `putShipment` store it.
import { orderItems, shipmentItems, type TableItem } from '../../functions/stores/dynamo/orders';
import type { ValidRow } from './validate';

/**
 * The row's writes as phases; a phase starts only once every item of the one before is acknowledged.
 *
 * 1. the shipment and its delay-watch entry: nothing reaches them before the order exists (the delay
 *    scan skips a due shipment whose order it cannot find);
 * 2. the order's phone copy: from here the order is found by number and by phone, with its shipment;
 * 3. the order's customer copy: lists it for a shopper who verified with another of their orders.
 *
 * `now` is when the import started: like `putShipment`, a shipment already overdue is filed as due then
 * (the delay scan reads only recent days), so that watch entry is the one item a later re-import moves.
 *
 * A crash after 1 leaves an unreachable shipment, after 2 an order not yet listed under its customer —
 * the same gap `putOrder` accepts; importing the file again completes both.
 */
export function rowWrites({ order, shipment }: ValidRow, now: Date): TableItem[][] {
  const [byPhone, byCustomer] = orderItems(order);
  return [...(shipment ? [shipmentItems(shipment, now)] : []), [byPhone], [byCustomer]];
}
