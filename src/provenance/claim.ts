/** A claim as written (`text`) and the language-free keys it is compared by. */
export interface Claim {
  text: string;
  keys: string[];
}
