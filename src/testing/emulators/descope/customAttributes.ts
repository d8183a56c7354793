/**
 * The Descope emulator's custom attribute schema, `GET /v1/mgmt/user/customattributes` →
 * `{ data: [...], total }` (docs.descope.com/api/management/users/custom-attributes), seeded with
 * the definitions of the attributes the generated directory gives its users.
 *
 * `editable` is "whether this specific user can edit this specific field" (docs): the state keeps
 * it as what a tenant admin may edit, and the answer carries it to a session (the widget's call)
 * only. A management key is no user, and may change every attribute: its answer leaves it out.
 */
import { DESCOPE_ATTRIBUTE_TYPES, type DescopeCustomAttribute } from '../../../adapters/descope/detailsWire.js';
import { DEFAULT_ATTRIBUTE_DEFINITIONS } from '../../../adapters/memory/generatedDetails.js';
import type { AttributeDefinition } from '../../../core/model.js';
import type { Caller } from './users.js';

function descopeType(definition: AttributeDefinition): number {
  switch (definition.type) {
    case 'string':
      return definition.options?.length ? DESCOPE_ATTRIBUTE_TYPES.singleSelect : DESCOPE_ATTRIBUTE_TYPES.text;
    case 'number':
      return DESCOPE_ATTRIBUTE_TYPES.numeric;
    case 'boolean':
      return DESCOPE_ATTRIBUTE_TYPES.bool;
    case 'list':
      return DESCOPE_ATTRIBUTE_TYPES.array;
    case 'date':
      return DESCOPE_ATTRIBUTE_TYPES.date;
  }
}

/** The seeded schema, in Descope's wire shape (options as `{ value, label }`, as the docs show). */
export function seedCustomAttributes(): DescopeCustomAttribute[] {
  return DEFAULT_ATTRIBUTE_DEFINITIONS.map((d) => ({
    name: d.key,
    type: descopeType(d),
    ...(d.options?.length ? { options: d.options.map((value) => ({ value, label: value })) } : {}),
    displayName: d.label ?? d.key,
    viewPermissions: [],
    editPermissions: d.editable ? ['User Admin'] : [],
    editable: d.editable,
  }));
}

export function listCustomAttributes(definitions: readonly DescopeCustomAttribute[], caller: Caller) {
  const data = definitions.map((d) => {
    const copy = structuredClone(d);
    if (caller.kind === 'management') delete copy.editable;
    return copy;
  });
  // The docs type `total` as a string.
  return { data, total: String(data.length) };
}
