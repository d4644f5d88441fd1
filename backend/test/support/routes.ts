import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../../src/access/access.decorator';

export interface DeclaredRoute {
  method: string;
  /** As declared, e.g. `/api/sessions/:id/enrolments`. */
  path: string;
  handler: string;
  /** The route's access rule; undefined when it declares none. */
  rule: AccessRule | undefined;
  /** Who the rule lets in: its permissions, or `signed-in` / `public`. */
  open: string[];
}

/** Every route the app serves, read from its controllers, with the access rule each declares. */
export function routesOf(app: INestApplication): DeclaredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const prototype = Object.getPrototypeOf(wrapper.instance as object);
    const base = String(reflector.get(PATH_METADATA, wrapper.metatype as () => void) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = reflector.get<string | undefined>(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)].toLowerCase();
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
        handler,
        wrapper.metatype as () => void,
      ]);
      routes.push({
        method,
        path: `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`,
        handler: `${wrapper.name}.${name}`,
        rule,
        open: !rule ? [] : rule.kind === 'permission' ? rule.permissions : [rule.kind],
      });
    }
  }
  return routes;
}
