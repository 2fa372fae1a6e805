CREATE TABLE IF NOT EXISTS "live_sessions" (
	"code" text PRIMARY KEY NOT NULL,
	"host_token_hash" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"ended_at" bigint,
	"locked" boolean DEFAULT false NOT NULL,
	"max_participants" integer NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "live_participants" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL REFERENCES "live_sessions"("code") ON DELETE cascade,
	"token_hash" text NOT NULL UNIQUE,
	"nickname" text NOT NULL,
	"joined_at" bigint NOT NULL,
	"removed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "live_participants_code" ON "live_participants" ("code");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "live_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL REFERENCES "live_sessions"("code") ON DELETE cascade,
	"kind" text NOT NULL,
	"idx" integer NOT NULL,
	"ref" text NOT NULL,
	"status" text NOT NULL,
	"opened_at" bigint NOT NULL,
	"deadline" bigint,
	"closed_at" bigint,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "live_rounds_code_idx" ON "live_rounds" ("code","idx");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "live_responses" (
	"round_id" text NOT NULL REFERENCES "live_rounds"("id") ON DELETE cascade,
	"participant_id" text NOT NULL REFERENCES "live_participants"("id") ON DELETE cascade,
	"response" jsonb NOT NULL,
	"earned" double precision NOT NULL,
	"total" double precision NOT NULL,
	"at" bigint NOT NULL,
	CONSTRAINT "live_responses_round_id_participant_id_pk" PRIMARY KEY("round_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "live_events" (
	"code" text NOT NULL REFERENCES "live_sessions"("code") ON DELETE cascade,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"audience" text NOT NULL,
	"data" jsonb NOT NULL,
	"at" bigint NOT NULL,
	CONSTRAINT "live_events_code_seq_pk" PRIMARY KEY("code","seq")
);
