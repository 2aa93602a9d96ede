// Edge module: which state of the database a connection reads, as a number that is never given twice
// in this process, so that what was worked out from one state (a cached concordance summary) is
// never served for another.
import type { Db } from "./database";

const seen = new WeakMap<Db, { version: number; epoch: number }>();
let epochs = 0;

/**
 * The epoch of what `db` reads now: a new one for a new connection (the server's reader reopens
 * when a build renames a new file into place) and whenever `PRAGMA data_version` says another
 * connection has committed since (a build updating the file in place, in WAL mode).
 */
export function databaseEpoch(db: Db): number {
  const version = db.pragma("data_version", { simple: true }) as number;
  const known = seen.get(db);
  if (known && known.version === version) return known.epoch;
  const epoch = ++epochs;
  seen.set(db, { version, epoch });
  return epoch;
}
