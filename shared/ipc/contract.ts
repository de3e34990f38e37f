import { z } from 'zod';
import { MAX_PACK_BYTES } from '../catalog/limits';
import { teamCredentialsSchema } from '../team/connection';
import { IPC } from './channels';

/** A file name the user sees in a save dialog: no path separators, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name');

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

export const ipcContract = {
  [IPC.openFileForImport]: {
    args: z.strictObject({ filters: z.array(fileFilterSchema).max(4) }),
    result: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('canceled') }),
      z.strictObject({ status: z.literal('too-large'), name: z.string(), bytes: z.number() }),
      z.strictObject({ status: z.literal('opened'), name: z.string(), bytes: z.instanceof(Uint8Array) }),
    ]),
  },
  [IPC.saveExport]: {
    args: z.strictObject({
      suggestedName: fileNameSchema,
      filters: z.array(fileFilterSchema).max(4),
      data: z.union([z.string().max(MAX_IMPORT_BYTES), z.instanceof(Uint8Array)]),
    }),
    result: z.strictObject({ saved: z.boolean() }),
  },
  [IPC.printToPdf]: {
    args: z.strictObject({ suggestedName: fileNameSchema, landscape: z.boolean() }),
    result: z.strictObject({ saved: z.boolean() }),
  },
  [IPC.openExternal]: {
    args: z.strictObject({ url: z.string().min(1).max(2048) }),
    result: z.strictObject({ opened: z.boolean() }),
  },
  [IPC.appVersion]: {
    args: z.strictObject({}),
    result: z.strictObject({ version: z.string() }),
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
