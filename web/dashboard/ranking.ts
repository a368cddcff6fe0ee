import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  FinanceRankingDocument,
  type Normalisation,
  ParentalityRankingDocument,
  PedagogyRankingDocument,
  type RankValuesFragment,
} from '../../schema/generated/graphql.js';
import type { IndicatorInfo } from './data.js';
import { effectivePer } from './data.js';
import { usePublished } from './use-published.js';

export type Rank = RankValuesFragment;

type RankingDocument = TypedDocumentNode<Record<string, Rank[]>, { indicator: string; options: { per: Normalisation; period?: { schoolYear: string } } }>;

/** The published ranking operation of each subgraph, by the catalogue's `rankedBy`. */
const RANKINGS = {
  pedagogyRanking: PedagogyRankingDocument,
  financeRanking: FinanceRankingDocument,
  parentalityRanking: ParentalityRankingDocument,
} as unknown as Record<string, RankingDocument>;

/** Every department ranked on the indicator, normalised as the view asks (raw for rates and means), over the period. */
export function useRanking(info: IndicatorInfo | undefined, per: Normalisation, schoolYear: string | null) {
  const document = RANKINGS[info?.rankedBy ?? ''] ?? RANKINGS.pedagogyRanking!;
  const variables = info ? { indicator: info.name, options: { per: effectivePer(info, per), ...(schoolYear ? { period: { schoolYear } } : {}) } } : null;
  const loaded = usePublished(document, variables);
  return { ...loaded, ranks: info && loaded.data ? loaded.data[info.rankedBy] : undefined };
}
