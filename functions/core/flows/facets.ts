// Follow-ups about one facet of an order ("and when will it arrive?", "where is it now?", "when do I get
// my money?", "the label again?"): answered from the order in focus with just that fact, never the
// whole status paragraph again.
import type { OrderFacet } from '../types';
import { eventText } from './orders';
import { callTool, say, type TurnState } from './state';

const at = (iso: string | undefined): Date | string => (iso ? new Date(iso) : '');
/** Business days a refund takes once a returned parcel reaches the warehouse (shown to shoppers). */
const RETURN_REFUND_DAYS = 5;

async function openCase(state: TurnState, orderId: string, kind: 'return') {
  const cases = state.deps.cases ? await state.deps.cases.casesForOrder(orderId) : [];
  return cases.filter((c) => c.kind === kind && c.status !== 'closed').at(-1);
}

/** Answers one facet of an order the shopper may see (resolved and authorized by the caller). */
export async function answerFacet(state: TurnState, orderId: string, facet: OrderFacet): Promise<void> {
  state.log.action = 'answer';
  const tracked = await callTool(state, 'track_shipment', { orderId });
  if (!tracked.ok) return say(state, 'order_not_found', { order: orderId });
  const { orderStatus, shipments, deliveredAt } = tracked.data;
  const shipment = shipments.find((s) => s.assessment.state !== 'delivered') ?? shipments.at(-1);
  const shipped = orderStatus === 'shipped' || orderStatus === 'delivered';
  switch (facet) {
    case 'eta':
      if (orderStatus === 'delivered')
        return say(state, 'status_delivered', { order: orderId, date: at(deliveredAt) });
      if (orderStatus === 'cancelled' || orderStatus === 'returned')
        return say(state, `status_${orderStatus}`, { order: orderId });
      if (!shipment || !shipped) return say(state, 'eta_not_shipped', { order: orderId });
      if (shipment.assessment.state === 'delayed')
        return say(state, 'eta_delayed', {
          tracking: shipment.trackingNumber,
          eta: at(shipment.estimatedDelivery),
        });
      return say(state, 'eta_shipped', {
        order: orderId,
        eta: at(shipment.estimatedDelivery),
        tracking: shipment.trackingNumber,
        carrier: shipment.carrier,
      });
    case 'location': {
      if (orderStatus === 'delivered')
        return say(state, 'status_delivered', { order: orderId, date: at(deliveredAt) });
      const last = shipment?.events.at(-1);
      if (!shipment || !last) return say(state, 'eta_not_shipped', { order: orderId });
      return say(state, 'location_answer', {
        tracking: shipment.trackingNumber,
        event: eventText(state, last),
        location: last.location,
        date: at(last.at),
      });
    }
    case 'tracking_number':
      if (!shipment) return say(state, 'tracking_number_none', { order: orderId });
      return say(state, 'tracking_number_answer', {
        order: orderId,
        carrier: shipment.carrier,
        tracking: shipment.trackingNumber,
      });
    case 'refund_timing': {
      if (orderStatus === 'cancelled') {
        const order = await callTool(state, 'lookup_order', { orderId });
        return say(state, 'refund_timing_cancelled', {
          order: orderId,
          total: order.ok ? order.data.total : '',
        });
      }
      if (orderStatus === 'returned') return say(state, 'status_returned', { order: orderId });
      const rma = await openCase(state, orderId, 'return');
      if (rma) return say(state, 'refund_timing_return', { rma: rma.id, days: RETURN_REFUND_DAYS });
      return say(state, 'refund_timing_none', { order: orderId });
    }
    case 'return_label': {
      const rma = await openCase(state, orderId, 'return');
      if (!rma?.labelUrl) return say(state, 'return_label_none', { order: orderId });
      return say(
        state,
        'return_label_again',
        { rma: rma.id, link: rma.labelUrl, carrier: shipment?.carrier ?? '', date: at(rma.returnBy) },
        { links: [{ url: rma.labelUrl, title: rma.id }] },
      );
    }
  }
}
