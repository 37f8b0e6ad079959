import { MigrationInterface, QueryRunner } from 'typeorm';

/** Bilingual substring search (pg_trgm works for Chinese, full-text search has no Chinese parser), filters, imports. */
export class DirectorySearch1764000200000 implements MigrationInterface {
  name = 'DirectorySearch1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Chinese words are often two characters, too short for trigrams: index every CJK character and pair as well.
    await q.query(`
      CREATE FUNCTION tb_cjk_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
          SELECT substr(t, i, 2) AS g FROM generate_series(1, length(t) - 1) i WHERE substr(t, i, 2) ~ '^[\u3400-\u9fff]{2}$'
          UNION ALL
          SELECT substr(t, i, 1) FROM generate_series(1, length(t)) i WHERE substr(t, i, 1) ~ '^[\u3400-\u9fff]$'
        ) grams
      $$`);

    // The mentor's name is searched with the profile, so it is copied in and kept in step by triggers.
    await q.query(`ALTER TABLE mentor_profiles ADD COLUMN display_name text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE mentor_profiles ADD COLUMN active_mentees int NOT NULL DEFAULT 0 CHECK (active_mentees >= 0)`);
    await q.query(`
      CREATE FUNCTION tb_mentor_display_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.display_name := (SELECT display_name FROM users WHERE id = NEW.user_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER mentor_profiles_display_name BEFORE INSERT OR UPDATE OF user_id ON mentor_profiles
      FOR EACH ROW EXECUTE FUNCTION tb_mentor_display_name()`);
    await q.query(`
      CREATE FUNCTION tb_user_display_name_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mentor_profiles SET display_name = NEW.display_name WHERE user_id = NEW.id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_display_name_sync AFTER UPDATE OF display_name ON users
      FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name) EXECUTE FUNCTION tb_user_display_name_sync()`);
    await q.query(`UPDATE mentor_profiles mp SET display_name = u.display_name FROM users u WHERE u.id = mp.user_id`);

    await q.query(`
      ALTER TABLE mentor_profiles ADD COLUMN search_text text GENERATED ALWAYS AS (
        lower(display_name || ' ' || headline_en || ' ' || headline_zh || ' ' || bio_en || ' ' || bio_zh || ' ' || city)
      ) STORED`);
    await q.query(`CREATE INDEX mentor_profiles_search_trgm ON mentor_profiles USING gin (search_text gin_trgm_ops)`);
    await q.query(`ALTER TABLE mentor_profiles ADD COLUMN search_grams text[] GENERATED ALWAYS AS (tb_cjk_grams(display_name || ' ' || headline_zh || ' ' || bio_zh || ' ' || headline_en || ' ' || city)) STORED`);
    await q.query(`CREATE INDEX mentor_profiles_search_grams ON mentor_profiles USING gin (search_grams)`);
    for (const column of ['sectors', 'stages', 'topics', 'languages']) {
      await q.query(`CREATE INDEX mentor_profiles_${column}_gin ON mentor_profiles USING gin (${column})`);
    }
    await q.query(`CREATE INDEX mentor_profiles_name_idx ON mentor_profiles (lower(display_name), id)`);
    await q.query(`CREATE INDEX mentor_profiles_created_idx ON mentor_profiles (created_at DESC, id)`);

    await q.query(`
      ALTER TABLE startups ADD COLUMN search_text text GENERATED ALWAYS AS (
        lower(name_en || ' ' || name_zh || ' ' || pitch_en || ' ' || pitch_zh)
      ) STORED`);
    await q.query(`CREATE INDEX startups_search_trgm ON startups USING gin (search_text gin_trgm_ops)`);
    await q.query(`ALTER TABLE startups ADD COLUMN search_grams text[] GENERATED ALWAYS AS (tb_cjk_grams(name_zh || ' ' || pitch_zh || ' ' || name_en)) STORED`);
    await q.query(`CREATE INDEX startups_search_grams ON startups USING gin (search_grams)`);
    for (const column of ['sectors', 'needs', 'languages']) {
      await q.query(`CREATE INDEX startups_${column}_gin ON startups USING gin (${column})`);
    }
    await q.query(`CREATE INDEX startups_name_idx ON startups (lower(name_en), id)`);
    await q.query(`CREATE INDEX startups_created_idx ON startups (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('mentors', 'startups')),
        created_by uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed')),
        file_name text,
        good_rows jsonb NOT NULL,
        report jsonb NOT NULL,
        written int,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
    await q.query(`ALTER TABLE startups DROP COLUMN search_grams, DROP COLUMN search_text`);
    await q.query(`ALTER TABLE mentor_profiles DROP COLUMN search_grams, DROP COLUMN search_text`);
    await q.query(`DROP FUNCTION tb_cjk_grams(text)`);
    await q.query(`DROP TRIGGER users_display_name_sync ON users`);
    await q.query(`DROP TRIGGER mentor_profiles_display_name ON mentor_profiles`);
    await q.query(`DROP FUNCTION tb_user_display_name_sync()`);
    await q.query(`DROP FUNCTION tb_mentor_display_name()`);
    await q.query(`ALTER TABLE mentor_profiles DROP COLUMN active_mentees`);
    await q.query(`ALTER TABLE mentor_profiles DROP COLUMN display_name`);
  }
}
