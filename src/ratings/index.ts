export { applyRatingRequest } from './applyRatingRequest.js';
export { CLOSING_CHECKLIST } from './closingChecklist.js';
export type { ClosingChecklistItem } from './closingChecklist.js';
export { countRatingCharacters } from './countRatingCharacters.js';
export { creditedTeammate } from './creditedTeammate.js';
export { decideRatingRequest } from './decideRatingRequest.js';
export { submitRating } from './submitRating.js';
export {
  CLOSE_SOURCES, RATING_LENGTH_THRESHOLD, RATING_REPLY_WINDOW_MS, RATING_REQUEST_POLICIES, RATING_REQUEST_REASONS,
} from './types.js';
export type {
  AppliedRatingRequest, CloseSource, DecideRatingRequestInput, RatingRecord, RatingRequestDecision, RatingRequestPolicy,
  RatingRequestReason, SubmitRatingInput, SubmittedRating,
} from './types.js';
