/**
 * Depth limits on JSON, both ways. JSON.stringify, structuredClone and most IdP SDKs recurse, so a
 * value a few thousand levels deep (a dozen kilobytes of `{"a":`) overflows the stack of whoever
 * touches it next — the handler itself, the memory directory, or every list that includes the
 * user. Incoming bodies are measured on their text before parsing; outgoing custom attributes are
 * measured before they are copied.
 */

/** Deeper than any body of the protocol (4) plus custom attributes (MAX_ATTRIBUTE_DEPTH). */
export const MAX_BODY_DEPTH = 16;
/** Levels below a custom attribute's key: room for real nested settings, nothing like a chain. */
export const MAX_ATTRIBUTE_DEPTH = 8;

/**
 * Whether the JSON text nests deeper than `maxDepth` objects and arrays. A linear scan that
 * skips string contents; it never builds the value, so it cannot overflow.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/**
 * Whether a parsed value nests deeper than `maxDepth` (a scalar is depth 0). Stops descending at
 * the limit, so even a value built in memory to any depth is measured without overflowing.
 */
export function isDeeperThan(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (maxDepth <= 0) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => isDeeperThan(child, maxDepth - 1));
}

/** Whether any object key at any depth is one that reaches an object's prototype when assigned. */
export function hasReservedKey(value: unknown, reserved: ReadonlySet<string>, maxDepth = MAX_BODY_DEPTH): boolean {
  if (typeof value !== 'object' || value === null || maxDepth < 0) return false;
  if (!Array.isArray(value) && Object.keys(value).some((key) => reserved.has(key))) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => hasReservedKey(child, reserved, maxDepth - 1));
}

/** What an IdP already holds may be deeper than the handler accepts, as long as copying it is safe. */
const MAX_STORED_ATTRIBUTE_DEPTH = 64;

/**
 * A plain-data copy of custom attributes for a response. An attribute nested too deeply to copy
 * safely is left out whole (not cut short: a client saving the record back would store the
 * truncation) and reported through `onDropped`.
 */
export function publicAttributes(attributes: Record<string, unknown> | undefined, onDropped: (key: string) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (isDeeperThan(value, MAX_STORED_ATTRIBUTE_DEPTH)) {
      onDropped(key);
      continue;
    }
    // Round-tripped through JSON so only plain data survives (no functions, no class instances).
    const text = JSON.stringify(value);
    if (text === undefined) continue;
    // Defined rather than assigned, so a key named `__proto__` stays a key.
    Object.defineProperty(out, key, { value: JSON.parse(text) as unknown, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
