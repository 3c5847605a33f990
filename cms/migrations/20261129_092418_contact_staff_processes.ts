import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`conversations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` integer,
  	\`assignee_label\` text,
  	\`about\` text,
  	\`name\` text,
  	\`email\` text,
  	\`notify_by_email\` integer DEFAULT false,
  	\`waiting_since\` text,
  	\`last_message_at\` text,
  	\`code_hash\` text,
  	\`secret_hash\` text,
  	\`submission_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conversations_status_idx\` ON \`conversations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`conversations_assignee_idx\` ON \`conversations\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`conversations_waiting_since_idx\` ON \`conversations\` (\`waiting_since\`);`)
  await db.run(sql`CREATE INDEX \`conversations_last_message_at_idx\` ON \`conversations\` (\`last_message_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conversations_code_hash_idx\` ON \`conversations\` (\`code_hash\`);`)
  await db.run(sql`CREATE INDEX \`conversations_submission_hash_idx\` ON \`conversations\` (\`submission_hash\`);`)
  await db.run(sql`CREATE INDEX \`conversations_updated_at_idx\` ON \`conversations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conversations_created_at_idx\` ON \`conversations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conversation_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`conversation_id\` integer NOT NULL,
  	\`from\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_label\` text,
  	\`submission_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`conversation_id\`) REFERENCES \`conversations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conversation_messages_conversation_idx\` ON \`conversation_messages\` (\`conversation_id\`);`)
  await db.run(sql`CREATE INDEX \`conversation_messages_submission_hash_idx\` ON \`conversation_messages\` (\`submission_hash\`);`)
  await db.run(sql`CREATE INDEX \`conversation_messages_updated_at_idx\` ON \`conversation_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conversation_messages_created_at_idx\` ON \`conversation_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`actor\` text,
  	\`action\` text NOT NULL,
  	\`subject\` text,
  	\`subject_id\` text,
  	\`detail\` text,
  	\`channel\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_subject_idx\` ON \`audit_log\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_subject_id_idx\` ON \`audit_log\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`leases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`expires_at\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`leases_name_idx\` ON \`leases\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`leases_updated_at_idx\` ON \`leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leases_created_at_idx\` ON \`leases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`attempt_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`window_start\` numeric NOT NULL,
  	\`expires_at\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`attempt_counters_key_idx\` ON \`attempt_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`attempt_counters_expires_at_idx\` ON \`attempt_counters\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`attempt_counters_updated_at_idx\` ON \`attempt_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attempt_counters_created_at_idx\` ON \`attempt_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cache_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tags\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`cache_events_updated_at_idx\` ON \`cache_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cache_events_created_at_idx\` ON \`cache_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`helpline_phone_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`helpline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helpline_phone_hours_order_idx\` ON \`helpline_phone_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`helpline_phone_hours_parent_id_idx\` ON \`helpline_phone_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`helpline_chat_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`helpline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helpline_chat_hours_order_idx\` ON \`helpline_chat_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`helpline_chat_hours_parent_id_idx\` ON \`helpline_chat_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`helpline_contact_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`helpline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helpline_contact_hours_order_idx\` ON \`helpline_contact_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`helpline_contact_hours_parent_id_idx\` ON \`helpline_contact_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`helpline_closed_dates_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`helpline_closed_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helpline_closed_dates_channels_order_idx\` ON \`helpline_closed_dates_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`helpline_closed_dates_channels_parent_idx\` ON \`helpline_closed_dates_channels\` (\`parent_id\`);`)
  // Opening hours were one list with a channel per row; they become one list per channel.
  // Hand-written: keeps the hours staff entered instead of dropping them with the old table.
  await db.run(sql`INSERT INTO \`helpline_phone_hours\` ("_order", "_parent_id", "id", "weekday", "opens", "closes") SELECT "_order", "_parent_id", "id", "weekday", "opens", "closes" FROM \`helpline_slots\` WHERE "channel" = 'phone';`)
  await db.run(sql`INSERT INTO \`helpline_chat_hours\` ("_order", "_parent_id", "id", "weekday", "opens", "closes") SELECT "_order", "_parent_id", "id", "weekday", "opens", "closes" FROM \`helpline_slots\` WHERE "channel" = 'chat';`)
  await db.run(sql`DROP TABLE \`helpline_slots\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_helpline\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hours_are_examples\` integer DEFAULT true,
  	\`phone\` text NOT NULL,
  	\`phone_href\` text NOT NULL,
  	\`phone_note\` text,
  	\`chat_url\` text,
  	\`chat_note\` text,
  	\`contact_form_enabled\` integer DEFAULT true,
  	\`contact_answer_time\` text DEFAULT 'We antwoorden meestal binnen twee werkdagen.' NOT NULL,
  	\`contact_note\` text,
  	\`closed_note\` text DEFAULT 'We zijn nu gesloten. Je kunt wel verder met de anonieme zelfhulp, of ons een bericht sturen.',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  // Hand-corrected: the generated statement selected the new columns from the old table.
  // New columns take their defaults; a chat address that is not an external https address (the
  // old seed's "/contact/chat" led nowhere) is dropped, so the site shows no dead chat link.
  await db.run(sql`INSERT INTO \`__new_helpline\`("id", "hours_are_examples", "phone", "phone_href", "chat_url", "closed_note", "updated_at", "created_at") SELECT "id", "hours_are_examples", "phone", "phone_href", CASE WHEN "chat_url" LIKE 'https://%' THEN "chat_url" ELSE NULL END, "closed_note", "updated_at", "created_at" FROM \`helpline\`;`)
  await db.run(sql`DROP TABLE \`helpline\`;`)
  await db.run(sql`ALTER TABLE \`__new_helpline\` RENAME TO \`helpline\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`campaign_startsat_tz\` text DEFAULT 'Europe/Amsterdam';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`campaign_endsat_tz\` text DEFAULT 'Europe/Amsterdam';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_campaign_startsat_tz\` text DEFAULT 'Europe/Amsterdam';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_campaign_endsat_tz\` text DEFAULT 'Europe/Amsterdam';`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`claimed_until\` numeric;`)
  await db.run(sql`CREATE INDEX \`outbox_claimed_until_idx\` ON \`outbox\` (\`claimed_until\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`second_factor_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`second_factor\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conversations_id\` integer REFERENCES conversations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conversation_messages_id\` integer REFERENCES conversation_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`leases_id\` integer REFERENCES leases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`attempt_counters_id\` integer REFERENCES attempt_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cache_events_id\` integer REFERENCES cache_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversations_id_idx\` ON \`payload_locked_documents_rels\` (\`conversations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversation_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`conversation_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attempt_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`attempt_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cache_events_id_idx\` ON \`payload_locked_documents_rels\` (\`cache_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`helpline_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel\` text NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`helpline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helpline_slots_order_idx\` ON \`helpline_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`helpline_slots_parent_id_idx\` ON \`helpline_slots\` (\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`conversations\`;`)
  await db.run(sql`DROP TABLE \`conversation_messages\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`leases\`;`)
  await db.run(sql`DROP TABLE \`attempt_counters\`;`)
  await db.run(sql`DROP TABLE \`cache_events\`;`)
  await db.run(sql`DROP TABLE \`helpline_phone_hours\`;`)
  await db.run(sql`DROP TABLE \`helpline_chat_hours\`;`)
  await db.run(sql`DROP TABLE \`helpline_contact_hours\`;`)
  await db.run(sql`DROP TABLE \`helpline_closed_dates_channels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`modules_id\` integer,
  	\`campaign_sources_id\` integer,
  	\`media_id\` integer,
  	\`groups_id\` integer,
  	\`registrations_id\` integer,
  	\`outbox_id\` integer,
  	\`users_id\` integer,
  	\`analytics_counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_sources_id\`) REFERENCES \`campaign_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`analytics_counters_id\`) REFERENCES \`analytics_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "modules_id", "campaign_sources_id", "media_id", "groups_id", "registrations_id", "outbox_id", "users_id", "analytics_counters_id") SELECT "id", "order", "parent_id", "path", "pages_id", "modules_id", "campaign_sources_id", "media_id", "groups_id", "registrations_id", "outbox_id", "users_id", "analytics_counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_analytics_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`analytics_counters_id\`);`)
  await db.run(sql`DROP INDEX \`outbox_claimed_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`claimed_until\`;`)
  await db.run(sql`CREATE TABLE \`__new_helpline\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phone\` text NOT NULL,
  	\`phone_href\` text NOT NULL,
  	\`chat_url\` text,
  	\`contact_form_url\` text,
  	\`hours_are_examples\` integer DEFAULT true,
  	\`closed_note\` text DEFAULT 'We zijn nu gesloten. Je kunt wel verder met de anonieme zelfhulp, of ons een bericht sturen via het contactformulier.',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_helpline\`("id", "phone", "phone_href", "chat_url", "contact_form_url", "hours_are_examples", "closed_note", "updated_at", "created_at") SELECT "id", "phone", "phone_href", "chat_url", "contact_form_url", "hours_are_examples", "closed_note", "updated_at", "created_at" FROM \`helpline\`;`)
  await db.run(sql`DROP TABLE \`helpline\`;`)
  await db.run(sql`ALTER TABLE \`__new_helpline\` RENAME TO \`helpline\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`second_factor_enabled\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`second_factor\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`campaign_startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`campaign_endsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_campaign_startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_campaign_endsat_tz\`;`)
}
