// The scheduled delay scan (every 30 minutes): its schedule, grants and local scheduler are in place; the
// scan itself — late or stuck shipments → a proactive message before the shopper asks — is the subject of
// the proactive-notifications issue and reuses `assessShipment` from functions/tools/track-shipment.ts.
// Until then it only reports that it ran, so nobody mistakes the schedule for a working scan.
import { Logger } from '@aws-lambda-powertools/logger';
import type { ScheduledEvent } from 'aws-lambda';

const logger = new Logger({ serviceName: 'crossdesk-delay-scan' });

export const handler = async (event: ScheduledEvent): Promise<{ scanned: number }> => {
  logger.warn('delay scan is not implemented yet: no shipments were scanned', { scheduledAt: event.time });
  return { scanned: 0 };
};
