import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`crisis_help_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`number\` text NOT NULL,
  	\`href\` text NOT NULL,
  	\`when\` text NOT NULL,
  	\`website\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`crisis_help\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`crisis_help_lines_order_idx\` ON \`crisis_help_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`crisis_help_lines_parent_id_idx\` ON \`crisis_help_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`crisis_help\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Direct hulp nodig?' NOT NULL,
  	\`intro\` text,
  	\`child_safety_heading\` text DEFAULT 'Ben je bang dat je nu iets doet met een kind?' NOT NULL,
  	\`child_safety_text\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`crisis_help_lines\`;`)
  await db.run(sql`DROP TABLE \`crisis_help\`;`)
}
