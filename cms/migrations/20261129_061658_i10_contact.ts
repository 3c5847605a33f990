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
  // Edited by hand: the opening hours move from one list with a channel column to a list per channel.
  await db.run(sql`INSERT INTO \`helpline_phone_hours\`("_order", "_parent_id", "id", "weekday", "opens", "closes") SELECT "_order", "_parent_id", "id", "weekday", "opens", "closes" FROM \`helpline_slots\` WHERE "channel" = 'phone';`)
  await db.run(sql`INSERT INTO \`helpline_chat_hours\`("_order", "_parent_id", "id", "weekday", "opens", "closes") SELECT "_order", "_parent_id", "id", "weekday", "opens", "closes" FROM \`helpline_slots\` WHERE "channel" = 'chat';`)
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
  // Edited by hand: the generated statement selected the new columns from the old table.
  // New columns take their defaults; a chat address that is not an external https address (the
  // old seed's "/contact/chat" led nowhere) is dropped, so the site shows no dead chat link.
  await db.run(sql`INSERT INTO \`__new_helpline\`("id", "hours_are_examples", "phone", "phone_href", "chat_url", "closed_note", "updated_at", "created_at") SELECT "id", "hours_are_examples", "phone", "phone_href", CASE WHEN "chat_url" LIKE 'https://%' THEN "chat_url" ELSE NULL END, "closed_note", "updated_at", "created_at" FROM \`helpline\`;`)
  await db.run(sql`DROP TABLE \`helpline\`;`)
  await db.run(sql`ALTER TABLE \`__new_helpline\` RENAME TO \`helpline\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conversations_id\` integer REFERENCES conversations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conversation_messages_id\` integer REFERENCES conversation_messages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversations_id_idx\` ON \`payload_locked_documents_rels\` (\`conversations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversation_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`conversation_messages_id\`);`)
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
  await db.run(sql`INSERT INTO \`__new_helpline\`("id", "phone", "phone_href", "chat_url", "contact_form_url", "hours_are_examples", "closed_note", "updated_at", "created_at") SELECT "id", "phone", "phone_href", "chat_url", NULL, "hours_are_examples", "closed_note", "updated_at", "created_at" FROM \`helpline\`;`)
  await db.run(sql`DROP TABLE \`helpline\`;`)
  await db.run(sql`ALTER TABLE \`__new_helpline\` RENAME TO \`helpline\`;`)
}
