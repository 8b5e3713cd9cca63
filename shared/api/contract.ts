import { z } from 'zod';
import { ComplaintDetail, ComplaintId } from '../domain/complaint.ts';
import { MasterData } from '../domain/master.ts';
import { Operation } from '../domain/operations.ts';
import {
  ById,
  ComplaintCounts,
  ComplaintFilters,
  ComplaintListQuery,
  ComplaintPage,
} from './queries.ts';

export const AppInfo = z.strictObject({
  version: z.string(),
  cityName: z.string(),
  /** True while the database holds generated demo complaints; the UI says so. */
  hasDemoData: z.boolean(),
  complaintCount: z.number().int(),
  actor: z.string(),
  device: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ApplyOperationInput = z.strictObject({
  complaintId: ComplaintId,
  operation: Operation,
});
export type ApplyOperationInput = z.infer<typeof ApplyOperationInput>;

const NoInput = z.strictObject({});

/**
 * The one API contract: method → input schema → output schema. The Electron IPC handlers, the preload,
 * the web host and the renderer's client all derive from this table; nobody lists method names twice.
 */
export const API = {
  'app.info': { input: NoInput, output: AppInfo },
  'master.get': { input: NoInput, output: MasterData },
  'complaints.list': { input: ComplaintListQuery, output: ComplaintPage },
  'complaints.count': { input: ComplaintFilters, output: ComplaintCounts },
  'complaints.get': { input: ById, output: ComplaintDetail },
  'complaints.apply': { input: ApplyOperationInput, output: ComplaintDetail },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Api = typeof API;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = z.infer<Api[M]['output']>;
export const METHODS = Object.keys(API) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(API, name);
}
