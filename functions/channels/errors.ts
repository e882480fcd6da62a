/**
 * The webhook body is not JSON, or not the platform's envelope. The ingest handler answers 400: the
 * platform would send the same bytes again, so a retry cannot help.
 */
export class WebhookShapeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebhookShapeError';
  }
}
