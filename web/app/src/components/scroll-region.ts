import type { Directive } from 'vue';

/**
 * For a wide table's wrapper (`.table-wrap`), which scrolls sideways on a narrow screen or in a
 * longer language: while it does scroll, it is a named, focusable region, so a keyboard user can
 * reach it and scroll it with the arrow keys (axe: scrollable-region-focusable). While it does
 * not, it adds no tab stop. Named by the directive's value, else by the table's caption or the
 * section's heading.
 */
const observers = new WeakMap<HTMLElement, ResizeObserver>();

function update(element: HTMLElement, label: string | undefined) {
  if (element.scrollWidth > element.clientWidth) {
    const name =
      label ??
      element.querySelector('caption')?.textContent?.trim() ??
      element.closest('section')?.querySelector('h2, h3')?.textContent?.trim() ??
      '';
    element.tabIndex = 0;
    element.setAttribute('role', 'region');
    if (name) element.setAttribute('aria-label', name);
  } else {
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
  }
}

export const vScrollRegion: Directive<HTMLElement, string | undefined> = {
  mounted(element, { value }) {
    update(element, value);
    // Every browser has it; jsdom, where the components are tested, does not.
    if (typeof ResizeObserver === 'undefined') return;
    // The wrapper narrows with the window; the table widens with its rows, language and font.
    const observer = new ResizeObserver(() => update(element, value));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    observers.set(element, observer);
  },
  // Only without an observer: live prices re-render a table many times a second, and reading
  // its widths on each would force a layout; the observer already sees every change of size.
  updated(element, { value }) {
    if (!observers.has(element)) update(element, value);
  },
  unmounted(element) {
    observers.get(element)?.disconnect();
    observers.delete(element);
  },
};
