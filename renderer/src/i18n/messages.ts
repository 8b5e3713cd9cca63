import type {
  Channel,
  ComplaintState,
  ComplaintType,
  Confidentiality,
  DeadlineStage,
  ErrorCode,
  OperationName,
  Priority,
  Role,
  RejectReason,
  Status,
  Verdict,
} from '../../../shared/index.ts';

type Labels<T extends string> = Record<T, string>;

/** Every value of the shared vocabulary must have a label in every language: the build checks it. */
export type VocabularyLabels = {
  status: Labels<Status>;
  verdict: Labels<Verdict>;
  channel: Labels<Channel>;
  type: Labels<ComplaintType>;
  priority: Labels<Priority>;
  confidentiality: Labels<Confidentiality>;
  rejectReason: Labels<RejectReason>;
  operation: Labels<OperationName>;
  deadlineStage: Labels<DeadlineStage>;
  auditField: Labels<keyof ComplaintState>;
  role: Labels<Role>;
  errors: Labels<ErrorCode>;
};

/** The shape of one language, taken from Indonesian (the default) with every text widened to string. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
