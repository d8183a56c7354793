/**
 * The scroll cue on a phone: while middle columns are scrolled under the sticky name column, it
 * casts a shadow over them; while columns remain beyond the sticky row menu, the menu's column
 * casts one the other way. Left to right and right to left. Read from the computed shadow, as the
 * cue is drawn (a shadow's offset of 0 draws nothing).
 */
import { describe, expect, it } from 'vitest';
import { bodyRows, renderUserTable, setViewport, tableLoaded } from './renderRoster.js';

/** The horizontal offset of the outer (last) shadow of `element`, in px; 0 when it has none. */
function castShadowX(element: Element): number {
  const shadow = getComputedStyle(element).boxShadow;
  if (shadow === 'none') return 0;
  const layers = shadow.split(/,(?![^(]*\))/);
  const lengths = layers[layers.length - 1]!.match(/-?[\d.]+px/g) ?? [];
  return Number.parseFloat(lengths[0] ?? '0');
}

const frame = () => new Promise(requestAnimationFrame);

describe('UserTable scroll cue at 390 × 844', () => {
  it.each(['ltr', 'rtl'] as const)('marks the sticky columns’ edges only while columns hide under them (%s)', async (dir) => {
    await setViewport(390, 844);
    renderUserTable({ dir });
    await tableLoaded();
    const scroller = document.querySelector<HTMLElement>('[data-roster-part="user-table-scroller"]')!;
    const row = bodyRows()[0]!;
    const name = row.querySelector('[data-column="name"]')!;
    const actions = row.querySelector('[data-column="actions"]')!;
    // Towards the inline end: right in ltr, left in rtl.
    const end = dir === 'rtl' ? -1 : 1;
    const cues = async (scrollLeft: number) => {
      scroller.scrollLeft = scrollLeft;
      await frame();
      await frame();
      return { name: Math.sign(castShadowX(name)), actions: Math.sign(castShadowX(actions)) };
    };
    const far = end * (scroller.scrollWidth - scroller.clientWidth);
    expect(Math.abs(far)).toBeGreaterThan(100);

    expect(await cues(0)).toEqual({ name: 0, actions: -end });
    expect(await cues(far / 2)).toEqual({ name: end, actions: -end });
    expect(await cues(far)).toEqual({ name: end, actions: 0 });
  });
});
