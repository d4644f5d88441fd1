import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, SESSION_COOKIE } from '@atolye/shared';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { AuthSessionRepository } from './auth-session.repository';
import { hashSessionToken } from './session-token';
import type { RequestWithPerson } from './signed-in-person';

/**
 * The one gate of every endpoint. It reads the session on each request, so a sign-out, a disabled
 * account or a role change applies to the very next request; an endpoint that declares no rule
 * is refused to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: AuthSessionRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new ForbiddenException('This endpoint is not open to anyone');
    }
    if (rule.kind === 'probe') return true;
    const request = context.switchToHttp().getRequest<RequestWithPerson>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && token.length < 200) {
      request.person = (await this.sessions.findPerson(hashSessionToken(token))) ?? undefined;
    }
    if (rule.kind === 'public') return true;
    if (!request.person) throw new UnauthorizedException('Please sign in to continue');
    if (
      rule.kind === 'permission' &&
      !rule.permissions.some((permission) => can(request.person?.roles ?? [], permission))
    ) {
      throw new ForbiddenException('Your roles do not allow this');
    }
    return true;
  }
}
