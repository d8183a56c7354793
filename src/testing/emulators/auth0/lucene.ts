/**
 * The part of Auth0's user search v3 query syntax (`q`, Lucene) the emulator understands, read as
 * Auth0's "User Search Query Syntax" page describes it:
 *
 * - `field:term`, `field:"exact phrase"`, `field:[from TO to]`, bare terms (normalized fields only),
 *   `( … )`, `AND` / `OR` / `NOT` (capitalized; juxtaposition is OR, as in Lucene) and `\` escapes;
 * - normalized fields (email, name, given_name, family_name, nickname) match case-insensitively,
 *   every other field case-sensitively; a field without a value is not indexed, so `blocked:false`
 *   does not find users never blocked;
 * - `*` and `?` wildcards: a prefix (`name:j*`) with any literal; any other wildcard needs 3 or
 *   more literal characters (`name:*usa`); no wildcard or range on metadata fields.
 *
 * Anything else (unknown fields, regexes, fuzzy and boost operators) is refused with Auth0's 400,
 * so an adapter that sends it fails here rather than in production.
 */

export class LuceneError extends Error {}

export type FieldValue = string | number | boolean;

/** The values a user holds for a field (several for `organization_id`, none when unset). */
export type FieldReader = (field: string) => FieldValue[] | null;

type Node =
  | { kind: 'or' | 'and'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'term'; field: string | null; value: string; phrase: boolean; wildcard: boolean }
  | { kind: 'range'; field: string; from: string; to: string; fromInclusive: boolean; toInclusive: boolean };

export const NORMALIZED_FIELDS = new Set(['email', 'name', 'given_name', 'family_name', 'nickname']);
const OTHER_FIELDS = new Set([
  'user_id', 'email_verified', 'username', 'phone_number', 'phone_verified', 'logins_count', 'created_at', 'updated_at',
  'last_login', 'last_ip', 'blocked', 'email.domain', 'organization_id', 'identities.connection', 'identities.provider', 'identities.user_id',
]);
const isMetadata = (field: string) => /^(app|user)_metadata\.[A-Za-z0-9_.]+$/.test(field);

const SPECIAL = new Set(['(', ')', '"', '[', ']', '{', '}', ':', '^', '~', '!', '/']);

interface Token {
  type: 'word' | '(' | ')' | 'phrase' | 'range' | 'colon';
  text: string;
  /** For words: which characters were escaped (not wildcards). */
  escaped?: boolean[];
}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')') { tokens.push({ type: c, text: c }); i++; continue; }
    if (c === ':') { tokens.push({ type: 'colon', text: c }); i++; continue; }
    if (c === '"') {
      let text = '';
      for (i++; i < q.length && q[i] !== '"'; i++) text += q[i] === '\\' ? q[++i] ?? '' : q[i];
      if (q[i] !== '"') throw new LuceneError('unterminated phrase');
      i++;
      tokens.push({ type: 'phrase', text });
      continue;
    }
    if (c === '[' || c === '{') {
      const end = q.slice(i).search(/[\]}]/);
      if (end < 0) throw new LuceneError('unterminated range');
      tokens.push({ type: 'range', text: q.slice(i, i + end + 1) });
      i += end + 1;
      continue;
    }
    if (SPECIAL.has(c)) throw new LuceneError(`unsupported operator “${c}”`);
    let text = '';
    const escaped: boolean[] = [];
    while (i < q.length && !/\s/.test(q[i]!) && !SPECIAL.has(q[i]!)) {
      if (q[i] === '\\') {
        if (i + 1 >= q.length) throw new LuceneError('dangling escape');
        text += q[i + 1];
        escaped.push(true);
        i += 2;
      } else {
        text += q[i];
        escaped.push(false);
        i++;
      }
    }
    tokens.push({ type: 'word', text, escaped });
  }
  return tokens;
}

function parse(q: string): Node {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (word: string) => peek()?.type === 'word' && peek()!.text === word && !peek()!.escaped!.some(Boolean);

  function orExpr(): Node {
    const items = [andExpr()];
    for (;;) {
      if (isOp('OR')) { pos++; items.push(andExpr()); continue; }
      // Juxtaposed clauses combine with OR, Lucene's default operator.
      if (peek() && peek()!.type !== ')') { items.push(andExpr()); continue; }
      break;
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }
  function andExpr(): Node {
    const items = [unary()];
    while (isOp('AND')) {
      pos++;
      items.push(unary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }
  function unary(): Node {
    if (isOp('NOT')) {
      pos++;
      return { kind: 'not', item: unary() };
    }
    return primary();
  }
  function primary(): Node {
    const token = tokens[pos++];
    if (!token) throw new LuceneError('unexpected end of query');
    if (token.type === '(') {
      const inner = orExpr();
      if (tokens[pos++]?.type !== ')') throw new LuceneError('missing “)”');
      return inner;
    }
    if (token.type === 'phrase') return { kind: 'term', field: null, value: token.text, phrase: true, wildcard: false };
    if (token.type !== 'word') throw new LuceneError(`unexpected “${token.text}”`);
    if (tokens[pos]?.type !== 'colon') return word(null, token);
    pos++;
    const field = token.text;
    checkField(field);
    const value = tokens[pos++];
    if (!value) throw new LuceneError(`no value for ${field}`);
    if (value.type === 'phrase') return { kind: 'term', field, value: value.text, phrase: true, wildcard: false };
    if (value.type === 'range') return range(field, value.text);
    if (value.type !== 'word') throw new LuceneError(`unexpected “${value.text}” after ${field}:`);
    return word(field, value);
  }
  function word(field: string | null, token: Token): Node {
    const wildcard = token.escaped!.some((escaped, i) => !escaped && (token.text[i] === '*' || token.text[i] === '?'));
    if (wildcard) checkWildcard(field, token);
    const value = wildcard ? token.text.split('').map((ch, i) => (token.escaped![i] ? `\\${ch}` : ch)).join('') : token.text;
    return { kind: 'term', field, value, phrase: false, wildcard };
  }

  const node = orExpr();
  if (pos < tokens.length) throw new LuceneError(`unexpected “${tokens[pos]!.text}”`);
  return node;
}

function checkField(field: string): void {
  if (!NORMALIZED_FIELDS.has(field) && !OTHER_FIELDS.has(field) && !isMetadata(field)) throw new LuceneError(`unknown field “${field}”`);
}

function checkWildcard(field: string | null, token: Token): void {
  if (field && isMetadata(field)) throw new LuceneError('wildcards are not available on metadata fields');
  const literals = token.escaped!.filter((escaped, i) => escaped || (token.text[i] !== '*' && token.text[i] !== '?')).length;
  const isPrefix = /^[^*?]+\*$/.test(token.text) && !token.escaped!.at(-1);
  if (!isPrefix && literals < 3) throw new LuceneError('wildcards other than a prefix need at least 3 literal characters');
}

function range(field: string, text: string): Node {
  if (isMetadata(field)) throw new LuceneError('ranges are not available on metadata fields');
  const match = /^([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])$/.exec(text);
  if (!match) throw new LuceneError(`malformed range ${text}`);
  return { kind: 'range', field, from: match[2]!, to: match[3]!, fromInclusive: match[1] === '[', toInclusive: match[4] === ']' };
}

function wildcardRegExp(pattern: string, flags: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') source += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, flags);
}

function matchesTerm(values: FieldValue[], node: Extract<Node, { kind: 'term' }>, caseless: boolean): boolean {
  const norm = (text: string) => (caseless ? text.toLocaleLowerCase() : text);
  return values.some((raw) => {
    const value = String(raw);
    if (node.wildcard) return wildcardRegExp(node.value, caseless ? 'is' : 's').test(value);
    if (node.phrase) return norm(value) === norm(node.value);
    // An unquoted word finds a whole value or one of its words.
    return norm(value) === norm(node.value) || norm(value).split(/\s+/).includes(norm(node.value));
  });
}

function inRange(values: FieldValue[], node: Extract<Node, { kind: 'range' }>): boolean {
  const cmp = (a: FieldValue, b: string) => (typeof a === 'number' ? a - Number(b) : String(a) < b ? -1 : String(a) > b ? 1 : 0);
  return values.some((v) => {
    const lower = node.from === '*' || (node.fromInclusive ? cmp(v, node.from) >= 0 : cmp(v, node.from) > 0);
    const upper = node.to === '*' || (node.toInclusive ? cmp(v, node.to) <= 0 : cmp(v, node.to) < 0);
    return lower && upper;
  });
}

function evaluate(node: Node, read: FieldReader): boolean {
  switch (node.kind) {
    case 'or':
      return node.items.some((n) => evaluate(n, read));
    case 'and':
      return node.items.every((n) => evaluate(n, read));
    case 'not':
      return !evaluate(node.item, read);
    case 'range':
      return inRange(read(node.field) ?? [], node);
    case 'term': {
      // A bare term searches the normalized fields, never metadata.
      const fields = node.field ? [node.field] : [...NORMALIZED_FIELDS];
      return fields.some((f) => matchesTerm(read(f) ?? [], node, NORMALIZED_FIELDS.has(f)));
    }
  }
}

/** A matcher for `q`; throws LuceneError for what Auth0 would refuse. */
export function compileQuery(q: string): (read: FieldReader) => boolean {
  const node = parse(q);
  return (read) => evaluate(node, read);
}
