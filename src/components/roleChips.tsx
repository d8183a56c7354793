/**
 * Role chips as UserTable and OrgList show them: in the order the roles catalogue lists them (the
 * backend's privilege order), at most `max` chips and then "+K", so eight roles do not wrap a row
 * onto three lines. The hidden names stay reachable: in the "+K" chip's title and, for screen
 * readers, in its text. An id the catalogue does not know is "Unknown role", its id only in a title.
 */
import type { Role } from '../core/model.js';
import type { RosterFormat } from '../react/messages.js';
import type { PartProps } from './styling.js';
import { VisuallyHidden } from './primitives/VisuallyHidden.js';

export interface RoleChipStrings {
  unknownRole: string;
  /** The screen-reader text of the "+K" chip: the roles not shown as chips. */
  moreRoles: (count: number, names: string[], format: RosterFormat) => string;
}

export interface RoleChipsProps {
  roleIds: readonly string[];
  /** The roles catalogue by id, in the order the backend lists it. */
  rolesById: ReadonlyMap<string, Role>;
  strings: RoleChipStrings;
  format: RosterFormat;
  parts: { chips: PartProps; chip: PartProps };
  max?: number;
  /** A `<ul>` of `<li>` (with `label` as its name) instead of spans inside a table cell. */
  list?: { label: string };
}

const positions = new WeakMap<ReadonlyMap<string, Role>, Map<string, number>>();

/** The role ids in catalogue order; ids the catalogue does not know go last, in their own order. */
export function orderRoleIds(roleIds: readonly string[], rolesById: ReadonlyMap<string, Role>): string[] {
  let position = positions.get(rolesById);
  if (!position) positions.set(rolesById, (position = new Map([...rolesById.keys()].map((id, i) => [id, i]))));
  const rank = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  // Array#sort is stable, so unknown ids keep the order they came in.
  return [...roleIds].sort((a, b) => rank(a) - rank(b));
}

export function RoleChips({ roleIds, rolesById, strings, format, parts, max = 3, list }: RoleChipsProps) {
  const ordered = orderRoleIds(roleIds, rolesById);
  const name = (id: string) => rolesById.get(id)?.name ?? strings.unknownRole;
  // "+1" would take the room of the chip it hides: show that chip instead.
  const shown = ordered.length > max + 1 ? ordered.slice(0, max) : ordered;
  const hidden = ordered.slice(shown.length).map(name);
  const Item = list ? 'li' : 'span';
  // `dir="auto"` isolates the name as a <bdi> inside would, with one element less per chip.
  const chip = (id: string) => {
    const known = rolesById.has(id);
    return (
      <Item key={id} {...parts.chip} dir="auto" data-state={known ? undefined : 'unknown'} title={known ? undefined : id}>
        {name(id)}
      </Item>
    );
  };
  const more = hidden.length > 0 && (
    <Item key="more" {...parts.chip} data-state="overflow" title={hidden.join(', ')}>
      <span aria-hidden="true">+{format.number(hidden.length)}</span>
      <VisuallyHidden>{strings.moreRoles(hidden.length, hidden, format)}</VisuallyHidden>
    </Item>
  );
  return list ? (
    <ul {...parts.chips} aria-label={list.label}>
      {shown.map(chip)}
      {more}
    </ul>
  ) : (
    <span {...parts.chips}>
      {shown.map(chip)}
      {more}
    </span>
  );
}
