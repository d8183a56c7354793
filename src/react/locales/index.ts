export { germanMessages } from './de.js';
export { arabicMessages } from './ar.js';
