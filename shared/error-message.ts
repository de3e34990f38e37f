/** What went wrong, for a message shown to the user or sent between threads: a thrown value may be anything. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
