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
import { type IdentifierKind, identifierKind } from '../../platform/identifiers.js';
import { Stack, tokenFor } from '../stack.js';

/**
 * An identifier that is not a UUID is refused as BAD_USER_INPUT naming its field, by the gateway
 * before any subgraph is asked (it used to reach PostgreSQL and come back as INTERNAL_SERVER_ERROR),
 * for every query by id and every write input that carries one. Inputs are filled from the schema,
 * the id made malformed.
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

/** A well-formed identifier of each kind, for the ID fields that are not under test. */
const SAMPLE_ID: Record<IdentifierKind, string> = {
  uuid: SAMPLE.ID as string,
  department: '29',
  uai: '0290001U',
  commune: '29019',
  siren: '242900314',
  territory: '29-T1',
  competence: '3.2',
  resource: 'PRIMOT',
};

/** A value of every required field of an input type (recursively), valid as far as types and shapes go. */
function sample(type: GraphQLInputType, name = '', coordinate = ''): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, coordinate);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) return fill(named);
  if (named.name === 'ID') return SAMPLE_ID[identifierKind(name, coordinate) ?? 'uuid'];
  return SAMPLE[named.name] ?? 'x';
}
const fill = (type: GraphQLInputObjectType) =>
  Object.fromEntries(Object.values(type.getFields()).flatMap((f) => (isNonNullType(f.type) ? [[f.name, sample(f.type, f.name, type.name)]] : [])));

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
    const { answer, reached } = await stack.traced((headers) =>
      stack.query(`query($id: ID!) { ${name}(id: $id) { __typename } }`, { token: admin, headers, variables: { id: BAD } }),
    );
    expect(answer.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' })]);
    expect(reached).toBe(0);
  });

  it.each(WRITES)('mutation %s, input.%s', async (mutation, field) => {
    const arg = schema.getMutationType()!.getFields()[mutation]!.args[0]!;
    const input = { ...(sample(arg.type) as object), [field]: BAD };
    const { answer, reached } = await stack.traced((headers) =>
      stack.query(`mutation($input: ${arg.type}) { ${mutation}(input: $input) { __typename } }`, { token: admin, headers, variables: { input } }),
    );
    expect(answer.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: `input.${field}` })]);
    expect(reached).toBe(0);
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
