/**
 * Finds hard-coded English: render with every message replaced by a marker, then look for any word
 * of Roster's English UI vocabulary still in the DOM — in text or in what assistive technology
 * reads (aria-label, title, placeholder, alt). Words that also occur in the directory's own data
 * (names, role names, organization names) are not counted, since those come from the IdP.
 */
import { expect } from 'vitest';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { englishMessages } from '../../src/locales/en.js';
import type { RosterMessages } from '../../src/react/messages.js';

export const MARKER = '‹x›';

type Tree = { [key: string]: unknown };

function mapLeaves(value: unknown, leaf: (v: unknown) => unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as Tree).map(([k, v]) => [k, mapLeaves(v, leaf)]));
  }
  return leaf(value);
}

/** A full messages object whose every string and sentence is the marker. */
export function markerMessages(): RosterMessages {
  return mapLeaves(englishMessages, (v) => (typeof v === 'function' ? () => MARKER : MARKER)) as RosterMessages;
}

const SAMPLE_ARGUMENTS: unknown[][] = [[], [1], [2], [3, 5], ['Sample'], [['Admin'], ['Viewer']], ['Sample', 'Active']];

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/** Every word the English defaults can produce, from strings and from sentences with sample values. */
export function englishVocabulary(): Set<string> {
  const words = new Set<string>();
  mapLeaves(englishMessages, (v) => {
    if (typeof v === 'string') wordsOf(v).forEach((w) => words.add(w));
    if (typeof v === 'function') {
      for (const args of SAMPLE_ARGUMENTS) {
        try {
          const out = (v as (...a: unknown[]) => unknown)(...args);
          if (typeof out === 'string') wordsOf(out).forEach((w) => words.add(w));
        } catch {
          // A sentence that needs other values; the ones that fit are enough.
        }
      }
    }
    return v;
  });
  for (const sample of ['sample', 'admin', 'viewer']) words.delete(sample);
  return words;
}

/** Text and accessible strings of everything under `root`, one entry per node or attribute. */
export function readableStrings(root: ParentNode): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && (parent.tagName === 'STYLE' || parent.tagName === 'SCRIPT')) continue;
      if (node.textContent?.trim()) out.push(node.textContent.trim());
    } else {
      const el = node as Element;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription']) {
        const value = el.getAttribute(attr);
        if (value?.trim()) out.push(value.trim());
      }
    }
  }
  return out;
}

/** Strings under `root` holding an English UI word that the data itself does not contain. */
export function strayEnglish(root: ParentNode, dataText: string[]): string[] {
  const data = new Set(dataText.flatMap(wordsOf));
  const english = [...englishVocabulary()].filter((w) => !data.has(w));
  const englishSet = new Set(english);
  return readableStrings(root).filter((s) => wordsOf(s).some((w) => englishSet.has(w)));
}

/** The directory's own words (names, roles, organizations), which come from the IdP, not Roster. */
export function dataText(adapter: MemoryAdapter): string[] {
  const { users, roles, organizations, permissions } = adapter.snapshot();
  return [
    ...users.flatMap((u) => [u.name ?? '', u.email ?? '', String(u.customAttributes.department ?? '')]),
    ...roles.flatMap((r) => [r.name, r.description ?? '', ...r.permissions]),
    ...organizations.flatMap((o) => [o.name, ...o.domains]),
    ...permissions.flatMap((p) => [p.name, p.description ?? '']),
  ];
}

export function expectNoStrayEnglish(adapter: MemoryAdapter) {
  expect(strayEnglish(document.body, dataText(adapter))).toEqual([]);
}
