/** How each base unit is written in each language, and how its numbers are scaled for reading. */
import type { Unit } from '../domain/schema';

/** money: 万/亿 in zh, k/m/bn with ¥ in en; count: 万/亿 in zh, grouped digits in en; plain: as is. */
export type UnitScale = 'money' | 'count' | 'percent' | 'coefficient' | 'plain';

export interface UnitWords {
  scale: UnitScale;
  /** Written straight after the number in Chinese: 所, 个, 万元 is built from 元. */
  zh: string;
  /** English singular and plural; empty when the number stands alone. */
  en: readonly [one: string, many: string];
}

export const UNIT_WORDS = {
  yuan: { scale: 'money', zh: '元', en: ['', ''] },
  places: { scale: 'count', zh: '个', en: ['place', 'places'] },
  schools: { scale: 'count', zh: '所', en: ['school', 'schools'] },
  kindergartens: { scale: 'count', zh: '所', en: ['kindergarten', 'kindergartens'] },
  'schools-and-kindergartens': {
    scale: 'count',
    zh: '所',
    en: ['school or kindergarten', 'schools and kindergartens'],
  },
  people: { scale: 'count', zh: '人', en: ['person', 'people'] },
  teachers: { scale: 'count', zh: '名', en: ['teacher', 'teachers'] },
  'person-times': { scale: 'count', zh: '人次', en: ['person-time', 'person-times'] },
  percent: { scale: 'percent', zh: '%', en: ['%', '%'] },
  coefficient: { scale: 'coefficient', zh: '', en: ['', ''] },
  'square-metres': { scale: 'count', zh: '平方米', en: ['m²', 'm²'] },
  'square-kilometres': { scale: 'count', zh: '平方公里', en: ['km²', 'km²'] },
  // A bare count's measure word varies (门, 册, 条, 台…); writing 个 for all of them would misquote.
  count: { scale: 'count', zh: '', en: ['', ''] },
  ratio: { scale: 'plain', zh: '', en: ['', ''] },
  years: { scale: 'plain', zh: '年', en: ['year', 'years'] },
  rank: { scale: 'plain', zh: '位', en: ['', ''] },
} as const satisfies Record<Unit, UnitWords>;
