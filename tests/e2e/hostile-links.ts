/**
 * Hostile deep links, generated deterministically from a seed: markup and script in every
 * parameter, `javascript:` values, very long values, repeated and unknown keys, wrong types,
 * unknown codes, out-of-range years, malformed cameras, unicode junk and broken percent-encoding.
 */

/** Every element an injection here could create carries one of these, or is one of these tags. */
export const INJECTED_SELECTOR = [
  '[data-injected]',
  '#injected',
  '.injected',
  'img[onerror]',
  'svg[onload]',
  'iframe',
  'object',
  'embed',
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onmouseover]',
  '[onfocus]',
].join(', ');

/** Set by any payload that runs. */
export const PWNED = '__pwned';

const MARKUP = [
  `<script>window.${PWNED}=1</script>`,
  `<script data-injected src="/x.js"></script>`,
  `"><img src=x onerror="window.${PWNED}=1" data-injected>`,
  `'><svg onload=window.${PWNED}=1 data-injected>`,
  `<div id="injected" class="injected" data-injected>x</div>`,
  `</code><b data-injected onmouseover="window.${PWNED}=1">b</b>`,
  `<iframe src="javascript:window.${PWNED}=1" data-injected></iframe>`,
  `<object data="javascript:window.${PWNED}=1" data-injected></object>`,
  `<a href="javascript:window.${PWNED}=1" id="injected">a</a>`,
  `<input autofocus onfocus="window.${PWNED}=1" data-injected>`,
  `<style>*{display:none!important}</style>`,
  `<!--`,
  `]]><x data-injected>`,
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  `\${window.${PWNED}=1}`,
  `{@html '<b data-injected>'}`,
];

const SCHEMES = [
  `javascript:window.${PWNED}=1`,
  `JaVaScRiPt:window.${PWNED}=1`,
  ` javascript:window.${PWNED}=1`,
  `java\tscript:window.${PWNED}=1`,
  `data:text/html,<script>window.${PWNED}=1</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/x.json`,
  `http://evil.example/dataset.json`,
  `../data/dataset.json`,
];

const TYPES = [
  '[]',
  '{}',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '1e3',
  '0x7E5',
  '2021.5',
  'true',
  ' 2021',
  '2021 ',
  '+2021',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
];

const UNICODE = [
  '\u202E610727',
  '610727\u200B',
  '\u200D\u200C',
  '\uFEFF',
  '🙂🙂🙂',
  'a\u0301\u0301\u0301',
  '６１０７２７',
  '٦١٠٧٢٧',
  '略阳县\u0000',
  '\u2028\u2029',
  'Ω≈ç√∫',
  '𠀀𪚥',
  '\uFFFD',
];

/** Written into the link as they are: percent sequences that do not decode, or decode oddly. */
const RAW_PERCENT = [
  '%',
  '%%',
  '%2',
  '%G1',
  '%E0%A4%A',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%u2028',
  '%00',
  '%0A%0D',
  '%25%32%35',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%253Cscript%253E',
];

/** Plausible values by key: some valid, most not. */
const BY_KEY: Record<string, readonly string[]> = {
  v: ['1', '0', '2', '99', '999', '1000', '-1', 'v1', '1.0'],
  r: ['610727', '999999', '000000', '610727x', '500228', '梁平县', '略阳县', 'lueyang', '61O727'],
  l: [
    'i.new-school-places',
    'i.',
    'm.',
    'i.<script>',
    'i.NEW-SCHOOL-PLACES',
    'i.new-school-places,i.new-school-places',
    'events,events',
    'labels,boundaries,counties,events',
    ',,,',
    'x.y',
    Array.from({ length: 40 }, () => 'labels').join(','),
    'i.does-not-exist,labels',
  ],
  i: ['new-school-places', 'does-not-exist', 'NEW-SCHOOL-PLACES', 'new_school_places'],
  y: ['2021', '1900', '3000', '0000', '99999', '21', '2021-01', '２０２１', '-2021'],
  c: [
    'abc',
    '1,2',
    '1,2,3,4',
    'NaN,NaN,NaN',
    '200,0,3',
    '0,90,3',
    '0,0,99',
    '-0,-0,-0',
    '1e2,1,1',
    '106.5,29.5,5',
    '180,85.0511,24',
    '-180,-85.0511,0',
    '106.5;29.5;5',
  ],
  lang: ['en', 'zh', 'fr', 'EN', 'zh-CN', 'zh-Hant', 'en-US'],
  s: ['003', '999', '3', '0003', 'abc', '../003'],
  q: ['003-new-school-places-3155', 'not-an-item', 'a b', 'x'.repeat(101)],
};

const KEYS = ['v', 'r', 'l', 'i', 'y', 'c', 'lang', 's', 'q'];
const ODD_KEYS = [
  'x',
  'R',
  'r[]',
  'lang ',
  '__proto__',
  'constructor',
  'prototype',
  '<script>',
  `"><img src=x onerror=window.${PWNED}=1>`,
  '',
  '🙂',
];

/** Mulberry32: a small seeded generator, so every run opens the same links. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function longValue(rand: Rand): string {
  const unit = pick(rand, ['a', '<', '1', '略', '%3C', `<b data-injected>`, ',labels']);
  const n = pick(rand, [201, 500, 2_100]);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function valueFor(rand: Rand, key: string): { text: string; raw: boolean } {
  const r = rand();
  if (r < 0.25) return { text: pick(rand, MARKUP), raw: false };
  if (r < 0.35) return { text: pick(rand, SCHEMES), raw: false };
  if (r < 0.45) return { text: pick(rand, TYPES), raw: false };
  if (r < 0.55) return { text: pick(rand, UNICODE), raw: false };
  if (r < 0.65) return { text: pick(rand, RAW_PERCENT), raw: true };
  if (r < 0.72) return { text: longValue(rand), raw: false };
  const known = Object.hasOwn(BY_KEY, key) ? BY_KEY[key] : undefined; // keys include __proto__
  if (known && r < 0.92) return { text: pick(rand, known), raw: false };
  // Markup glued onto a plausible value.
  return { text: `${pick(rand, known ?? ['x'])}${pick(rand, MARKUP)}`, raw: false };
}

/** How a pair is written: encoded as a browser would, left raw, or encoded twice. */
function write(rand: Rand, s: string, raw: boolean): string {
  if (raw) return s;
  const r = rand();
  if (r < 0.7) return encodeURIComponent(s);
  if (r < 0.85) return encodeURIComponent(encodeURIComponent(s));
  // Raw, except what would end the pair or the query.
  return s.replace(/[&#%]/g, (c) => encodeURIComponent(c));
}

/** Longest query generated: over the app's 2000-character limit, under the server's. */
export const MAX_LINK = 6_000;

/** `count` query strings (each with its leading "?"), the same ones for the same seed. */
export function hostileQueries(seed: number, count: number): string[] {
  const rand = seeded(seed);
  const out: string[] = [];
  while (out.length < count) {
    const pairs: string[] = [];
    const n = 1 + Math.floor(rand() * 6);
    for (let p = 0; p < n; p++) {
      const key = rand() < 0.85 ? pick(rand, KEYS) : pick(rand, ODD_KEYS);
      const value = valueFor(rand, key);
      const pair = `${write(rand, key, false)}=${write(rand, value.text, value.raw)}`;
      pairs.push(pair);
      // Repeated keys: the same key again with another value.
      if (rand() < 0.15) {
        const again = valueFor(rand, key);
        pairs.push(`${encodeURIComponent(key)}=${write(rand, again.text, again.raw)}`);
      }
    }
    if (rand() < 0.05) pairs.push(''); // a stray "&"
    // Past about 8 kB the server's header limit answers 431 before the app sees the link.
    // Measured as the browser sends it: raw characters are percent-encoded on the way.
    const sent = (ps: string[]) => new URL(`http://host/?${ps.join('&')}`).search.length;
    while (pairs.length > 1 && sent(pairs) > MAX_LINK) pairs.pop();
    if (sent(pairs) <= MAX_LINK) out.push(`?${pairs.join('&')}`);
  }
  return out;
}
