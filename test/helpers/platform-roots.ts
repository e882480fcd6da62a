// The platforms' public API roots and the one merchant setting every sender reads: what a test passes to
// createOutboundChannel when only whether (and how) a sender can be built matters.
export const PUBLIC_API_ROOTS = {
  WHATSAPP_GRAPH_URL: 'https://graph.facebook.com',
  LINE_API_BASE_URL: 'https://api.line.me',
  LINE_DATA_API_BASE_URL: 'https://api-data.line.me',
  TELEGRAM_API_ROOT: 'https://api.telegram.org',
};

export const SENDER_MERCHANT = { whatsapp: { apiVersion: 'v23.0' } };
