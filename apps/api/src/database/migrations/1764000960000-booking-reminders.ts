import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a session's current start was set: a reminder whose due time came before that moment is not sent (a session
 * booked or moved 3 hours ahead gets its 1-hour reminder, not a late 24-hour one). A trigger keeps it, so every
 * path that moves a session keeps it right.
 */
export class BookingReminders1764000960000 implements MigrationInterface {
  name = 'BookingReminders1764000960000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE bookings ADD COLUMN start_set_at timestamptz NOT NULL DEFAULT now()`,
    );
    await q.query(`UPDATE bookings SET start_set_at = created_at`);
    await q.query(`
      CREATE FUNCTION bookings_start_set() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.starts_at IS DISTINCT FROM OLD.starts_at THEN
          NEW.start_set_at := now();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER bookings_start_set BEFORE UPDATE OF starts_at ON bookings FOR EACH ROW EXECUTE FUNCTION bookings_start_set()`,
    );
    // The sweep reads confirmed sessions by start.
    await q.query(
      `CREATE INDEX bookings_confirmed_start_idx ON bookings (starts_at) WHERE status = 'confirmed'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bookings_confirmed_start_idx`);
    await q.query(`DROP TRIGGER bookings_start_set ON bookings`);
    await q.query(`DROP FUNCTION bookings_start_set()`);
    await q.query(`ALTER TABLE bookings DROP COLUMN start_set_at`);
  }
}
