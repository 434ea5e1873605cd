import { GLOB_LIMITS } from '../domain/glob-limits.js';

/**
 * Bounds on what a policy file may hold. A policy comes from the repository under test, so
 * it is untrusted input: every bound keeps parsing and later glob matching cheap, and each
 * is far above what a real policy needs (a few KB, depth 5, a handful of globs).
 */
export const POLICY_LIMITS = {
  /** Bytes of the whole file; checked before reading or parsing it. */
  maxBytes: 1024 * 1024,
  /**
   * YAML tokens (keys, values, indicators), counted by a linear pre-pass: YAML parsing
   * costs about 45 µs a token, so this bounds parse time to about half a second. Every list
   * of every artifact filled to its cap is about 7,500; real policies hold a few hundred.
   */
  maxTokens: 10_000,
  /** Nesting of mappings and lists; a full policy needs 5 (artifacts → id → paths → item). */
  maxDepth: 16,
  /** Alias expansions while building the value; stops "billion laughs" documents. */
  maxAliases: 100,
  // Glob bounds live with the scan's own in src/domain/glob-limits.ts.
  maxGlobLength: GLOB_LIMITS.policy.maxLength,
  maxGlobs: GLOB_LIMITS.policy.maxPatterns,
  maxGlobstars: GLOB_LIMITS.policy.maxGlobstars,
  maxStars: GLOB_LIMITS.policy.maxStars,
  maxBraceExpansion: GLOB_LIMITS.policy.maxBraceExpansion,
  maxExtglobs: GLOB_LIMITS.policy.maxExtglobs,
  /** Waivers in the list. */
  maxWaivers: 100,
  /** Characters of free text (a waiver's reason, owner). */
  maxText: 1000,
  /** Characters of a URL. */
  maxUrl: 2048,
  /** Schema issues turned into messages; beyond this they are only counted. */
  maxIssues: 500,
  /** Problems listed in one error message; the rest are counted. */
  maxReported: 20,
} as const;
