import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAccounts } from './admin-accounts.service';
import { OrganisationsModule } from '../organisations/organisations.module';
import { Invitations } from './invitations';
import { PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';
import { ProfileController } from './profile.controller';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity]), OrganisationsModule],
  controllers: [PeopleController, ProfileController],
  providers: [PeopleService, PeopleRepository, AdminAccounts, Invitations],
  exports: [PeopleService, PeopleRepository, AdminAccounts, Invitations],
})
export class PeopleModule {}
