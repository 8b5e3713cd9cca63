import { strictAssert } from '../../../shared/assert.ts';
import { shippedMasterData } from '../master/seed.ts';
import { CATEGORY_PHRASES, CATEGORY_WEIGHTS } from './phrases/categories.ts';
import { preparePhrases, type Phrase } from './phrase.ts';
import { areasFor, type CityArea } from './places.ts';
import { weighted, type Weighted } from './random.ts';

/** Everything the generator knows about the city, checked once against the shipped master data. */
export type DemoCity = {
  areas: readonly CityArea[];
  categories: Weighted<string>;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Short name of the dinas a category routes to, for angry words aimed at it. */
  dinasOf: ReadonlyMap<string, string>;
  dinasNames: readonly string[];
};

function buildCity(): DemoCity {
  const master = shippedMasterData();
  const dinasName = new Map(master.dinas.map((d) => [d.id, d.shortName]));
  const phrases = new Map<string, readonly Phrase[]>();
  const dinasOf = new Map<string, string>();
  for (const category of master.categories) {
    const sources = CATEGORY_PHRASES[category.id];
    const weight = CATEGORY_WEIGHTS[category.id];
    const dinas = dinasName.get(category.defaultDinasId);
    strictAssert(sources && sources.length > 0, `demo has no phrases for category ${category.id}`);
    strictAssert(weight, `demo has no weight for category ${category.id}`);
    strictAssert(dinas, `category ${category.id} routes to unknown dinas`);
    phrases.set(category.id, preparePhrases(sources));
    dinasOf.set(category.id, dinas);
  }
  return {
    areas: areasFor(master.kecamatan),
    categories: weighted(master.categories.map((c) => [c.id, CATEGORY_WEIGHTS[c.id] ?? 0] as const)),
    phrases,
    dinasOf,
    dinasNames: [...dinasName.values()],
  };
}

let cached: DemoCity | undefined;

export function demoCity(): DemoCity {
  cached ??= buildCity();
  return cached;
}
