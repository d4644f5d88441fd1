import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../access/access.decorator';
import {
  PasswordResetAcceptedDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
} from './password-reset.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /** Mails a link to choose a new password; the same 202 whether or not the account exists. */
  @Post()
  @HttpCode(202)
  @Public()
  request(@Body() body: PasswordResetRequestDto, @Req() request: Request): Promise<PasswordResetAcceptedDto> {
    return this.resets.request(body.email, request.ip ?? 'unknown');
  }

  /** Sets a new password with the link's token; the person is signed out everywhere. */
  @Post('confirm')
  @HttpCode(204)
  @Public()
  confirm(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.resets.confirm(body.token, body.password);
  }
}
