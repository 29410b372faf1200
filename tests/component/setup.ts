// jsdom has no layout, so it leaves out the scrolling API that components call on keyboard moves.
import '@testing-library/svelte/vitest';

Element.prototype.scrollIntoView ??= function scrollIntoView() {};
