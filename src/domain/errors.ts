/**
 * Errors that mean "the run could not be judged" (exit 2). They carry a message meant for
 * the user as it is: file, line and key path where they apply, never a stack trace.
 */
export class GateError extends Error {
  override readonly name: string = 'GateError';
  constructor(
    message: string,
    /** Where it happened, for annotations: a file and 1-based line when known. */
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Bad command-line usage or action input. */
export class UsageError extends GateError {
  override readonly name = 'UsageError';
}

/** The message of anything thrown: JavaScript lets code throw values that are not errors. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
