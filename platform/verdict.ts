import { registerEnumType } from 'type-graphql';

/**
 * A commission's verdict on a project. Finance records it and pedagogy applies it; both subgraphs
 * expose the enum, which composition requires to be identical — so it is defined once, here.
 */
export enum Verdict {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(Verdict, {
  name: 'Verdict',
  description: "A commission's verdict on a project (avis de la commission).",
  valuesConfig: {
    ACCEPTED: { description: 'Accepted (retenu): a subsidy is granted.' },
    REJECTED: { description: 'Rejected (non retenu), with a reason.' },
  },
});
