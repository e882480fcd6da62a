// One agent alert for every notifier's tests: shopper-free, with text that must be made inert.
import type { AlertNotice } from '../../../../functions/core/ports';

export const alert: AlertNotice = {
  kind: 'lane_delay',
  alertId: 'lane:CN-DE:2026-12-07',
  title: '10 delayed parcels on CN → DE today',
  lines: [
    '10 parcels shipped CN → DE became delayed on 2026-12-07.',
    'Latest: YunExpress YT1 <held> & waiting',
  ],
  consoleUrl: 'https://desk.example.com/console',
  at: '2026-12-07T10:00:00.000Z',
};
