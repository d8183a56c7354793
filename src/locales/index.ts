/** Every language Roster ships, as whole RosterMessages objects for `<RosterProvider messages={…}>`. */
export { englishMessages } from './en.js';
export { germanMessages } from './de.js';
export { arabicMessages } from './ar.js';
