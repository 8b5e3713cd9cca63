import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  API,
  ApiError,
  IngestItem,
  invalidInput,
  isMethod,
  LIMITS,
  METHODS,
  Operation,
  OPERATION_NAMES,
  type Input,
  type Method,
} from '../../../shared/index.ts';
import { TINY_LISTS } from '../flagging-app/tiny-lists.ts';
import { SAMPLE_OP } from './fixtures.ts';

/** One valid input per method; the mapped type makes a new method fail to compile until it has one. */
const VALID_INPUT: { [M in Method]: Input<M> } = {
  'app.info': {},
  'auth.status': {},
  'auth.setup': { username: 'Rina', displayName: 'Rina Marlina', password: 'sandi-panjang-1' },
  'auth.signIn': { username: 'rina', password: 'x' },
  'auth.signOut': {},
  'users.list': {},
  'users.save': {
    username: 'penghubung.pupr',
    displayName: 'Asep',
    role: 'penghubung',
    dinasId: 'pupr',
    active: true,
    password: 'sandi-panjang-1',
  },
  'master.get': {},
  'complaints.list': { filters: {}, sort: { by: 'receivedAt', dir: 'desc' }, offset: 0, limit: 50 },
  'complaints.count': { status: ['baru'], text: 'jalan' },
  'complaints.get': { id: 'c-0001' },
  'complaints.apply': { complaintId: 'c-0001', operation: SAMPLE_OP.verify },
  'complaints.applyMany': { complaintIds: ['c-0001', 'c-0002'], operation: SAMPLE_OP.verify },
  'queue.summary': {},
  'deadlines.get': { year: 2026 },
  'deadlines.saveProfile': { categoryId: 'bencana', stage: 'verifikasi', amount: 6, unit: 'jam' },
  'deadlines.deleteProfile': { categoryId: 'bencana', stage: 'verifikasi' },
  'deadlines.saveHoliday': { date: '2026-12-24', kind: 'cuti_bersama', note: 'SKB 3 Menteri' },
  'deadlines.deleteHoliday': { date: '2026-12-24' },
  'audit.list': { filters: { actor: 'rina', caseNo: 'TSM-2025-000001' }, offset: 0, limit: 50 },
  'audit.verify': {},
  'audit.exportCsv': { operation: 'verify', from: '2025-03-01T00:00:00.000+07:00' },
  'templates.list': { categoryId: 'jalan-rusak' },
  'templates.save': { categoryId: null, title: 'Diterima', body: 'Terima kasih {nama_pelapor}.' },
  'templates.delete': { id: 1 },
  'reports.dashboard': { period: { from: '2025-01-01', to: '2025-12-31' } },
  'exports.dashboardXlsx': { period: { from: '2025-01-01', to: '2025-01-31' } },
  'exports.complaintsXlsx': { filters: {}, sort: { by: 'receivedAt', dir: 'desc' } },
  'exports.complaintsCsv': {
    filters: { figure: { figure: 'responded', period: { from: '2025-01-01', to: '2025-01-31' } } },
    sort: { by: 'caseNo', dir: 'asc' },
  },
  'sync.status': {},
  'sync.setOffline': { offline: true },
  'sync.connect': { hubUrl: 'http://127.0.0.1:8787', username: 'moderator', password: 'demo12345' },
  'sync.now': {},
  'sync.rejected': {},
  'conflicts.list': { status: 'open' },
  'conflicts.get': { id: '0190a2b4-7c1d-7e3f-8a9b-0c1d2e3f4a5b' },
  'flags.get': { id: 'c-1' },
  'flags.feedback': { complaintId: 'c-1', label: 'abuse', agree: false },
  'flags.status': {},
  'flags.clusters': { refresh: false },
  'flags.model': {},
  'flags.train': {},
  'flags.lists.get': {},
  'flags.lists.save': { baseVersion: 0, lists: TINY_LISTS },
};

const accepts = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;
const listInput = (patch: object): unknown => ({ ...VALID_INPUT['complaints.list'], ...patch });
const over = (limit: number): string => 'a'.repeat(limit + 1);

describe('the API table', () => {
  it('lists every method once, each with an input and an output schema', () => {
    expect(METHODS).toEqual(Object.keys(API));
    expect(Object.keys(VALID_INPUT).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) {
      expect(API[method].input, method).toBeInstanceOf(z.ZodType);
      expect(API[method].output, method).toBeInstanceOf(z.ZodType);
    }
  });

  it('knows only its own method names, not inherited properties', () => {
    for (const method of METHODS) expect(isMethod(method)).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'APP.INFO', '', 42, null, undefined]) {
      expect(isMethod(name), String(name)).toBe(false);
    }
  });
});

describe.each(METHODS)('input of %s', (method) => {
  const schema = API[method].input;

  it('accepts the sample input', () => {
    expect(accepts(schema, VALID_INPUT[method])).toBe(true);
  });

  it('refuses an unknown key', () => {
    const result = schema.safeParse({ ...VALID_INPUT[method], isAdmin: true });
    expect(result.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });

  it('refuses a non-object', () => {
    for (const value of [null, [], 'x', 1]) expect(accepts(schema, value)).toBe(false);
  });
});

describe('inputs refuse unknown keys at every depth', () => {
  it.each([
    ['filters', listInput({ filters: { deleted: true } })],
    ['sort', listInput({ sort: { by: 'caseNo', dir: 'asc', nulls: 'last' } })],
  ])('complaints.list %s', (_, input) => {
    expect(accepts(API['complaints.list'].input, input)).toBe(false);
  });

  it('complaints.apply operation and its args', () => {
    const apply = API['complaints.apply'].input;
    const op = SAMPLE_OP.reject;
    expect(accepts(apply, { complaintId: 'c-1', operation: { ...op, by: 'x' } })).toBe(false);
    expect(
      accepts(apply, { complaintId: 'c-1', operation: { ...op, args: { ...op.args, status: 'selesai' } } }),
    ).toBe(false);
  });
});

describe('inputs refuse wrong types', () => {
  it.each([
    ['offset as a string', listInput({ offset: '0' })],
    ['limit null', listInput({ limit: null })],
    ['status not a list', listInput({ filters: { status: 'baru' } })],
    ['unknown status', listInput({ filters: { status: ['hapus'] } })],
    ['unknown sort key', listInput({ sort: { by: 'text', dir: 'asc' } })],
    ['date without offset', listInput({ filters: { receivedFrom: '2026-01-05T00:00:00' } })],
  ])('complaints.list: %s', (_, input) => {
    expect(accepts(API['complaints.list'].input, input)).toBe(false);
  });

  it('complaints.get with a numeric id', () => {
    expect(accepts(API['complaints.get'].input, { id: 42 })).toBe(false);
  });

  it('complaints.count with a numeric text', () => {
    expect(accepts(API['complaints.count'].input, { text: 5 })).toBe(false);
  });
});

describe('inputs refuse strings and lists over LIMITS', () => {
  it('search text', () => {
    const count = API['complaints.count'].input;
    expect(accepts(count, { text: 'a'.repeat(LIMITS.searchText) })).toBe(true);
    expect(accepts(count, { text: over(LIMITS.searchText) })).toBe(false);
  });

  it('ids', () => {
    expect(accepts(API['complaints.get'].input, { id: 'a'.repeat(LIMITS.idLength) })).toBe(true);
    expect(accepts(API['complaints.get'].input, { id: over(LIMITS.idLength) })).toBe(false);
    expect(accepts(API['complaints.get'].input, { id: '' })).toBe(false);
    expect(
      accepts(API['complaints.apply'].input, { ...VALID_INPUT['complaints.apply'], complaintId: over(64) }),
    ).toBe(false);
  });

  it('filter value lists and slugs', () => {
    const count = API['complaints.count'].input;
    expect(accepts(count, { dinasId: Array(LIMITS.filterValues).fill('pupr') })).toBe(true);
    expect(accepts(count, { dinasId: Array(LIMITS.filterValues + 1).fill('pupr') })).toBe(false);
    for (const slug of ['PUPR', '-pupr', 'dinas pupr', '', over(LIMITS.idLength)]) {
      expect(accepts(count, { dinasId: [slug] }), slug).toBe(false);
    }
  });

  it('operation texts', () => {
    expect(accepts(Operation, { name: 'reopen', args: { reason: over(LIMITS.noteText) } })).toBe(false);
    expect(accepts(Operation, { name: 'reopen', args: { reason: '   ' } })).toBe(false);
    const party = (responsibleParty: string) => ({ name: 'mark_not_authority', args: { responsibleParty } });
    expect(accepts(Operation, party('a'.repeat(LIMITS.shortText)))).toBe(true);
    expect(accepts(Operation, party(over(LIMITS.shortText)))).toBe(false);
  });
});

describe('paging', () => {
  const list = API['complaints.list'].input;

  it('accepts the ends of the ranges', () => {
    for (const offset of [0, LIMITS.maxOffset]) expect(accepts(list, listInput({ offset }))).toBe(true);
    for (const limit of [1, LIMITS.pageSize]) expect(accepts(list, listInput({ limit }))).toBe(true);
  });

  it('refuses anything outside them', () => {
    for (const offset of [-1, LIMITS.maxOffset + 1, 1.5, Number.NaN, Infinity]) {
      expect(accepts(list, listInput({ offset })), `offset ${offset}`).toBe(false);
    }
    for (const limit of [0, LIMITS.pageSize + 1, 2.5, -1]) {
      expect(accepts(list, listInput({ limit })), `limit ${limit}`).toBe(false);
    }
  });
});

describe('IngestItem', () => {
  const item = {
    channel: 'instagram',
    externalId: 'ig-1789',
    author: { handle: '@warga_tawang', name: 'Warga Tawang' },
    text: 'Jalan di Cihideung berlubang,\nmohon segera diperbaiki\t🙏',
    receivedAt: '2026-03-02T23:30:00+07:00',
    place: { kecamatan: 'Cihideung', lat: -7.33, lon: 108.22 },
    media: ['https://instagram.com/p/abc'],
  };
  const withText = (text: string) => ({ ...item, text });

  it('accepts a plain item, with tabs, newlines and emoji', () => {
    expect(IngestItem.parse(item)).toEqual(item);
    expect(accepts(IngestItem, withText('baris satu\r\nbaris dua'))).toBe(true);
  });

  it('refuses control characters and broken Unicode anywhere in its text', () => {
    for (const bad of ['\u0000', '\u0007', '\u001B[31m', '\u007F', '\u0085', '\u009B', '\uD800', 'x\uDC00']) {
      const label = [...bad].map((c) => `U+${c.charCodeAt(0).toString(16)}`).join(' ');
      expect(accepts(IngestItem, withText(`awal ${bad} akhir`)), `text ${label}`).toBe(false);
      expect(accepts(IngestItem, { ...item, externalId: `id${bad}` }), `externalId ${label}`).toBe(false);
      expect(accepts(IngestItem, { ...item, author: { handle: `h${bad}` } }), `handle ${label}`).toBe(false);
      expect(accepts(IngestItem, { ...item, place: { address: `Jl. ${bad}` } }), `address ${label}`).toBe(
        false,
      );
    }
  });

  it('keeps markup as plain text: escaping is the renderer’s job', () => {
    const text = '<script>alert(1)</script> <img src=x onerror=alert(1)>';
    expect(IngestItem.parse(withText(text)).text).toBe(text);
  });

  it('refuses empty or over-long text', () => {
    expect(accepts(IngestItem, withText(' \n\t '))).toBe(false);
    expect(accepts(IngestItem, withText(over(LIMITS.complaintText)))).toBe(false);
  });

  it('needs a receipt time with its offset, on a real calendar day', () => {
    const at = (receivedAt: string) => accepts(IngestItem, { ...item, receivedAt });
    expect(at('2026-03-02T16:30:00Z')).toBe(true);
    expect(at('2026-03-02T23:30:00.250+07:00')).toBe(true);
    for (const bad of [
      '2026-03-02T23:30:00',
      '2026-03-02',
      '2026-02-30T10:00:00+07:00',
      '2026-13-01T10:00:00+07:00',
      '2026-03-02T25:00:00+07:00',
      '02/03/2026 23:30',
    ]) {
      expect(at(bad), bad).toBe(false);
    }
  });

  it('accepts only web links as media, never script or local URLs', () => {
    const media = (url: string) => accepts(IngestItem, { ...item, media: [url] });
    expect(media('http://tasikmalayakota.go.id/foto.jpg')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'file:///etc/passwd',
      'foto.jpg',
    ]) {
      expect(media(bad), bad).toBe(false);
    }
  });

  it('refuses unknown channels, keys and impossible coordinates', () => {
    expect(accepts(IngestItem, { ...item, channel: 'myspace' })).toBe(false);
    expect(accepts(IngestItem, { ...item, priority: 'darurat' })).toBe(false);
    expect(accepts(IngestItem, { ...item, author: { handle: 'a', verified: true } })).toBe(false);
    expect(accepts(IngestItem, { ...item, place: { lat: 91 } })).toBe(false);
  });
});

describe('Operation', () => {
  it('has 18 distinct names', () => {
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
    expect(OPERATION_NAMES).toHaveLength(18);
  });

  it('accepts every sample operation', () => {
    for (const op of Object.values(SAMPLE_OP)) expect(accepts(Operation, op), op.name).toBe(true);
  });

  it('refuses unknown names and missing args', () => {
    for (const name of ['delete', 'resolve_conflict', '__proto__', 'VERIFY']) {
      expect(accepts(Operation, { name, args: {} }), name).toBe(false);
    }
    expect(accepts(Operation, { name: 'acknowledge' })).toBe(false);
  });

  it('accepts only web links as response evidence', () => {
    const evidence = (url: string) => ({
      ...SAMPLE_OP.record_response,
      args: { ...SAMPLE_OP.record_response.args, evidence: [url] },
    });
    expect(accepts(Operation, evidence('https://pupr.tasikmalayakota.go.id/foto/1.jpg'))).toBe(true);
    expect(accepts(Operation, evidence('javascript:alert(document.cookie)'))).toBe(false);
  });
});

describe('invalidInput', () => {
  it('turns zod issues into an invalid_input envelope with dotted paths', () => {
    const parsed = API['complaints.list'].input.safeParse({
      filters: { status: ['baru', 'hapus'] },
      sort: { by: 'receivedAt', dir: 'desc' },
      offset: -1,
      limit: 10,
      extra: 1,
    });
    if (parsed.success) throw new Error('expected the input to be refused');
    const { ok, error } = invalidInput(parsed.error);
    expect(ok).toBe(false);
    expect(ApiError.parse(error)).toEqual(error);
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['(root)', 'filters.status.1', 'offset']);
    for (const issue of error.issues ?? []) expect(issue.message.length).toBeGreaterThan(0);
  });
});
