import { UsageError } from '../domain/errors.js';

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): the time a reproducible document may carry, in
 * whole seconds since 1970-01-01 UTC. Unset or empty: no time at all. Anything else is a usage error.
 */
export function sourceDateEpoch(raw: string | undefined): Date | undefined {
  if (raw === undefined || raw === '') return undefined;
  const date = /^\d{1,12}$/.test(raw) ? new Date(Number(raw) * 1000) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01; got '${raw.slice(0, 40)}'`);
  return date;
}
