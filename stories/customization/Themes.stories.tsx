/**
 * The same table in three looks, switched live: the default theme and the two shipped example
 * themes, each made only of --roster-* tokens, in light, dark or following the system.
 */
import { useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { UserTable } from 'react-roster';

type Brand = 'default' | 'compact' | 'rounded';
type Mode = 'light' | 'dark' | 'auto';

function ThemeSwitcher({ initialBrand = 'default', initialMode = 'light' }: { initialBrand?: Brand; initialMode?: Mode }) {
  const [brand, setBrand] = useState<Brand>(initialBrand);
  const [mode, setMode] = useState<Mode>(initialMode);
  const id = useId();
  return (
    <div data-roster-brand={brand === 'default' ? undefined : brand} style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <label htmlFor={`${id}-brand`}>
          Theme{' '}
          <select id={`${id}-brand`} value={brand} onChange={(e) => setBrand(e.target.value as Brand)}>
            <option value="default">Default</option>
            <option value="compact">Compact enterprise</option>
            <option value="rounded">Rounded consumer</option>
          </select>
        </label>
        <label htmlFor={`${id}-mode`}>
          Mode{' '}
          <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="auto">Follow the system</option>
          </select>
        </label>
      </div>
      <UserTable theme={mode} defaultQuery={{ pageSize: 10 }} />
    </div>
  );
}

const meta = preview.meta({
  title: 'Customization/Themes',
  component: ThemeSwitcher,
});

const rowHeight = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-roster-part="user-table-row"]')!.getBoundingClientRect().height;

export const SwitchLive = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), { timeout: 8000 });
    const regular = rowHeight(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Theme'), 'compact');
    const compact = rowHeight(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Theme'), 'rounded');
    const rounded = rowHeight(canvasElement);
    expect(compact).toBeLessThan(regular);
    expect(rounded).toBeGreaterThan(regular);
    const table = canvasElement.querySelector<HTMLElement>('[data-roster-part="user-table"]')!;
    const light = getComputedStyle(table).backgroundColor;
    await userEvent.selectOptions(canvas.getByLabelText('Mode'), 'dark');
    expect(getComputedStyle(table).backgroundColor).not.toBe(light);
  },
});

// Rows on screen before the axe check, so contrast is judged on real content.
const rowsShown = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await waitFor(() => expect(within(canvasElement).getByText('500 users')).toBeInTheDocument(), { timeout: 8000 });
};

export const CompactLight = meta.story({ args: { initialBrand: 'compact', initialMode: 'light' }, play: rowsShown });
export const CompactDark = meta.story({ args: { initialBrand: 'compact', initialMode: 'dark' }, play: rowsShown });
export const RoundedLight = meta.story({ args: { initialBrand: 'rounded', initialMode: 'light' }, play: rowsShown });
export const RoundedDark = meta.story({ args: { initialBrand: 'rounded', initialMode: 'dark' }, play: rowsShown });
