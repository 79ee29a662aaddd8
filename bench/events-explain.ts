// Which index each of the feed's statements walks, on the bench's filled
// database: EXPLAIN (QUERY PLAN) of the very statements the store builds
// (events-kysely.ts), so the figures beside them are read knowing the plan.
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { countEventsQuery, newestEventsQuery } from "../server/store/events-kysely.ts";
import type { EventQuery } from "../server/store/events-types.ts";
import type { Database } from "../server/store/schema.ts";

export interface Plan { query: string; plan: string; indexes: string[] }

export type ExplainTarget = { sqliteFile: string } | { databaseUrl: string };

/** The feed's statements as the console and the bench ask them (one type: the per-type merge runs each type alone). */
export function feedStatements(orgId: string, groupId: string, keyId: string, now: number): [string, EventQuery, "list" | "count", number][] {
  const month = { minDate: new Date(now - 30 * 86_400_000), maxDate: new Date(now) };
  const typed = { orgId, types: ["API_KEY_ACCESS_LIST_ENTRY_ADDED"], ...month };
  return [
    ["org feed, one type, 30 days: page", typed, "list", 101],
    ["org feed, one type, 30 days: count", typed, "count", 0],
    ["org feed, no filter: page", { orgId }, "list", 101],
    ["project feed, no filter: page", { groupId }, "list", 101],
    ["key history (org feed): 5 newest", { orgId, targetKeyId: keyId }, "list", 6],
    ["key history (org feed): count", { orgId, targetKeyId: keyId }, "count", 0],
  ];
}

function indexNames(plan: string): string[] {
  const names = [...plan.matchAll(/(?:USING (?:COVERING )?INDEX|Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)/g)].map((m) => m[1] ?? "");
  return [...new Set(names)];
}

export async function explainFeed(target: ExplainTarget, statements: ReturnType<typeof feedStatements>): Promise<Plan[]> {
  const sqlite = "sqliteFile" in target ? new SQLite(target.sqliteFile, { readonly: true }) : undefined;
  const dialect = sqlite
    ? new SqliteDialect({ database: sqlite })
    : new PostgresDialect({ pool: new pg.Pool({ connectionString: (target as { databaseUrl: string }).databaseUrl, max: 1 }) });
  const db = new Kysely<Database>({ dialect });
  try {
    const plans: Plan[] = [];
    for (const [query, q, kind, limit] of statements) {
      const compiled = kind === "list" ? newestEventsQuery(db, q, limit, 0).compile() : countEventsQuery(db, q).compile();
      const explain = sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
      const rows = (await db.executeQuery(CompiledQuery.raw(explain + compiled.sql, [...compiled.parameters]))).rows as Record<string, unknown>[];
      const plan = rows.map((r) => String(r.detail ?? r["QUERY PLAN"] ?? JSON.stringify(r))).join("\n");
      plans.push({ query, plan, indexes: indexNames(plan) });
    }
    return plans;
  } finally {
    await db.destroy();
  }
}
