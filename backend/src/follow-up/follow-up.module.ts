import { Module } from '@nestjs/common';
import { FollowUpController } from './follow-up.controller';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpService } from './follow-up.service';

@Module({ controllers: [FollowUpController], providers: [FollowUpService, FollowUpRepository] })
export class FollowUpModule {}
