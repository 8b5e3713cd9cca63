import { z } from 'zod';

/** Where a complaint came in. The hub keeps the channel's own id as the idempotent ingest key. */
export const CHANNELS = [
  'instagram',
  'x',
  'facebook',
  'whatsapp',
  'tiktok',
  'web',
  'email',
  'lapor',
  'open311',
  'telepon',
] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** Lifecycle status, following SP4N-LAPOR!'s words (see ../shared/design/product.md). */
export const STATUSES = [
  'baru',
  'ditunda',
  'terverifikasi',
  'didisposisikan',
  'diproses',
  'ditindaklanjuti',
  'selesai',
  'ditolak',
  'bukan_wewenang',
  'duplikat',
  'diarsipkan',
] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

/** The moderator's judgement of what an item is; independent of where it is in the lifecycle. */
export const VERDICTS = ['belum', 'valid', 'ditolak', 'bukan_wewenang', 'duplikat'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const REJECT_REASONS = ['hujatan', 'hoaks', 'fitnah', 'spam', 'tidak_relevan'] as const;
export const RejectReason = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof RejectReason>;

export const COMPLAINT_TYPES = ['pengaduan', 'aspirasi', 'permintaan_informasi'] as const;
export const ComplaintType = z.enum(COMPLAINT_TYPES);
export type ComplaintType = z.infer<typeof ComplaintType>;

export const PRIORITIES = ['rendah', 'sedang', 'tinggi', 'darurat'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** biasa = public; anonim = content public, identity hidden; rahasia = not public at all. */
export const CONFIDENTIALITIES = ['biasa', 'anonim', 'rahasia'] as const;
export const Confidentiality = z.enum(CONFIDENTIALITIES);
export type Confidentiality = z.infer<typeof Confidentiality>;

export const ROLES = ['moderator', 'supervisor', 'penghubung', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
