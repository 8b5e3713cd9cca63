/** Links as people paste them: with a scheme, with www., or a bare domain with a path (bit.ly/abc). */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"']*/gi;

export type Link = { url: string; domain: string; start: number; end: number };

const domainOf = (url: string): string =>
  url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/?#:]/)[0]
    ?.toLowerCase() ?? '';

export function findLinks(text: string): Link[] {
  return [...text.matchAll(LINK)].map((m) => ({
    url: m[0],
    domain: domainOf(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A watched entry matches the domain itself and its subdomains (x.blogspot.com under blogspot.com). */
export const onWatch = (domain: string, watched: readonly string[]): string | undefined =>
  watched.find((w) => domain === w || domain.endsWith(`.${w}`));
