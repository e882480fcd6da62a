// One turn reads the same orders several times: the reply language looks at the shopper's orders, then
// every order tool authorizes against the order and the identity's orders again. Within a turn the reads
// are remembered; any write forgets them all, so a tool never sees an order older than its own change.
import type { OrderStore } from './ports';

/**
 * Wraps an order store for one turn: identical reads share one store call.
 * @example
 * const orders = turnOrderStore(deps.orders); // create a fresh one per turn
 */
export function turnOrderStore(store: OrderStore): OrderStore {
  const reads = new Map<string, Promise<unknown>>();
  const read = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let pending = reads.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = load();
      reads.set(key, pending);
      // A failed read is not remembered: the next caller tries the store again.
      pending.catch(() => reads.delete(key));
    }
    return pending;
  };
  const write =
    <A extends unknown[]>(put: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      reads.clear();
      await put(...args);
      reads.clear();
    };
  return {
    getOrder: (id) => read(`order:${id}`, () => store.getOrder(id)),
    ordersForPhone: (phone) => read(`phone:${phone}`, () => store.ordersForPhone(phone)),
    ordersForCustomer: (id) => read(`customer:${id}`, () => store.ordersForCustomer(id)),
    getShipment: (tracking) => read(`shipment:${tracking}`, () => store.getShipment(tracking)),
    shipmentsForOrder: (id) => read(`shipments:${id}`, () => store.shipmentsForOrder(id)),
    getProduct: (id) => read(`product:${id}`, () => store.getProduct(id)),
    listProducts: () => read('products', () => store.listProducts()),
    putOrder: write((order) => store.putOrder(order)),
    putShipment: write((shipment) => store.putShipment(shipment)),
    putProduct: write((product) => store.putProduct(product)),
    watchShipment: write((tracking, dueAt) => store.watchShipment(tracking, dueAt)),
    shipmentsDue: (now, options) => store.shipmentsDue(now, options),
  };
}
