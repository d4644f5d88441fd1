import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** `@Param('id', UuidParam)`: a malformed id is a 400 naming the parameter, not a database error. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({
      message: 'id: must be a UUID such as 3f2b8c1e-7d4a-4b8e-9c1f-2a6d5e4f3b21',
      details: [{ field: 'id', reason: 'must be a UUID' }],
    }),
});
