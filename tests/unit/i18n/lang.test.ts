import { describe, expect, it } from 'vitest';
import { preferredLang } from '../../../src/lib/i18n/lang';

describe('preferredLang', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr'], 'en'],
    [[], 'zh'],
  ] as const)('%j → %s', (langs, expected) => {
    expect(preferredLang(langs)).toBe(expected);
  });
});
