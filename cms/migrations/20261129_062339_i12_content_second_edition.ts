import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`modules_blocks_fill_in_table_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`multiline\` integer DEFAULT false,
  	\`in_plan\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules_blocks_fill_in_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_columns_order_idx\` ON \`modules_blocks_fill_in_table_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_columns_parent_id_idx\` ON \`modules_blocks_fill_in_table_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_fill_in_table_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules_blocks_fill_in_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_rows_order_idx\` ON \`modules_blocks_fill_in_table_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_rows_parent_id_idx\` ON \`modules_blocks_fill_in_table_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_fill_in_table\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`prompt\` text,
  	\`row_name\` text DEFAULT 'Regel',
  	\`empty_rows\` numeric DEFAULT 3,
  	\`plan_section\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_order_idx\` ON \`modules_blocks_fill_in_table\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_parent_id_idx\` ON \`modules_blocks_fill_in_table\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_fill_in_table_path_idx\` ON \`modules_blocks_fill_in_table\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_self_test_statements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules_blocks_self_test\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_statements_order_idx\` ON \`modules_blocks_self_test_statements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_statements_parent_id_idx\` ON \`modules_blocks_self_test_statements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_self_test_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`points\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules_blocks_self_test\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_options_order_idx\` ON \`modules_blocks_self_test_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_options_parent_id_idx\` ON \`modules_blocks_self_test_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_self_test_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from_score\` numeric,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules_blocks_self_test\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_results_order_idx\` ON \`modules_blocks_self_test_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_results_parent_id_idx\` ON \`modules_blocks_self_test_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_self_test\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`prompt\` text,
  	\`disclaimer\` text DEFAULT 'Deze test stelt geen diagnose. Hij helpt je alleen om eerlijk naar je eigen gedrag te kijken. Wat er bij jou speelt, kun je het beste bespreken met een hulpverlener.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_order_idx\` ON \`modules_blocks_self_test\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_parent_id_idx\` ON \`modules_blocks_self_test\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_self_test_path_idx\` ON \`modules_blocks_self_test\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_crisis_note\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`intro\` text DEFAULT 'Deze module kan veel bij je losmaken. Wordt het je te veel? Stop dan even en neem contact op met iemand.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_crisis_note_order_idx\` ON \`modules_blocks_crisis_note\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_crisis_note_parent_id_idx\` ON \`modules_blocks_crisis_note\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_crisis_note_path_idx\` ON \`modules_blocks_crisis_note\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`modules_blocks_device_note\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Wie kan zien wat je invult?',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_blocks_device_note_order_idx\` ON \`modules_blocks_device_note\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_device_note_parent_id_idx\` ON \`modules_blocks_device_note\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_device_note_path_idx\` ON \`modules_blocks_device_note\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_fill_in_table_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`multiline\` integer DEFAULT false,
  	\`in_plan\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v_blocks_fill_in_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_columns_order_idx\` ON \`_modules_v_blocks_fill_in_table_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_columns_parent_id_idx\` ON \`_modules_v_blocks_fill_in_table_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_fill_in_table_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v_blocks_fill_in_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_rows_order_idx\` ON \`_modules_v_blocks_fill_in_table_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_rows_parent_id_idx\` ON \`_modules_v_blocks_fill_in_table_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_fill_in_table\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`prompt\` text,
  	\`row_name\` text DEFAULT 'Regel',
  	\`empty_rows\` numeric DEFAULT 3,
  	\`plan_section\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_order_idx\` ON \`_modules_v_blocks_fill_in_table\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_parent_id_idx\` ON \`_modules_v_blocks_fill_in_table\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_fill_in_table_path_idx\` ON \`_modules_v_blocks_fill_in_table\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_self_test_statements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v_blocks_self_test\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_statements_order_idx\` ON \`_modules_v_blocks_self_test_statements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_statements_parent_id_idx\` ON \`_modules_v_blocks_self_test_statements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_self_test_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`points\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v_blocks_self_test\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_options_order_idx\` ON \`_modules_v_blocks_self_test_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_options_parent_id_idx\` ON \`_modules_v_blocks_self_test_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_self_test_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_score\` numeric,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v_blocks_self_test\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_results_order_idx\` ON \`_modules_v_blocks_self_test_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_results_parent_id_idx\` ON \`_modules_v_blocks_self_test_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_self_test\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`prompt\` text,
  	\`disclaimer\` text DEFAULT 'Deze test stelt geen diagnose. Hij helpt je alleen om eerlijk naar je eigen gedrag te kijken. Wat er bij jou speelt, kun je het beste bespreken met een hulpverlener.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_order_idx\` ON \`_modules_v_blocks_self_test\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_parent_id_idx\` ON \`_modules_v_blocks_self_test\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_self_test_path_idx\` ON \`_modules_v_blocks_self_test\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_crisis_note\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`intro\` text DEFAULT 'Deze module kan veel bij je losmaken. Wordt het je te veel? Stop dan even en neem contact op met iemand.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_crisis_note_order_idx\` ON \`_modules_v_blocks_crisis_note\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_crisis_note_parent_id_idx\` ON \`_modules_v_blocks_crisis_note\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_crisis_note_path_idx\` ON \`_modules_v_blocks_crisis_note\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_blocks_device_note\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Wie kan zien wat je invult?',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_device_note_order_idx\` ON \`_modules_v_blocks_device_note\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_device_note_parent_id_idx\` ON \`_modules_v_blocks_device_note\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_device_note_path_idx\` ON \`_modules_v_blocks_device_note\` (\`_path\`);`)
  // Hand-corrected: the generator copied provenance and consent_record from the old quote tables,
  // which do not have them yet. They start as 'illustrative' (the default) and empty.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`provenance\` text DEFAULT 'illustrative',
  	\`attribution\` text,
  	\`consent_record\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "block_name" FROM \`pages_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages_blocks_quote\` RENAME TO \`pages_blocks_quote\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_blocks_quote_order_idx\` ON \`pages_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_quote_parent_id_idx\` ON \`pages_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_quote_path_idx\` ON \`pages_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`provenance\` text DEFAULT 'illustrative',
  	\`attribution\` text,
  	\`consent_record\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name" FROM \`_pages_v_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v_blocks_quote\` RENAME TO \`_pages_v_blocks_quote\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_order_idx\` ON \`_pages_v_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_parent_id_idx\` ON \`_pages_v_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_path_idx\` ON \`_pages_v_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new_modules_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`provenance\` text DEFAULT 'illustrative',
  	\`attribution\` text,
  	\`consent_record\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_modules_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "block_name" FROM \`modules_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new_modules_blocks_quote\` RENAME TO \`modules_blocks_quote\`;`)
  await db.run(sql`CREATE INDEX \`modules_blocks_quote_order_idx\` ON \`modules_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_quote_parent_id_idx\` ON \`modules_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_quote_path_idx\` ON \`modules_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new__modules_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`provenance\` text DEFAULT 'illustrative',
  	\`attribution\` text,
  	\`consent_record\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__modules_v_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name" FROM \`_modules_v_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new__modules_v_blocks_quote\` RENAME TO \`_modules_v_blocks_quote\`;`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_quote_order_idx\` ON \`_modules_v_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_quote_parent_id_idx\` ON \`_modules_v_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_quote_path_idx\` ON \`_modules_v_blocks_quote\` (\`_path\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_content\` ADD \`editor_note\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_content\` ADD \`editor_note\` text;`)
  await db.run(sql`ALTER TABLE \`modules_blocks_content\` ADD \`editor_note\` text;`)
  await db.run(sql`ALTER TABLE \`_modules_v_blocks_content\` ADD \`editor_note\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`device_notice\` text DEFAULT 'Wat je invult, blijft op dit apparaat, in deze browser. Het gaat niet naar Stop it Now! en niet naar iemand anders. Maar iedereen die dit apparaat gebruikt, kan je antwoorden en je plan zien.
  
  Deel je dit apparaat met anderen? Open de zelfhulp dan in een privévenster. Dat vind je in het menu van je browser, bijvoorbeeld als ‘Nieuw privévenster’ of ‘Nieuw incognitovenster’. Sluit je alle privévensters, dan is alles wat je invulde weg.
  
  Wil je alles wissen? Kies onderaan elke pagina ‘Alles wissen van dit apparaat’.' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_device_notice\` text DEFAULT 'Wat je invult, blijft op dit apparaat, in deze browser. Het gaat niet naar Stop it Now! en niet naar iemand anders. Maar iedereen die dit apparaat gebruikt, kan je antwoorden en je plan zien.
  
  Deel je dit apparaat met anderen? Open de zelfhulp dan in een privévenster. Dat vind je in het menu van je browser, bijvoorbeeld als ‘Nieuw privévenster’ of ‘Nieuw incognitovenster’. Sluit je alle privévensters, dan is alles wat je invulde weg.
  
  Wil je alles wissen? Kies onderaan elke pagina ‘Alles wissen van dit apparaat’.' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`modules_blocks_fill_in_table_columns\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_fill_in_table_rows\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_fill_in_table\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_self_test_statements\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_self_test_options\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_self_test_results\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_self_test\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_crisis_note\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_device_note\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_fill_in_table_columns\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_fill_in_table_rows\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_fill_in_table\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_self_test_statements\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_self_test_options\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_self_test_results\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_self_test\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_crisis_note\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_device_note\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`attribution\` text DEFAULT 'Iemand die gestopt is',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "block_name" FROM \`pages_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages_blocks_quote\` RENAME TO \`pages_blocks_quote\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_blocks_quote_order_idx\` ON \`pages_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_quote_parent_id_idx\` ON \`pages_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_quote_path_idx\` ON \`pages_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`attribution\` text DEFAULT 'Iemand die gestopt is',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name" FROM \`_pages_v_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v_blocks_quote\` RENAME TO \`_pages_v_blocks_quote\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_order_idx\` ON \`_pages_v_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_parent_id_idx\` ON \`_pages_v_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_path_idx\` ON \`_pages_v_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new_modules_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`attribution\` text DEFAULT 'Iemand die gestopt is',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_modules_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "block_name" FROM \`modules_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`modules_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new_modules_blocks_quote\` RENAME TO \`modules_blocks_quote\`;`)
  await db.run(sql`CREATE INDEX \`modules_blocks_quote_order_idx\` ON \`modules_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_quote_parent_id_idx\` ON \`modules_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_blocks_quote_path_idx\` ON \`modules_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new__modules_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`attribution\` text DEFAULT 'Iemand die gestopt is',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__modules_v_blocks_quote\`("_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "text", "attribution", "_uuid", "block_name" FROM \`_modules_v_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_blocks_quote\`;`)
  await db.run(sql`ALTER TABLE \`__new__modules_v_blocks_quote\` RENAME TO \`_modules_v_blocks_quote\`;`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_quote_order_idx\` ON \`_modules_v_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_quote_parent_id_idx\` ON \`_modules_v_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_blocks_quote_path_idx\` ON \`_modules_v_blocks_quote\` (\`_path\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_content\` DROP COLUMN \`editor_note\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_content\` DROP COLUMN \`editor_note\`;`)
  await db.run(sql`ALTER TABLE \`modules_blocks_content\` DROP COLUMN \`editor_note\`;`)
  await db.run(sql`ALTER TABLE \`_modules_v_blocks_content\` DROP COLUMN \`editor_note\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`device_notice\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_device_notice\`;`)
}
