/**
 * Bounds on glob patterns, in one place. Two tiers on purpose:
 * - `policy`: a policy's own patterns come from the repository under test; they are held tight and
 *   refused with a message naming the key (src/policy/globs.ts, src/policy/schema.ts).
 * - `compile`: the scan's guard on every pattern it compiles (src/scan/match.ts), the detectors'
 *   built-in globs included (the longest is 239 characters and expands to 136 alternatives), so it is
 *   looser; it stops a direct caller's runaway pattern. Every policy bound sits inside it, so a
 *   pattern the policy accepts always compiles (a test checks both).
 */
export const GLOB_LIMITS = {
  policy: {
    /** Characters in one pattern. */
    maxLength: 256,
    /** Patterns in one `paths` or `exclude` list. */
    maxPatterns: 100,
    /** `**` segments in one pattern. */
    maxGlobstars: 3,
    /** `*` wildcards (other than `**`) in one pattern; many stars in one segment backtrack badly. */
    maxStars: 10,
    /** Patterns one brace expression may expand to (`{a,b}{c,d}` → 4). */
    maxBraceExpansion: 32,
    /** Extglob groups such as `+(…)`; nesting them is refused outright. */
    maxExtglobs: 2,
  },
  compile: {
    /** Characters in one pattern. */
    maxLength: 1024,
    /** Alternatives one pattern may expand to (it is refused at this many). */
    maxExpansions: 256,
  },
} as const;
