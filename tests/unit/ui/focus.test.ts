import { describe, expect, it } from 'vitest';
import { FOCUS_ID, focusTargets } from '../../../src/lib/ui/focus';

describe('focusTargets', () => {
  it('sends focus to the title of a document that opened', () => {
    expect(focusTargets('source', 'x')).toEqual([`#${FOCUS_ID.sourceTitle}`]);
  });

  it('returns to the quote that opened the document, else to the region title', () => {
    expect(focusTargets('region', '003-new-school-places-3155')).toEqual([
      '[data-item="003-new-school-places-3155"]',
      `#${FOCUS_ID.regionTitle}`,
    ]);
    expect(focusTargets('region', null)).toEqual([`#${FOCUS_ID.regionTitle}`]);
  });

  it('escapes an item id so the selector stays one attribute value', () => {
    expect(focusTargets('region', 'a"b\\c')[0]).toBe('[data-item="a\\"b\\\\c"]');
  });

  it('goes to the region list when no panel is left', () => {
    expect(focusTargets('none', 'x')).toEqual([`#${FOCUS_ID.regionList}`]);
  });
});
