// Well-known demo shoppers with fixed contact details and named orders, so a developer (and the
// simulator) can walk through the interesting cases by heart. Listed in README.md ("Try these").
import type { ChannelName, Language, OrderStatus } from '../../../functions/core/types';
import type { Scenario } from './tracking';

export interface DemoOrderSpec {
  id: string;
  daysAgo: number;
  status: OrderStatus;
  /** For shipped/delivered orders: how the shipment's story goes. */
  scenario?: Scenario;
  carrier: 'chinaPost' | 'ups' | 'yun' | 'sf' | 'japanPost';
  products: { productId: string; size?: string; colour: string }[];
}

export interface DemoShopper {
  key: string;
  customerId: string;
  name: string;
  /** The channel this shopper's story is meant for. */
  channel: ChannelName;
  language: Language;
  country: string;
  /** E.164 digits without '+': the WhatsApp sender / order phone. */
  phone: string;
  email: string;
  postcode: string;
  city: string;
  street: string;
  /** How they prove who they are: WhatsApp by phone, LINE/Telegram with order number + email or postcode. */
  verifyWith: string;
  story: string;
  orders: DemoOrderSpec[];
}

export const DEMO_SHOPPERS: DemoShopper[] = [
  {
    key: 'maria-whatsapp',
    customerId: 'CUS-90001',
    name: 'Maria Santos',
    channel: 'whatsapp',
    language: 'pt-BR',
    country: 'BR',
    phone: '5511987654321',
    email: 'maria.santos@example.com',
    postcode: '01310-100',
    city: 'São Paulo',
    street: 'Av. Paulista, 1578, apto 82',
    verifyWith: 'her WhatsApp number (owns 3 orders)',
    story:
      'Three orders: 50731 stuck in Brazilian customs, 52118 still processing (address change OK), 47020 delivered.',
    orders: [
      {
        id: '50731',
        daysAgo: 16,
        status: 'shipped',
        scenario: 'customs_hold',
        carrier: 'chinaPost',
        products: [{ productId: 'P-WRAP-DRESS', size: 'M', colour: 'blue floral' }],
      },
      {
        id: '52118',
        daysAgo: 2,
        status: 'processing',
        carrier: 'yun',
        products: [
          { productId: 'P-CANVAS-SNEAKER', size: 'EU 38', colour: 'white' },
          { productId: 'P-COTTON-TEE', size: 'S', colour: 'oat' },
        ],
      },
      {
        id: '47020',
        daysAgo: 48,
        status: 'delivered',
        scenario: 'delivered',
        carrier: 'chinaPost',
        products: [{ productId: 'P-CERAMIC-MUG', colour: 'sand' }],
      },
    ],
  },
  {
    key: 'james-whatsapp',
    customerId: 'CUS-90002',
    name: 'James Carter',
    channel: 'whatsapp',
    language: 'en',
    country: 'US',
    phone: '14155550123',
    email: 'james.carter@example.com',
    postcode: '94110',
    city: 'San Francisco',
    street: '2145 Mission St',
    verifyWith: 'his WhatsApp number',
    story: 'Order 51409: no carrier scan for three weeks (a "silent" parcel the delay scan should flag).',
    orders: [
      {
        id: '51409',
        daysAgo: 25,
        status: 'shipped',
        scenario: 'silent',
        carrier: 'yun',
        products: [{ productId: 'P-STRAIGHT-JEANS', size: '32', colour: 'mid blue' }],
      },
    ],
  },
  {
    key: 'lucia-whatsapp',
    customerId: 'CUS-90003',
    name: 'Lucía Fernández',
    channel: 'whatsapp',
    language: 'es',
    country: 'MX',
    phone: '5215512345678',
    email: 'lucia.fernandez@example.com',
    postcode: '06700',
    city: 'Ciudad de México',
    street: 'Calle Colima 180, Roma Norte',
    verifyWith: 'her WhatsApp number',
    story:
      'Order 51877: delayed by port congestion at arrival; order 52230 pending (can still be cancelled).',
    orders: [
      {
        id: '51877',
        daysAgo: 13,
        status: 'shipped',
        scenario: 'port_congestion',
        carrier: 'chinaPost',
        products: [{ productId: 'P-TRENCH-COAT', size: 'S', colour: 'stone' }],
      },
      {
        id: '52230',
        daysAgo: 0,
        status: 'pending',
        carrier: 'chinaPost',
        products: [{ productId: 'P-SLIP-DRESS', size: 'S', colour: 'emerald' }],
      },
    ],
  },
  {
    key: 'yui-line',
    customerId: 'CUS-90004',
    name: '田中結衣',
    channel: 'line',
    language: 'ja',
    country: 'JP',
    phone: '819012345678',
    email: 'yui.tanaka@example.jp',
    postcode: '150-0001',
    city: '渋谷区',
    street: '神宮前4-12-10',
    verifyWith: 'order 51842 + email yui.tanaka@example.jp (or postcode 150-0001)',
    story: 'Order 51842 (Japan Post EMS) is out for delivery today.',
    orders: [
      {
        id: '51842',
        daysAgo: 5,
        status: 'shipped',
        scenario: 'out_for_delivery',
        carrier: 'japanPost',
        products: [{ productId: 'P-MERINO-CARDIGAN', size: 'S', colour: 'camel' }],
      },
    ],
  },
  {
    key: 'yichun-line',
    customerId: 'CUS-90005',
    name: '陳怡君',
    channel: 'line',
    language: 'zh-Hant',
    country: 'TW',
    phone: '886912345678',
    email: 'yichun.chen@example.com.tw',
    postcode: '106',
    city: '台北市',
    street: '忠孝東路四段181號5樓',
    verifyWith: 'order 52005 + email yichun.chen@example.com.tw',
    story: 'Order 52005 delivered 6 days ago: a size exchange / return within the 30-day window.',
    orders: [
      {
        id: '52005',
        daysAgo: 14,
        status: 'delivered',
        scenario: 'delivered',
        carrier: 'sf',
        products: [{ productId: 'P-LEATHER-LOAFER', size: 'EU 37', colour: 'black' }],
      },
    ],
  },
  {
    key: 'budi-telegram',
    customerId: 'CUS-90006',
    name: 'Budi Santoso',
    channel: 'telegram',
    language: 'id',
    country: 'ID',
    phone: '6281234567890',
    email: 'budi.santoso@example.co.id',
    postcode: '12190',
    city: 'Jakarta Selatan',
    street: 'Jl. Senopati No. 27',
    verifyWith: 'order 54406 + email budi.santoso@example.co.id (or postcode 12190)',
    story: 'Order 54406: the courier missed him yesterday (failed delivery attempt).',
    orders: [
      {
        id: '54406',
        daysAgo: 11,
        status: 'shipped',
        scenario: 'failed_attempt',
        carrier: 'yun',
        products: [{ productId: 'P-LINEN-SHIRT', size: 'L', colour: 'navy' }],
      },
    ],
  },
  {
    key: 'lukas-telegram',
    customerId: 'CUS-90007',
    name: 'Lukas Becker',
    channel: 'telegram',
    language: 'de',
    country: 'DE',
    phone: '4915112345678',
    email: 'lukas.becker@example.de',
    postcode: '10115',
    city: 'Berlin',
    street: 'Invalidenstraße 43',
    verifyWith: 'order 55012 + postcode 10115',
    story: 'Order 55012 in transit with UPS; order 45533 was returned last month.',
    orders: [
      {
        id: '55012',
        daysAgo: 6,
        status: 'shipped',
        scenario: 'in_transit',
        carrier: 'ups',
        products: [
          { productId: 'P-WIDE-JEANS', size: '30', colour: 'ecru' },
          { productId: 'P-LINEN-THROW', colour: 'slate' },
        ],
      },
      {
        id: '45533',
        daysAgo: 60,
        status: 'returned',
        scenario: 'delivered',
        carrier: 'ups',
        products: [{ productId: 'P-SOY-CANDLE', colour: 'amber glass' }],
      },
    ],
  },
];
