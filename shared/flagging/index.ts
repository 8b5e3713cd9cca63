/*
 * The flagging engine's public API (pure: no Node, no DOM). The word lists come in as data
 * (compileLexicon over the files in resources/flagging/, loaded by electron/core/flagging/lists.ts).
 */
export {
  FLAG_LABELS,
  isFlagLabel,
  type FlagInput,
  type FlagLabel,
  type FlagReason,
  type FlagScores,
  type Flagging,
  type ReasonKind,
} from './types.ts';
export { FlagLists } from './lists.ts';
export { compileLexicon, type Lexicon } from './lexicon.ts';
export { normalise, type Token } from './normalise.ts';
export { flagItem, LIKELY } from './flag.ts';
export { maskInsults } from './mask.ts';
export { learnFromVerdicts, modelFromJson, type LabelledText } from './learn.ts';
export { loadModel, FlagModelJson, type FlagModel } from './model/logistic.ts';
export {
  findClusters,
  type Campaign,
  type ClusterItem,
  type Clusters,
  type DuplicateCluster,
} from './cluster/clusters.ts';
export { evaluate, type Evaluation, type LabelledItem } from './evaluate.ts';
export { isHeldOut, macroF1, quality, type Quality } from './metrics.ts';
