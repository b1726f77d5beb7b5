/**
 * Bump when a change to the classifier (folding, tokenizing, scoring) can change which entries a
 * topic holds: stored entries are then classified again at the next start.
 */
export const CLASSIFIER_REVISION = 1;
