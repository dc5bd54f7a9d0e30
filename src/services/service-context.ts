import type { Database } from '../db/database.js';
import type { Clock } from '../domain/time.js';

/** What every use case receives: the database and the clock. Nothing else is global. */
export type ServiceContext = { db: Database; clock: Clock };
