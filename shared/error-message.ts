/**
 * What went wrong, for logs, a "technical details" box or a message sent between threads. A thrown
 * value may be anything (an Error, a router response, a plain object, a string); this never
 * answers "[object Object]". Words a user reads come from the UI's own messages, not from here.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return String(error);
  const { message, status, statusText } = error as {
    message?: unknown;
    status?: unknown;
    statusText?: unknown;
  };
  if (typeof message === 'string') return message;
  if (typeof status === 'number') return `${status}${typeof statusText === 'string' ? ` ${statusText}` : ''}`;
  try {
    return JSON.stringify(error);
  } catch {
    // Circular: its keys still say more than "[object Object]".
    return `{${Object.keys(error).join(', ')}}`;
  }
}

/** "TypeError: x is undefined": the error's kind and message, for a details box. */
export function technicalDetail(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : errorMessage(error);
}
