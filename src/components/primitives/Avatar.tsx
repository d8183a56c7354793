import { useState } from 'react';
import { cx, type PartProps } from '../styling.js';

/** Only https pictures are loaded: anything else (http, data:, javascript:) could leak or mislead. */
export function safePictureUrl(picture: string | null | undefined): string | null {
  if (!picture) return null;
  try {
    const url = new URL(picture);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function initials(name: string | null | undefined, email: string | null | undefined): string {
  const source = (name ?? '').trim() || (email ?? '').split('@')[0] || '';
  const words = source.split(/[\s._-]+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => Array.from(w)[0]!.toLocaleUpperCase()).join('') || '?';
}

export interface AvatarProps {
  picture?: string | null;
  name?: string | null;
  email?: string | null;
  rosterPart: PartProps;
  unstyled?: boolean;
}

/** Decorative: the name next to it already says who this is. */
export function Avatar({ picture, name, email, rosterPart, unstyled }: AvatarProps) {
  const url = safePictureUrl(picture);
  const [failed, setFailed] = useState(false);
  return (
    <span aria-hidden="true" {...rosterPart} className={cx(!unstyled && 'roster-avatar', rosterPart.className)}>
      {url && !failed ? <img src={url} alt="" referrerPolicy="no-referrer" onError={() => setFailed(true)} /> : initials(name, email)}
    </span>
  );
}
