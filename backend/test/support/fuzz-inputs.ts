import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';

/** One operation of the API and the fields its body and query DTOs declare. */
export interface FuzzOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As in the OpenAPI document: `/api/sessions/{id}`. */
  path: string;
  bodyFields: string[];
  queryFields: string[];
}

/** A value nested `depth` levels deep, as JSON text (JSON.stringify would recurse as deep). */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Values put into every path parameter: not ids, NUL bytes, traversal, a huge number, an unknown id. */
export const BAD_PATH_VALUES = [
  'not-a-uuid',
  '%00',
  'abc%00def',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..%5C..%5Cwindows%5Cwin.ini',
  '1e20',
  '-1',
  'x'.repeat(500),
  '00000000-0000-4000-8000-00000000abcd',
];

/** Values put into every field of a body or query at once, one kind per request. */
export const BAD_FIELD_VALUES: [string, unknown][] = [
  ['a NUL byte', 'before\u0000after'],
  ['a huge number', 1e20],
  ['the largest double', 1.7976931348623157e308],
  ['a negative number', -1],
  ['a fraction', 0.5],
  ['a boolean', true],
  ['an empty array', []],
  ['an object', { nested: { value: 'x' } }],
  ['a long text', 'ş'.repeat(20_000)],
  ['a date far away', '99999-12-31T00:00:00Z'],
  ['null', null],
];

/** Query strings, as text so that the kinds a browser can send are sent exactly. */
export const BAD_QUERY_VALUES: [string, string][] = [
  ['a NUL byte', '%00'],
  ['a huge number', '1e20'],
  ['a negative number', '-1'],
  ['an exponent overflow', '1e400'],
  ['a repeated key', '1&{field}=2'],
  ['a nested key', '[$gt]=1'],
  ['a long text', 'x'.repeat(3000)],
];

/** Whole bodies of the wrong shape, sent raw as JSON. */
export const BAD_BODIES: [string, string][] = [
  ['an empty object', '{}'],
  ['an array', '[{"a":1}]'],
  ['null', 'null'],
  ['a string', '"text"'],
  ['a number', '1e20'],
  ['JSON nested 5,000 levels', deepJson(5000)],
  ['arrays nested 5,000 levels', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ['a prototype key', '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'],
  ['a NUL in a key', '{"na\\u0000me":"x"}'],
];

const VERBS: Partial<Record<RequestMethod, FuzzOperation['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

function fieldsOf(dto: unknown): string[] {
  if (typeof dto !== 'function' || [String, Number, Object, Boolean, Array].includes(dto as never)) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto as () => void, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

/**
 * Every route the application serves, with the fields of the DTOs its @Body() and @Query()
 * take (read from Nest's and class-validator's metadata, so nothing is listed by hand).
 */
export function discoverOperations(app: INestApplication): FuzzOperation[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const operations: FuzzOperation[] = [];
  for (const wrapper of discovery.getControllers()) {
    const prototype = Object.getPrototypeOf(wrapper.instance as object);
    const base = String(reflector.get(PATH_METADATA, wrapper.metatype as () => void) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = reflector.get<string | undefined>(PATH_METADATA, handler);
      const method = VERBS[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      if (path === undefined || !method) continue;
      const args: Record<string, { index: number }> =
        Reflect.getMetadata(ROUTE_ARGS_METADATA, wrapper.metatype as () => void, name) ?? {};
      const types: unknown[] = Reflect.getMetadata('design:paramtypes', prototype, name) ?? [];
      const fieldsFor = (kind: RouteParamtypes) =>
        Object.entries(args)
          .filter(([key]) => key.split(':')[0] === String(kind))
          .flatMap(([, arg]) => fieldsOf(types[arg.index]));
      const full = `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`;
      operations.push({
        method,
        // `:token.ics` → `{token}.ics`, as the OpenAPI document writes it.
        path: full.replace(/:(\w+)/g, '{$1}'),
        bodyFields: fieldsFor(RouteParamtypes.BODY),
        queryFields: fieldsFor(RouteParamtypes.QUERY),
      });
    }
  }
  return operations;
}
