// What a single row cannot see on its own: an order or tracking number an earlier row of the file used.
import { quote } from './items';
import type { RowError, ValidRow } from './validate';

/**
 * Rejects what a single row cannot see: an order number or tracking number that an earlier row of the
 * same file already used (the first one wins; one row per order, one shipment per row).
 * @example
 * const seen = createDuplicateCheck();
 * const errors = seen(validRow); // [] the first time
 */
export function createDuplicateCheck(): (value: ValidRow) => RowError[] {
  const orders = new Map<string, number>();
  const trackings = new Map<string, number>();
  return ({ row, order, shipment }) => {
    const errors: RowError[] = [];
    const earlierOrder = orders.get(order.id);
    if (earlierOrder !== undefined)
      errors.push({
        row,
        column: 'order',
        message: `${quote(order.id)} is already on row ${earlierOrder} (one row per order: list every item in its items cell)`,
      });
    const earlierTracking = shipment ? trackings.get(shipment.trackingNumber) : undefined;
    if (shipment && earlierTracking !== undefined)
      errors.push({
        row,
        column: 'tracking_number',
        message: `${quote(shipment.trackingNumber)} is already on row ${earlierTracking}`,
      });
    if (errors.length === 0) {
      orders.set(order.id, row);
      if (shipment) trackings.set(shipment.trackingNumber, row);
    }
    return errors;
  };
}
