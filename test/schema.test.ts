import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { renderSchemaFiles } from '../scripts/schema-files.js';

const schemaDir = new URL('../schema/', import.meta.url);

describe('schema/', () => {
  it('holds exactly what the code produces (run `npm run compose` after changing a type)', async () => {
    const files = await renderSchemaFiles();
    expect(Object.keys(files).sort()).toEqual(['api.graphql', 'finance.graphql', 'parentality.graphql', 'pedagogy.graphql', 'supergraph.graphql']);
    for (const [file, content] of Object.entries(files)) {
      const committed = await readFile(new URL(file, schemaDir), 'utf8').catch(() => '(missing)');
      expect({ file, content: committed }).toEqual({ file, content });
    }
  });

  it('marks every generated file as generated', async () => {
    for (const content of Object.values(await renderSchemaFiles())) expect(content.startsWith('# generated')).toBe(true);
  });

  it('documents every type, field and argument of the API schema', async () => {
    const { buildSchema, isObjectType, isInputObjectType, isEnumType } = await import('graphql');
    const api = buildSchema((await renderSchemaFiles())['api.graphql']!);
    const missing: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      // Root operation types are containers; their fields carry the documentation.
      if (!type.description && type !== api.getQueryType() && type !== api.getMutationType()) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
