/**
 * The action's one logger shape. run.ts builds the only instance over @actions/core, neutralising
 * every message once so repository text can never start a workflow command; the API calls and the
 * GitHub client log through it (tests pass their own).
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}
