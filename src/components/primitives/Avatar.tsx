import { useState } from 'react';
import { cx, type PartProps } from '../styling.js';
import { useStyling } from '../StylingScope.js';

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
  /** What picks the avatar's colour (the user id): the same user, the same colour, everywhere. */
  toneKey?: string;
  rosterPart: PartProps;
}

/** One of eight tones (0–7) from a string hash (FNV-1a), so four "AA" users do not look alike. */
export function avatarTone(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 8;
}

/** Decorative: the name next to it already says who this is. */
export function Avatar({ picture, name, email, toneKey, rosterPart }: AvatarProps) {
  const { unstyled } = useStyling();
  const url = safePictureUrl(picture);
  const [failed, setFailed] = useState(false);
  return (
    <span aria-hidden="true" {...rosterPart} data-tone={toneKey === undefined ? undefined : avatarTone(toneKey)} className={cx(!unstyled && 'roster-avatar', rosterPart.className)}>
      {url && !failed ? <img src={url} alt="" referrerPolicy="no-referrer" onError={() => setFailed(true)} /> : initials(name, email)}
    </span>
  );
}
