import { describe, expect, it } from 'vitest';
import { countiesProgressText } from '../../../src/lib/i18n/download';

describe('countiesProgressText', () => {
  it('says bytes received of the total, in both languages', () => {
    const progress = { received: 420_000, total: 1_358_343 };
    expect(countiesProgressText(progress, 'zh')).toBe('县界下载中：0.4 / 1.4 MB');
    expect(countiesProgressText(progress, 'en')).toBe('Downloading county borders: 0.4 of 1.4 MB');
  });

  it('says only what arrived when the size is unknown', () => {
    const progress = { received: 2_060_000, total: null };
    expect(countiesProgressText(progress, 'zh')).toBe('县界下载中：已收到 2.1 MB');
    expect(countiesProgressText(progress, 'en')).toBe(
      'Downloading county borders: 2.1 MB received',
    );
  });
});
