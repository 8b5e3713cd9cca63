import { describe, expect, it } from 'vitest';
import { ComplaintFilters } from '../../../shared/index.ts';
import { NO_FILTERS, toFilters } from '../../../renderer/src/inbox/filters/filterChoice.ts';
import { DEFAULT_SORT, ariaSort, fromSorting, toSorting } from '../../../renderer/src/inbox/sort.ts';

describe('toFilters', () => {
  it('asks for everything when nothing is chosen', () => {
    expect(Object.values(toFilters(NO_FILTERS, '  ')).filter((v) => v !== undefined)).toEqual([]);
  });

  it('turns the choice into contract filters that the contract accepts', () => {
    const filters = toFilters(
      { ...NO_FILTERS, status: 'baru', categoryId: 'jalan-rusak', from: '2026-11-01', to: '2026-11-27' },
      ' jalan rusak ',
    );
    expect(filters).toMatchObject({
      status: ['baru'],
      categoryId: ['jalan-rusak'],
      text: 'jalan rusak',
      receivedFrom: '2026-11-01T00:00:00.000+07:00',
      receivedTo: '2026-11-27T23:59:59.999+07:00',
    });
    expect(ComplaintFilters.safeParse(filters).success).toBe(true);
  });

  it('asks for overdue items only when the box is ticked', () => {
    expect(toFilters({ ...NO_FILTERS, overdue: true }, '').overdue).toBe(true);
    expect(toFilters(NO_FILTERS, '').overdue).toBeUndefined();
  });

  it('ignores a date that is not a whole day', () => {
    expect(toFilters({ ...NO_FILTERS, from: '2026-11' }, '').receivedFrom).toBeUndefined();
  });
});

describe('sorting', () => {
  it('maps the table state to the contract sort and back', () => {
    const sort = fromSorting([{ id: 'caseNo', desc: false }], DEFAULT_SORT);
    expect(sort).toEqual({ by: 'caseNo', dir: 'asc' });
    expect(toSorting(sort)).toEqual([{ id: 'caseNo', desc: false }]);
  });

  it('keeps the previous sort for a column without a sort key', () => {
    expect(fromSorting([{ id: 'text', desc: true }], DEFAULT_SORT)).toBe(DEFAULT_SORT);
    expect(fromSorting([], DEFAULT_SORT)).toBe(DEFAULT_SORT);
  });

  it('tells screen readers which column sorts and how', () => {
    expect(ariaSort(DEFAULT_SORT, 'receivedAt', true)).toBe('descending');
    expect(ariaSort(DEFAULT_SORT, 'status', true)).toBe('none');
    expect(ariaSort(DEFAULT_SORT, 'text', false)).toBeUndefined();
  });
});
