import type { ParkListItem } from '@torchbridge/api-client';

/** Three entries shaped like the seeded directory: two national STIPs and one hub outside China. */
export const PARKS: ParkListItem[] = [
  {
    id: 'b7f1c1d2-0001-4000-8000-000000000001',
    nameEn: 'Zhongguancun Science Park',
    nameZh: '中关村科技园区',
    city: 'Beijing',
    province: 'Beijing',
    country: 'CN',
    region: 'eastern',
    website: 'http://www.zgc.gov.cn',
    torchNo: 1,
    incubatorCount: 12,
  },
  {
    id: 'b7f1c1d2-0001-4000-8000-000000000002',
    nameEn: 'National High-tech Industrial Development Zone of Taiyuan',
    nameZh: '太原国家高新技术产业开发区',
    city: 'Taiyuan',
    province: 'Shanxi',
    country: 'CN',
    region: 'central',
    website: null,
    torchNo: 5,
    incubatorCount: 3,
  },
  {
    id: 'b7f1c1d2-0001-4000-8000-000000000003',
    nameEn: 'Berlin Adlershof',
    nameZh: null,
    city: 'Berlin',
    province: null,
    country: 'DE',
    region: 'international',
    website: 'https://www.adlershof.de',
    torchNo: null,
    incubatorCount: 1,
  },
];
