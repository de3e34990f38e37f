import { errorMessage } from '../error-message';

/** Why the bytes of a JSON file the user gave us are not JSON, as data the UI words. */
export type JsonFileProblem =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'encoding' }
  /** Nothing in it, or only spaces and line breaks: not the same as a file cut off. */
  | { kind: 'empty' }
  | { kind: 'json'; line: number | null; truncated: boolean };

/** Size first (never decode a huge file), then strict UTF-8 (a BOM is fine), then JSON. */
export function readJsonFile(
  bytes: Uint8Array,
  limit: number,
): { ok: true; json: unknown } | { ok: false; problem: JsonFileProblem } {
  if (bytes.byteLength > limit)
    return { ok: false, problem: { kind: 'too-large', bytes: bytes.byteLength, limit } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'encoding' } };
  }
  if (!text.trim()) return { ok: false, problem: { kind: 'empty' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: { kind: 'json', ...whereJsonStopped(text, errorMessage(error)) } };
  }
}

/**
 * The line where JSON.parse stopped, when its message says (engines word it differently, and some
 * do not say), and whether the text simply ended too soon (a file cut off in transfer).
 */
function whereJsonStopped(text: string, message: string): { line: number | null; truncated: boolean } {
  const truncated = /end of (JSON )?input|unterminated|unexpected end/i.test(message);
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), truncated };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: null, truncated };
  return { line: text.slice(0, Number(position[1])).split('\n').length, truncated };
}
