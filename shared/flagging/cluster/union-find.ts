/** Disjoint sets over 0..n-1 (path halving, union by size): groups pairs into clusters in near-linear time. */
export type UnionFind = { parent: Int32Array; size: Int32Array };

export function unionFind(n: number): UnionFind {
  return { parent: Int32Array.from({ length: n }, (_, i) => i), size: new Int32Array(n).fill(1) };
}

export function find(u: UnionFind, x: number): number {
  let i = x;
  while (u.parent[i] !== i) {
    const grand = u.parent[u.parent[i] ?? i] ?? i;
    u.parent[i] = grand;
    i = grand;
  }
  return i;
}

export function union(u: UnionFind, a: number, b: number): void {
  let ra = find(u, a);
  let rb = find(u, b);
  if (ra === rb) return;
  if ((u.size[ra] ?? 0) < (u.size[rb] ?? 0)) [ra, rb] = [rb, ra];
  u.parent[rb] = ra;
  u.size[ra] = (u.size[ra] ?? 0) + (u.size[rb] ?? 0);
}

/** Members of every set with at least `min` members, each listed in index order. */
export function groups(u: UnionFind, min: number): number[][] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < u.parent.length; i++) {
    const root = find(u, i);
    if ((u.size[root] ?? 0) < min) continue;
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()];
}
