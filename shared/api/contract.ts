import { z } from 'zod';
import { ComplaintDetail, ComplaintId } from '../domain/complaint.ts';
import { MasterData } from '../domain/master.ts';
import { Operation } from '../domain/operations.ts';
import { DeadlineProfileInput, HolidayAdjustment } from '../domain/deadline.ts';
import {
  DeadlineChange,
  DeadlineProfileKey,
  DeadlineSettings,
  DeadlineSettingsQuery,
  HolidayKey,
} from './deadlines.ts';
import { AuditCheck, AuditCsv, AuditFilters, AuditListQuery, AuditPage } from './audit.ts';
import { ResponseTemplate, ResponseTemplateInput } from '../domain/templates.ts';
import { TemplateKey, TemplateList, TemplateQuery } from './templates.ts';
import { SetupInput, SignInInput, User, UserSaveInput } from '../domain/users.ts';
import { AuthStatus, SignedIn } from './auth.ts';
import { ApplyManyInput, ApplyManyResult } from './bulk.ts';
import { QueueSummary } from './queue.ts';
import {
  FlagClusters,
  FlagDetail,
  FlagFeedbackInput,
  FlagListsSave,
  FlagListsState,
  FlagModelInfo,
  FlagStatus,
} from './flags.ts';
import { Dashboard, DashboardQuery, ExportFile } from './reports.ts';
import { ConflictItem, ConflictKey, ConflictQuery, RejectedChange, SyncConnectInput, SyncStatus } from './sync.ts';
import {
  ById,
  ComplaintCounts,
  ComplaintExportQuery,
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
  'auth.status': { input: NoInput, output: AuthStatus },
  'auth.setup': { input: SetupInput, output: SignedIn },
  'auth.signIn': { input: SignInInput, output: SignedIn },
  'auth.signOut': { input: NoInput, output: NoInput },
  'users.list': { input: NoInput, output: z.array(User) },
  'users.save': { input: UserSaveInput, output: User },
  'master.get': { input: NoInput, output: MasterData },
  'complaints.list': { input: ComplaintListQuery, output: ComplaintPage },
  'complaints.count': { input: ComplaintFilters, output: ComplaintCounts },
  'complaints.get': { input: ById, output: ComplaintDetail },
  'complaints.apply': { input: ApplyOperationInput, output: ComplaintDetail },
  'complaints.applyMany': { input: ApplyManyInput, output: ApplyManyResult },
  'queue.summary': { input: NoInput, output: QueueSummary },
  'deadlines.get': { input: DeadlineSettingsQuery, output: DeadlineSettings },
  'deadlines.saveProfile': { input: DeadlineProfileInput, output: DeadlineChange },
  'deadlines.deleteProfile': { input: DeadlineProfileKey, output: DeadlineChange },
  'deadlines.saveHoliday': { input: HolidayAdjustment, output: DeadlineChange },
  'deadlines.deleteHoliday': { input: HolidayKey, output: DeadlineChange },
  'audit.list': { input: AuditListQuery, output: AuditPage },
  'audit.verify': { input: NoInput, output: AuditCheck },
  'audit.exportCsv': { input: AuditFilters, output: AuditCsv },
  'templates.list': { input: TemplateQuery, output: TemplateList },
  'templates.save': { input: ResponseTemplateInput, output: ResponseTemplate },
  'templates.delete': { input: TemplateKey, output: TemplateKey },
  'reports.dashboard': { input: DashboardQuery, output: Dashboard },
  'exports.dashboardXlsx': { input: DashboardQuery, output: ExportFile },
  'exports.complaintsXlsx': { input: ComplaintExportQuery, output: ExportFile },
  'exports.complaintsCsv': { input: ComplaintExportQuery, output: ExportFile },
  'sync.status': { input: NoInput, output: SyncStatus },
  'sync.setOffline': { input: z.strictObject({ offline: z.boolean() }), output: SyncStatus },
  'sync.connect': { input: SyncConnectInput, output: SyncStatus },
  'sync.now': { input: NoInput, output: SyncStatus },
  'sync.rejected': { input: NoInput, output: z.array(RejectedChange) },
  'conflicts.list': { input: ConflictQuery, output: z.array(ConflictItem) },
  'conflicts.get': { input: ConflictKey, output: ConflictItem },
  'flags.get': { input: ById, output: FlagDetail },
  'flags.feedback': { input: FlagFeedbackInput, output: FlagDetail },
  'flags.status': { input: NoInput, output: FlagStatus },
  'flags.clusters': { input: z.strictObject({ refresh: z.boolean() }), output: FlagClusters },
  'flags.model': { input: NoInput, output: FlagModelInfo },
  'flags.train': { input: NoInput, output: FlagModelInfo },
  'flags.lists.get': { input: NoInput, output: FlagListsState },
  'flags.lists.save': { input: FlagListsSave, output: FlagListsState },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Api = typeof API;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = z.infer<Api[M]['output']>;
export const METHODS = Object.keys(API) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(API, name);
}
