/** Input limits shared by every boundary (IPC, web host, hub), so all refuse the same input. */
export const LIMITS = {
  idLength: 64,
  complaintText: 10_000,
  noteText: 5_000,
  shortText: 200,
  searchText: 200,
  handle: 100,
  pageSize: 500,
  maxOffset: 10_000_000,
  filterValues: 50,
  countCap: 10_000,
} as const;
