import type Database from "better-sqlite3";

export declare const SCHEMA_VERSION: number;

export declare function archiveFile(root?: string): string;

export declare class ArchiveReader {
  readonly file: string;
  constructor(file: string);
  get(): Database.Database;
}
