import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { Stack, tokenFor } from '../stack.js';

/**
 * An identifier that is not a UUID is refused as BAD_USER_INPUT naming its field, before any SQL
 * (it used to reach PostgreSQL and come back as INTERNAL_SERVER_ERROR), for every query by id and
 * every write input that carries one. Inputs are filled from the schema, the id made malformed.
 */
const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
let stack: Stack;
let admin: string;
beforeAll(async () => {
  stack = await Stack.start();
  admin = await tokenFor('ADMIN');
});
afterAll(() => stack?.stop());

const BAD = 'not-an-id';
const SAMPLE: Record<string, unknown> = {
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  ID: '00000000-0000-4000-8000-000000000000',
  LocalDate: '2024-01-02',
  SafeInt: 1,
};

/** A value of every required field of an input type (recursively), valid as far as types go. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) return fill(named);
  return SAMPLE[named.name] ?? 'x';
}
const fill = (type: GraphQLInputObjectType) =>
  Object.fromEntries(Object.values(type.getFields()).flatMap((f) => (isNonNullType(f.type) ? [[f.name, sample(f.type)]] : [])));

const QUERIES = ['household', 'fundingPlan', 'commission', 'project', 'training', 'call'];
const WRITES: Array<[mutation: string, field: string]> = [
  ['updateHousehold', 'id'],
  ['recordParticipation', 'householdId'],
  ['lendDevice', 'householdId'],
  ['returnDevice', 'loanId'],
  ['registerHousehold', 'partnerId'],
  ['addDevice', 'partnerId'],
  ['createProject', 'callId'],
  ['updateProject', 'id'],
  ['changeProjectStatus', 'id'],
  ['addCallCampaign', 'callId'],
  ['updateTraining', 'id'],
  ['addTrainingSession', 'trainingId'],
  ['updateFundingPlan', 'id'],
  ['decideProject', 'commissionId'],
  ['disburse', 'subsidyId'],
];

describe('a malformed identifier is BAD_USER_INPUT naming its field', () => {
  it.each(QUERIES)('query %s(id)', async (name) => {
    const { errors } = await stack.query(`query($id: ID!) { ${name}(id: $id) { __typename } }`, { token: admin, variables: { id: BAD } });
    expect(errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' })]);
  });

  it.each(WRITES)('mutation %s, input.%s', async (mutation, field) => {
    const arg = schema.getMutationType()!.getFields()[mutation]!.args[0]!;
    const input = { ...(sample(arg.type) as object), [field]: BAD };
    const { errors } = await stack.query(`mutation($input: ${arg.type}) { ${mutation}(input: $input) { __typename } }`, { token: admin, variables: { input } });
    expect(errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
  });
});

describe('a bad scalar in a variable, refused by the subgraph, is BAD_USER_INPUT naming its field', () => {
  it.each([
    ['disburse', 'amountCents', 1.5],
    ['disburse', 'amountCents', 2 ** 53 + 2],
    ['disburse', 'amountCents', 'x'],
    ['disburse', 'paidOn', '2024-02-30'],
    ['createCommission', 'meetsOn', 'soon'],
  ])('%s with input.%s = %p', async (mutation, field, value) => {
    const arg = schema.getMutationType()!.getFields()[mutation]!.args[0]!;
    const input = { ...(sample(arg.type) as object), [field]: value };
    const { errors } = await stack.query(`mutation($input: ${arg.type}) { ${mutation}(input: $input) { __typename } }`, { token: admin, variables: { input } });
    expect(errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
  });
});
