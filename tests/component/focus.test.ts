import { beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_ID, FocusKeeper } from '../../src/lib/ui/focus';

/** A page with the region list and the right-hand column; the column's content is replaced. */
function page(column: string): HTMLElement {
  document.body.innerHTML = `<ul id="${FOCUS_ID.regionList}" tabindex="0"></ul><div id="col"></div>`;
  const col = document.getElementById('col')!;
  col.innerHTML = column;
  return col;
}
const REGION = `<h2 id="${FOCUS_ID.regionTitle}" tabindex="-1">略阳县</h2>
  <button class="close">×</button><button data-item="f1">“quote”</button>`;
const SOURCE = `<h2 id="${FOCUS_ID.sourceTitle}" tabindex="-1">doc</h2><button>close</button>`;
const focused = () => document.activeElement;

describe('FocusKeeper', () => {
  let keeper: FocusKeeper;
  beforeEach(() => {
    keeper = new FocusKeeper();
  });

  it('moves focus from the quote to the document it opened, and back to that quote', () => {
    const col = page(REGION);
    keeper.beforeChange(col, 'region');
    col.querySelector<HTMLElement>('[data-item="f1"]')!.focus();

    keeper.beforeChange(col, 'source');
    col.innerHTML = SOURCE;
    keeper.afterChange(document, 'source');
    expect(focused()?.id).toBe(FOCUS_ID.sourceTitle);

    keeper.beforeChange(col, 'region');
    col.innerHTML = REGION;
    keeper.afterChange(document, 'region');
    expect(focused()?.getAttribute('data-item')).toBe('f1');
  });

  it('sends focus to the region list when the closed panel took it', () => {
    const col = page(REGION);
    col.querySelector<HTMLElement>('.close')!.focus();
    keeper.beforeChange(col, 'none');
    col.innerHTML = '';
    keeper.afterChange(document, 'none');
    expect(focused()?.id).toBe(FOCUS_ID.regionList);
  });

  it('takes no focus from outside the column when a panel opens', () => {
    const col = page('');
    document.getElementById(FOCUS_ID.regionList)!.focus();
    keeper.beforeChange(col, 'region');
    col.innerHTML = REGION;
    keeper.afterChange(document, 'region');
    expect(focused()?.id).toBe(FOCUS_ID.regionList);
  });

  it('goes back to the quote in the column, not to the same quote in the comparison above it', () => {
    const col = page(REGION);
    col.insertAdjacentHTML(
      'beforebegin',
      '<button id="in-comparison" data-item="f1">原文</button>',
    );
    col.querySelector<HTMLElement>('[data-item="f1"]')!.focus();
    keeper.beforeChange(col, 'source');
    col.innerHTML = SOURCE;
    keeper.afterChange(document, 'source', col);
    keeper.beforeChange(col, 'region');
    col.innerHTML = REGION;
    keeper.afterChange(document, 'region', col);
    expect(focused()?.id).not.toBe('in-comparison');
    expect(col.contains(focused())).toBe(true);
  });
});
