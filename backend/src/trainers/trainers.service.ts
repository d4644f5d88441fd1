import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { TrainerRoster, TrainerRosterEntry } from '@atolye/shared';
import { SaveTrainerProfileDto, TrainerRosterQueryDto } from './trainers.dto';
import { TrainersRepository } from './trainers.repository';

/** The trainer roster: coordinators see and edit every trainer's profile, a trainer their own. */
@Injectable()
export class TrainersService {
  constructor(private readonly trainers: TrainersRepository) {}

  async roster(query: TrainerRosterQueryDto): Promise<TrainerRoster> {
    const availableFrom = query.availableFrom ?? query.availableTo;
    const availableTo = query.availableTo ?? query.availableFrom;
    if (availableFrom && availableTo && availableFrom > availableTo) {
      throw new BadRequestException({
        message: 'availableTo: must be on or after availableFrom',
        details: [{ field: 'availableTo', reason: 'must be on or after availableFrom' }],
      });
    }
    const [[items, total], vocabulary] = await Promise.all([
      this.trainers.page({ ...query, availableFrom, availableTo }, query.page, query.pageSize),
      this.trainers.vocabulary(),
    ]);
    return { items, total, page: query.page, pageSize: query.pageSize, ...vocabulary };
  }

  async entry(id: string): Promise<TrainerRosterEntry> {
    const [[entry]] = await this.trainers.page({ personId: id }, 1, 1);
    if (!entry) throw new NotFoundException('No enabled trainer with this id');
    return entry;
  }

  async saveProfile(id: string, request: SaveTrainerProfileDto): Promise<TrainerRosterEntry> {
    if (!(await this.trainers.isTrainer(id))) throw new NotFoundException('No enabled trainer with this id');
    const periods = [...request.availablePeriods]
      .map(({ from, to }) => ({ from, to }))
      .sort((a, b) => a.from.localeCompare(b.from));
    await this.trainers.saveProfile(id, {
      expertiseAreas: request.expertiseAreas,
      languages: request.languages,
      availabilityNote: request.availabilityNote,
      availablePeriods: periods,
    });
    return this.entry(id);
  }
}
