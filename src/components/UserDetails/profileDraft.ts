/**
 * The profile form's data, without React: which custom attributes are shown and how each is typed
 * and edited, the form's values as typed, the partial update they make (only what changed, and of
 * the attributes only the keys that changed), and the checks made before sending.
 *
 * The user's attributes are the backend's data and may be anything: an object, a list of numbers,
 * a megabyte of text, a key named `__proto__`. Those are shown as text and never edited; drafts
 * live in Maps and patches are built with `Object.fromEntries`, so no key ever reaches a prototype.
 */
import type { AttributeDefinition, AttributeType, UpdateUserInput, User } from '../../core/model.js';
import { safePictureUrl } from '../primitives/Avatar.js';

export type ProfileField = 'givenName' | 'familyName' | 'name' | 'phone' | 'picture';
export const PROFILE_FIELDS: readonly ProfileField[] = ['givenName', 'familyName', 'name', 'phone', 'picture'];

/** Longer text is shown, not edited: every keystroke in a megabyte-long field would copy a megabyte. */
export const EDITABLE_TEXT_LIMIT = 10_000;
/** A longer list is shown, not edited as chips. */
export const EDITABLE_LIST_LIMIT = 200;
/** Keys that reach an object's prototype when a careless consumer assigns them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/** What a form value is as typed: text, a checkbox, or a list of texts. */
export type AttributeDraft = string | boolean | readonly string[];

export interface AttributeSpec {
  key: string;
  /** The backend's display name, where it defines one. */
  label: string | null;
  /** `text`: shown as text only (not plain data, too long, or not of its defined type). */
  type: AttributeType | 'text';
  options?: readonly string[];
  editable: boolean;
}

/** The form's edits: a field or attribute is here once the admin has touched it. */
export interface ProfileEdits {
  fields: ReadonlyMap<ProfileField, string>;
  attributes: ReadonlyMap<string, AttributeDraft>;
}

export const NO_EDITS: ProfileEdits = { fields: new Map(), attributes: new Map() };

/** An attribute's own value: `__proto__` or `constructor` as keys never read the prototype. */
export function ownValue(attributes: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(attributes, key) ? attributes[key] : undefined;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= EDITABLE_LIST_LIMIT && value.every((item) => typeof item === 'string' && item.length <= EDITABLE_TEXT_LIMIT);

/** Whether `value` can be edited as `type`; nothing (null, absent) always can. */
function fitsType(type: AttributeType, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.length <= EDITABLE_TEXT_LIMIT;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));
    case 'list':
      return isStringList(value);
  }
}

/** The type an attribute without a definition is edited as, judged by its value. */
function typeOfValue(value: unknown): AttributeSpec['type'] {
  if (value === null || value === undefined) return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'text';
  if (typeof value === 'string') return value.length > EDITABLE_TEXT_LIMIT ? 'text' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : 'string';
  return isStringList(value) ? 'list' : 'text';
}

/**
 * The attributes the form shows: every defined one (in the backend's order), then any other the
 * user holds. `definitions` is null where the backend defines none: each is then typed by its
 * value and editable. Where it defines them, one it does not define is shown and not changed.
 */
export function attributeSpecs(attributes: Readonly<Record<string, unknown>>, definitions: readonly AttributeDefinition[] | null, canEdit: boolean): AttributeSpec[] {
  const specs: AttributeSpec[] = [];
  const seen = new Set<string>();
  for (const definition of definitions ?? []) {
    if (seen.has(definition.key)) continue;
    seen.add(definition.key);
    const fits = !PROTOTYPE_KEYS.has(definition.key) && fitsType(definition.type, ownValue(attributes, definition.key));
    specs.push({
      key: definition.key,
      label: definition.label || null,
      type: fits ? definition.type : 'text',
      ...(definition.options && { options: definition.options }),
      editable: fits && canEdit && definition.editable,
    });
  }
  for (const key of Object.keys(attributes)) {
    if (seen.has(key)) continue;
    const type = PROTOTYPE_KEYS.has(key) ? 'text' : typeOfValue(attributes[key]);
    specs.push({ key, label: null, type, editable: canEdit && definitions === null && type !== 'text' });
  }
  return specs;
}

/** The form value an attribute starts from. */
export function draftOf(spec: AttributeSpec, value: unknown): AttributeDraft {
  switch (spec.type) {
    case 'boolean':
      return value === true;
    case 'list':
      return Array.isArray(value) ? (value as string[]) : [];
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    case 'date':
      return typeof value === 'string' ? value.slice(0, 10) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** What is sent for a form value; an emptied field clears the attribute. */
function storedOf(spec: AttributeSpec, draft: AttributeDraft): unknown {
  if (typeof draft === 'boolean') return draft;
  if (typeof draft !== 'string') return [...draft];
  const text = spec.type === 'string' ? draft : draft.trim();
  if (!text) return null;
  return spec.type === 'number' ? Number(text) : text;
}

export function sameDraft(a: AttributeDraft, b: AttributeDraft): boolean {
  if (typeof a === 'string' || typeof a === 'boolean' || typeof b === 'string' || typeof b === 'boolean') return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A standard field's text as the form shows it. */
export const fieldText = (user: User, field: ProfileField): string => user[field] ?? '';

/** The form's current value of an attribute: as edited, or as the user holds it. */
export function attributeValue(base: User, spec: AttributeSpec, edits: ProfileEdits): AttributeDraft {
  return edits.attributes.get(spec.key) ?? draftOf(spec, ownValue(base.customAttributes, spec.key));
}

/** The partial update the edits make: changed fields only, and of the attributes only the changed keys. */
export function patchOf(base: User, specs: readonly AttributeSpec[], edits: ProfileEdits): UpdateUserInput {
  const patch: UpdateUserInput = {};
  for (const [field, text] of edits.fields) if (text.trim() !== fieldText(base, field).trim()) patch[field] = text.trim() || null;
  const changed: [string, unknown][] = [];
  for (const spec of specs) {
    const draft = edits.attributes.get(spec.key);
    if (!spec.editable || draft === undefined) continue;
    if (!sameDraft(draft, draftOf(spec, ownValue(base.customAttributes, spec.key)))) changed.push([spec.key, storedOf(spec, draft)]);
  }
  // fromEntries defines own properties: a key named `__proto__` would stay a key, never a prototype.
  if (changed.length) patch.customAttributes = Object.fromEntries(changed);
  return patch;
}

/** Where an error shows: a standard field, or `customAttributes.<key>`. */
export type FieldId = ProfileField | `customAttributes.${string}`;
export const attributeFieldId = (key: string): FieldId => `customAttributes.${key}`;

export type DraftProblem = 'pictureHttps' | 'numberInvalid' | 'dateInvalid';

/** What the form finds wrong before sending `patch`: pictures load over https only. */
export function checkPatch(patch: UpdateUserInput, specs: readonly AttributeSpec[]): Map<FieldId, DraftProblem> {
  const problems = new Map<FieldId, DraftProblem>();
  if (patch.picture && !safePictureUrl(patch.picture)) problems.set('picture', 'pictureHttps');
  for (const [key, value] of Object.entries(patch.customAttributes ?? {})) {
    const type = specs.find((s) => s.key === key)?.type;
    if (type === 'number' && typeof value === 'number' && !Number.isFinite(value)) problems.set(attributeFieldId(key), 'numberInvalid');
    if (type === 'date' && typeof value === 'string' && Number.isNaN(Date.parse(value))) problems.set(attributeFieldId(key), 'dateInvalid');
  }
  return problems;
}

/**
 * The fields a refusal names, among those sent: `customAttributes` alone marks every attribute
 * sent. Names the form does not show are left to the form-wide message.
 */
export function refusedFields(fieldErrors: Readonly<Record<string, string>> | undefined, patch: UpdateUserInput): FieldId[] {
  const found: FieldId[] = [];
  const sentKeys = Object.keys(patch.customAttributes ?? {});
  for (const name of Object.keys(fieldErrors ?? {})) {
    if ((PROFILE_FIELDS as readonly string[]).includes(name) && name in patch) found.push(name as ProfileField);
    else if (name === 'customAttributes') found.push(...sentKeys.map(attributeFieldId));
    else if (name.startsWith('customAttributes.') && sentKeys.includes(name.slice('customAttributes.'.length))) found.push(name as FieldId);
  }
  return [...new Set(found)];
}

/** Any value as text, safely: JSON for data, a placeholder for what cannot be written out. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cycle or a BigInt: its kind is all that can be said.
    return Object.prototype.toString.call(value);
  }
}
