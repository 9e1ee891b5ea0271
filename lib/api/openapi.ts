// The OpenAPI 3.1 document of the JSON API (/api/v1/openapi.json), built from the same declarations
// the API runs on: each list's filters (lib/api/queries.ts) and its records' schemas
// (lib/api/records.ts), so the document cannot drift from what the API answers.
import 'server-only';
import { z } from 'zod';
import { getSiteSettings, absoluteUrl } from '@/lib/site/settings';
import { apiResourceNames, apiResources } from './queries';
import { apiDefaultLimit, apiMaxLimit, type ApiFilter } from './schemas';
import { apiSearch } from './search';

type JsonObject = Record<string, unknown>;

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function filterParameters(filters: Record<string, ApiFilter>): JsonObject[] {
  return Object.entries(filters).map(([name, filter]) => ({
    name,
    in: 'query',
    required: filter.required ?? false,
    description: capitalised(filter.description) + '.',
    schema: filter.schema,
  }));
}

function commonParameters(fields: string[], changedSince: boolean): JsonObject[] {
  const parameters: JsonObject[] = [
    {
      name: 'fields',
      in: 'query',
      description: 'Comma-separated fields to return (the key field always comes too); all when not given.',
      schema: { type: 'string' },
      example: fields.slice(0, 3).join(','),
    },
    {
      name: 'limit',
      in: 'query',
      description: `Records per page, 1 to ${apiMaxLimit}.`,
      schema: { type: 'integer', minimum: 1, maximum: apiMaxLimit, default: apiDefaultLimit },
    },
    {
      name: 'cursor',
      in: 'query',
      description: 'Where the page starts: the `cursor` of the previous answer’s `links.next`.',
      schema: { type: 'string' },
    },
  ];
  if (changedSince) {
    parameters.push({
      name: 'changedSince',
      in: 'query',
      description:
        'Only records changed at or after this time (2026-01-31T12:00:00Z, or a day), the least recently changed first: for incremental sync. Keep the latest `updatedAt` you received and ask from it next time.',
      schema: { type: 'string', format: 'date-time' },
    });
  }
  return parameters;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function listResponses(component: string): JsonObject {
  return {
    '200': {
      description: 'A page of records.',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['totalCount', 'count', 'data', 'links'],
            properties: {
              totalCount: { type: 'integer', description: 'How many records the query finds in all.' },
              totalCountIsLowerBound: {
                type: 'boolean',
                description: 'Only with words: very common words are counted only so far.',
              },
              count: { type: 'integer', description: 'How many are in this page.' },
              data: { type: 'array', items: { $ref: `#/components/schemas/${component}` } },
              links: { $ref: '#/components/schemas/Links' },
            },
          },
        },
      },
    },
    '400': errorResponse('A bad parameter, named in `error.parameters`.'),
    '429': errorResponse('Too many requests from this address: wait for `Retry-After` seconds.'),
  };
}

/** The whole document. */
export function openApiDocument(): JsonObject {
  const site = getSiteSettings();
  const paths: JsonObject = {};
  const schemas: JsonObject = {
    Links: {
      type: 'object',
      required: ['self', 'next'],
      properties: {
        self: { type: 'string', format: 'uri' },
        next: { type: ['string', 'null'], format: 'uri', description: 'The next page, or null on the last.' },
      },
    },
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['status', 'message'],
          properties: {
            status: { type: 'integer' },
            message: { type: 'string' },
            parameters: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name', 'problem'],
                properties: { name: { type: 'string' }, problem: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };

  for (const name of apiResourceNames) {
    const resource = apiResources[name];
    const component = resource.recordName;
    const fields = Object.keys(resource.record.shape);
    schemas[component] = z.toJSONSchema(resource.record, { target: 'draft-2020-12', io: 'output' });
    paths[`/${name}`] = {
      get: {
        operationId: `list${capitalised(name)}`,
        summary: resource.description,
        tags: [name],
        parameters: [...filterParameters(resource.filters), ...commonParameters(fields, resource.changedSince)],
        responses: listResponses(component),
      },
    };
    paths[`/${name}/{${resource.key}}`] = {
      get: {
        operationId: `get${component}`,
        summary: `One ${component.toLowerCase()} by its ${resource.key}.`,
        tags: [name],
        parameters: [
          { name: resource.key, in: 'path', required: true, schema: { type: 'string' } },
          commonParameters(fields, false)[0],
        ],
        responses: {
          '200': {
            description: `The ${component.toLowerCase()}.`,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data', 'links'],
                  properties: {
                    data: { $ref: `#/components/schemas/${component}` },
                    links: { type: 'object', properties: { self: { type: 'string', format: 'uri' } } },
                  },
                },
              },
            },
          },
          '404': errorResponse('No such record, or not public.'),
          '429': errorResponse('Too many requests from this address: wait for `Retry-After` seconds.'),
        },
      },
    };
  }

  schemas.SearchHit = z.toJSONSchema(apiSearch.record, { target: 'draft-2020-12', io: 'output' });
  paths['/search'] = {
    get: {
      operationId: 'search',
      summary: apiSearch.description,
      tags: ['search'],
      parameters: [
        ...filterParameters(apiSearch.filters),
        ...commonParameters(Object.keys(apiSearch.record.shape), false),
      ],
      responses: listResponses('SearchHit'),
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: `${site.name} API`,
      version: '1.0.0',
      description:
        'Read-only, public: what a visitor sees on the pages (members-only records and fields are never here). ' +
        'Lists take the filters of their pages; pages are walked with `links.next`. ' +
        'Requests are limited per client address (429 with Retry-After); words also count against the search limit.',
    },
    servers: [{ url: absoluteUrl('/api/v1') }],
    paths,
    components: { schemas },
  };
}
