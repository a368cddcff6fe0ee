import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { euros, Money } from '../../../platform/types.js';
import type { FinanceContext } from '../context.js';
import type { Envelope } from '../envelopes/envelope.entity.js';
import { FunderType } from '../funders/funder.type.js';
import type { FundingLine } from './funding-plan.entity.js';
import { EnvelopeType, FundingLineType } from './funding-plan.type.js';

@Resolver(() => FundingLineType)
export class FundingLineFieldsResolver {
  @FieldResolver(() => Money, { description: 'Amount of the line (montant), not negative.' })
  amount(@Root() line: FundingLine): Money {
    return euros(line.amountCents);
  }

  @FieldResolver(() => FunderType, { description: 'The funder (financeur).' })
  funder(@Root() line: FundingLine, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.funderById.load(line.funder.id);
  }

  @FieldResolver(() => EnvelopeType, { nullable: true, description: 'The envelope it draws on (enveloppe); set at the latest when committed.' })
  envelope(@Root() line: FundingLine, @Ctx() ctx: FinanceContext) {
    return line.envelope ? ctx.loaders.envelopeById.load(line.envelope.id) : null;
  }
}

@Resolver(() => EnvelopeType)
export class EnvelopeFieldsResolver {
  @FieldResolver(() => Money, { description: 'Amount of the envelope (montant) over the period.' })
  amount(@Root() envelope: Envelope): Money {
    return euros(envelope.amountCents);
  }

  @FieldResolver(() => FunderType, { description: 'The funder whose budget it is (financeur).' })
  funder(@Root() envelope: Envelope, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.funderById.load(envelope.funder.id);
  }
}
