/**
 * The English a reader knows a place by where it is not the Hanyu Pinyin of its Chinese name
 * (哈尔滨 is Harbin, not Ha'erbin; 喀什 is Kashgar), by GB/T 2260 code: the place part only, the
 * region base adds the unit word («Kashgar Prefecture»). Keyed by code, not name: 兴安盟 is
 * Hinggan, Guangxi's 兴安县 is Xing'an.
 *
 * Source: the titles of the English Wikipedia articles on these places (read 2024), which give
 * names of Uyghur, Tibetan and Mongolian origin in China's official transcription
 * (《少数民族语地名汉语拼音字母音译转写法》, 1976: Urumqi, Hohhot, Qamdo, Xilingol, Garzê) or
 * their established exonym (Kashgar, Shigatse, Shangri-La). Provinces are named in
 * province-names.ts (Inner Mongolia, Tibet, Hong Kong).
 */
export const CONVENTIONAL_ENGLISH: Readonly<Record<string, string>> = {
  // Inner Mongolia
  '150100': 'Hohhot',
  '150600': 'Ordos',
  '150700': 'Hulunbuir',
  '150702': 'Hailar',
  '150800': 'Bayannur',
  '150900': 'Ulanqab',
  '152200': 'Hinggan',
  '152500': 'Xilingol',
  '152501': 'Erenhot',
  '152900': 'Alxa',
  '152921': 'Alxa Left',
  '152922': 'Alxa Right',
  // Heilongjiang
  '230100': 'Harbin',
  // Sichuan
  '513200': 'Ngawa',
  '513300': 'Garzê',
  // Yunnan
  '533400': 'Dêqên',
  '533401': 'Shangri-La',
  // Tibet
  '540100': 'Lhasa',
  '540200': 'Shigatse',
  '540300': 'Qamdo',
  '540400': 'Nyingchi',
  '542400': 'Nagqu',
  '542421': 'Nagqu',
  '542500': 'Ngari',
  // Qinghai
  '632600': 'Golog',
  '632801': 'Golmud',
  // Xinjiang
  '650100': 'Urumqi',
  '650121': 'Urumqi',
  '650200': 'Karamay',
  '650203': 'Karamay',
  '650400': 'Turpan',
  '652700': 'Bortala',
  '652800': 'Bayingolin',
  '652801': 'Korla',
  '652900': 'Aksu',
  '652901': 'Aksu',
  '652923': 'Kuqa',
  '653000': 'Kizilsu Kyrgyz',
  '653001': 'Artux',
  '653100': 'Kashgar',
  '653101': 'Kashgar',
  '653200': 'Hotan',
  '653201': 'Hotan',
  '653221': 'Hotan',
  '654000': 'Ili',
  '654003': 'Kuytun',
  '654300': 'Altay',
  '654301': 'Altay',
};
