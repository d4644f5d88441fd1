import { ValidateBy } from 'class-validator';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar day written YYYY-MM-DD (no 2027-02-30). */
export const IsDay = (field: string) =>
  ValidateBy({
    name: 'isDay',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        DAY.test(value) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      defaultMessage: () => `${field} must be a day written YYYY-MM-DD, such as 2027-03-02`,
    },
  });
