import { z } from 'zod';
import { MAX_PACK_BYTES } from '../catalog/limits';
import { teamCredentialsSchema } from '../team/connection';
import { IPC } from './channels';
import { SAVE_KIND_NAMES } from './save-kinds';
import { MAX_USER_DATA_BYTES } from '../user-data/user-data-file';

/** A name the page suggests for a saved file; the main process cleans it before showing it. */
const suggestedNameSchema = z.string().min(1).max(255);

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/))
    .min(1)
    .max(8),
});

/**
 * Largest file the import dialog reads, checked against the file size before reading: a catalog
 * pack of a national catalog, the largest file the app opens (each reader has its own limit).
 */
export const MAX_IMPORT_BYTES = MAX_PACK_BYTES;
/** Largest file the app saves (an exported national catalog), as text or as bytes. */
export const MAX_SAVE_BYTES = MAX_PACK_BYTES;

export const ipcContract = {
  [IPC.openFileForImport]: {
    args: z.strictObject({ filters: z.array(fileFilterSchema).max(4) }),
    result: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('canceled') }),
      z.strictObject({ status: z.literal('too-large'), name: z.string(), bytes: z.number() }),
      z.strictObject({ status: z.literal('not-a-file'), name: z.string() }),
      z.strictObject({ status: z.literal('opened'), name: z.string(), bytes: z.instanceof(Uint8Array) }),
    ]),
  },
  [IPC.saveExport]: {
    args: z.strictObject({
      kind: z.enum(SAVE_KIND_NAMES),
      suggestedName: suggestedNameSchema,
      data: z.union([
        // Characters, not bytes: at most three bytes each in UTF-8, and bounded either way.
        z.string().max(MAX_SAVE_BYTES),
        z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'too large'),
      ]),
    }),
    result: z.strictObject({ saved: z.boolean() }),
  },
  [IPC.printToPdf]: {
    args: z.strictObject({ suggestedName: suggestedNameSchema, landscape: z.boolean() }),
    result: z.strictObject({ saved: z.boolean() }),
  },
  [IPC.openExternal]: {
    // The UI language, for the dialog the main process shows before opening a web page.
    args: z.strictObject({ url: z.string().min(1).max(2048), locale: z.enum(['ja', 'en']) }),
    result: z.strictObject({ opened: z.boolean() }),
  },
  [IPC.appVersion]: {
    args: z.strictObject({}),
    result: z.strictObject({ version: z.string() }),
  },
  [IPC.backup]: {
    args: z.discriminatedUnion('op', [
      // The main process also checks it is a user-data file before writing it.
      z.strictObject({ op: z.literal('save'), data: z.string().min(1).max(MAX_USER_DATA_BYTES) }),
      z.strictObject({ op: z.literal('newest') }),
    ]),
    result: z.discriminatedUnion('op', [
      z.strictObject({ op: z.literal('saved'), savedAt: z.string() }),
      z.strictObject({
        op: z.literal('newest'),
        /** Where the backups are, to tell the user. */
        folder: z.string(),
        backup: z.strictObject({ savedAt: z.string(), data: z.string() }).nullable(),
      }),
    ]),
  },
  // Team workspaces (issue 18): the password is kept by safeStorage in the main process.
  [IPC.teamLoadCredentials]: {
    args: z.strictObject({}),
    result: z.strictObject({ credentials: teamCredentialsSchema.nullable() }),
  },
  [IPC.teamSaveCredentials]: {
    args: teamCredentialsSchema,
    result: z.strictObject({ persisted: z.boolean(), reloadRequired: z.boolean() }),
  },
  [IPC.teamForgetCredentials]: {
    args: z.strictObject({}),
    result: z.strictObject({ forgotten: z.literal(true) }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcArgs<C extends keyof IpcContract> = z.infer<IpcContract[C]['args']>;
export type IpcResult<C extends keyof IpcContract> = z.infer<IpcContract[C]['result']>;
