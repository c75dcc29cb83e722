export { teammateMode } from './teammateMode.js';
export type { TeammateMode } from './teammateMode.js';
