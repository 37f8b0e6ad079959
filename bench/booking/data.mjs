// Bulk booking data for bench/booking: every bench mentor's availability, founders with startups in active
// mentorships (each with its conversation), and past and upcoming sessions, all made in SQL on a grid that keeps
// the exclusion constraints (no overlapping blocking sessions of one mentor or one founder) true by construction.
import pg from 'pg';

// Mentorship k of a founder holds sessions only on local dates whose day number is k modulo 4; every session lies
// between 08:00 and 20:00 local in zones of UTC+0…+8, so on one UTC date: a founder's sessions never overlap.
const MENTORSHIPS_PER_FOUNDER = 4;

/**
 * Fills the booking tables for the `mentors` made by fillDirectory (emails bench-mentor-N@bench.test), `founders`
 * founders (bench-founder-N@bench.test, the demo password) with four mentorships each, `racers` more founders whose
 * only mentorship is with the race mentor (the last bench mentor), and `bookings` sessions over the past and next
 * 8 weeks. Returns the phases' durations in ms.
 */
export async function fillBookings(
  url,
  {
    mentors,
    founders,
    racers,
    bookings,
    passwordOf = 'manager@torchbridge.dev',
  },
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timings = {};
  const phase = async (name, sql, params = []) => {
    const started = Date.now();
    const result = await client.query(sql, params);
    timings[name] = (timings[name] ?? 0) + Date.now() - started;
    return result;
  };
  try {
    const hash = await client.query(
      'SELECT password_hash FROM users WHERE email = $1',
      [passwordOf],
    );
    if (hash.rows.length !== 1) {
      throw new Error(
        `${passwordOf} is missing: run the seed before the booking fill`,
      );
    }
    await phase(
      'people',
      `CREATE TEMP TABLE bm AS
       SELECT substring(u.email FROM '^bench-mentor-(\\d+)@')::int AS g, mp.id AS mentor_id, u.id AS user_id, mp.time_zone AS zone
         FROM users u JOIN mentor_profiles mp ON mp.user_id = u.id
        WHERE u.email LIKE 'bench-mentor-%@bench.test'`,
    );
    const found = (await client.query('SELECT count(*)::int AS n FROM bm'))
      .rows[0].n;
    if (found !== mentors) {
      throw new Error(`expected ${mentors} bench mentors, found ${found}`);
    }
    // Founders mostly in Shenzhen's zone, some in Hong Kong's and Berlin's, some with working hours of their own.
    await phase(
      'people',
      `INSERT INTO users (email, password_hash, display_name, role, locale, time_zone, working_start_minute, working_end_minute, working_weekdays)
       SELECT 'bench-founder-' || f || '@bench.test', $1,
              (ARRAY['Wang','Li','Zhang','Liu','Chen','Weber','Meyer','Huang'])[1 + f % 8] || ' ' || (ARRAY['Hao','Yan','Jun','Mei','Tao','Lena'])[1 + f % 6] || ' ' || f,
              'founder', CASE WHEN f % 3 = 0 THEN 'en' ELSE 'zh-CN' END,
              CASE f % 5 WHEN 0 THEN 'Europe/Berlin' WHEN 1 THEN 'Asia/Hong_Kong' ELSE 'Asia/Shanghai' END,
              CASE WHEN f % 4 = 0 THEN 600 ELSE 540 END, CASE WHEN f % 4 = 0 THEN 1200 ELSE 1080 END,
              CASE WHEN f % 6 = 0 THEN '{1,2,3,4,5,6}'::smallint[] ELSE '{1,2,3,4,5}'::smallint[] END
         FROM generate_series(1, $2::int) f`,
      [hash.rows[0].password_hash, founders + racers],
    );
    await phase(
      'people',
      `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone,
                             market_direction, target_markets, needs, pitch_en, pitch_zh)
       SELECT 'Bench Venture ' || f, '基准创业' || f, i.ids[1 + f % cardinality(i.ids)],
              ARRAY[(ARRAY['semiconductors','nev','smart-manufacturing','ai','medical-devices'])[1 + f % 5]],
              (ARRAY['prototype','pilot-production','market-validation','scaling'])[1 + f % 4], 2015 + f % 10, 3 + f % 80,
              '{zh,en}', 'Asia/Shanghai', 'china-to-europe', '{DE,FR}', '{certification,market-entry-europe}',
              'We build hardware for European customers.', '我们为欧洲客户打造硬件。'
         FROM generate_series(1, $1::int) f, (SELECT array_agg(id ORDER BY name_en) AS ids FROM incubators) i`,
      [founders + racers],
    );
    await phase(
      'people',
      `CREATE TEMP TABLE bf AS
       SELECT f.f, u.id AS user_id, u.time_zone AS zone, s.id AS startup_id
         FROM generate_series(1, $1::int) f(f)
         JOIN users u ON u.email = 'bench-founder-' || f.f || '@bench.test'
         JOIN startups s ON lower(s.name_en) = lower('Bench Venture ' || f.f)`,
      [founders + racers],
    );
    await phase(
      'people',
      `INSERT INTO startup_founders (startup_id, user_id) SELECT startup_id, user_id FROM bf`,
    );

    // Founder f's mentorship k is with mentor ((f-1)·4 + k) mod M + 1, so every mentor has a mentee; racers share the race mentor.
    await phase(
      'mentorships',
      `CREATE TEMP TABLE bms AS
       SELECT bf.f, k, m.g, bf.user_id AS founder_user_id, bf.zone AS founder_zone, bf.startup_id, m.mentor_id, m.user_id AS mentor_user_id,
              NULL::uuid AS mentorship_id
         FROM bf CROSS JOIN generate_series(0, $2::int - 1) k
         JOIN bm m ON m.g = ((bf.f - 1) * $2::int + k) % $3::int + 1
        WHERE bf.f <= $1::int
       UNION ALL
       SELECT bf.f, NULL, m.g, bf.user_id, bf.zone, bf.startup_id, m.mentor_id, m.user_id, NULL
         FROM bf JOIN bm m ON m.g = $3::int
        WHERE bf.f > $1::int`,
      [founders, MENTORSHIPS_PER_FOUNDER, mentors],
    );
    await phase(
      'mentorships',
      `WITH made AS (
         INSERT INTO mentorships (startup_id, mentor_id, status, started_at)
         SELECT startup_id, mentor_id, 'active', now() - make_interval(days => 30 + f % 300) FROM bms
         RETURNING id, startup_id, mentor_id
       )
       UPDATE bms SET mentorship_id = made.id FROM made WHERE made.startup_id = bms.startup_id AND made.mentor_id = bms.mentor_id`,
    );
    await phase(
      'mentorships',
      `WITH c AS (
         INSERT INTO conversations (kind, mentorship_id) SELECT 'mentorship', mentorship_id FROM bms RETURNING id, mentorship_id
       )
       INSERT INTO conversation_members (conversation_id, user_id)
       SELECT c.id, p.user_id FROM c JOIN bms ON bms.mentorship_id = c.mentorship_id
        CROSS JOIN LATERAL (VALUES (bms.founder_user_id), (bms.mentor_user_id)) AS p (user_id)`,
    );
    await phase(
      'mentorships',
      `UPDATE mentor_profiles mp SET active_mentees = n.n
         FROM (SELECT mentor_id, count(*)::int AS n FROM bms GROUP BY mentor_id) n WHERE n.mentor_id = mp.id`,
    );

    // Weekly hours on 3 to 5 consecutive days (Monday to Saturday) in one of three shapes, lengths that always
    // include 30 minutes, buffers, notice, horizons of 60 to 120 days, caps on some, a day off or short day on some,
    // a week's blackout on some.
    await phase(
      'availability',
      `CREATE TEMP TABLE bav AS
       SELECT m.*, ARRAY(SELECT 1 + (m.g / 9 + i) % 6 FROM generate_series(0, 2 + (m.g / 3) % 3) i ORDER BY 1) AS weekdays,
              (ARRAY[540, 480, 600])[1 + m.g % 3] AS s1, (ARRAY[720, 1020, 780])[1 + m.g % 3] AS e1,
              (ARRAY[840, NULL, 900])[1 + m.g % 3] AS s2, (ARRAY[1080, NULL, 1200])[1 + m.g % 3] AS e2,
              CASE (m.g / 2) % 3 WHEN 0 THEN '{30,60}'::int[] WHEN 1 THEN '{30}'::int[] ELSE '{30,45,60}'::int[] END AS lengths,
              (m.g % 4) * 5 AS bb, ((m.g / 4) % 3) * 5 AS ba
         FROM bm m`,
    );
    await phase(
      'availability',
      `INSERT INTO mentor_availability (mentor_id, time_zone, rules, overrides, blackouts, session_lengths, buffer_before_minutes,
              buffer_after_minutes, minimum_notice_minutes, horizon_days, max_per_day, max_per_week, meeting_link, meeting_place, auto_confirm)
       SELECT v.mentor_id, v.zone,
              (SELECT jsonb_agg(jsonb_build_object('weekday', d, 'startMinute', iv.s, 'endMinute', iv.e) ORDER BY d, iv.s)
                 FROM unnest(v.weekdays) d, (VALUES (v.s1, v.e1), (v.s2, v.e2)) iv (s, e) WHERE iv.s IS NOT NULL),
              CASE v.g % 7
                WHEN 0 THEN jsonb_build_array(jsonb_build_object('date', to_char(current_date + 3 + v.g % 50, 'YYYY-MM-DD'), 'intervals', '[]'::jsonb))
                WHEN 1 THEN jsonb_build_array(jsonb_build_object('date', to_char(current_date + 5 + v.g % 40, 'YYYY-MM-DD'),
                              'intervals', jsonb_build_array(jsonb_build_object('startMinute', 540, 'endMinute', 660))))
                ELSE '[]'::jsonb END,
              CASE WHEN v.g % 10 = 0 THEN jsonb_build_array(jsonb_build_object(
                     'start', to_char(current_date + 7 + v.g % 35, 'YYYY-MM-DD') || 'T00:00:00.000Z',
                     'end', to_char(current_date + 14 + v.g % 35, 'YYYY-MM-DD') || 'T00:00:00.000Z', 'note', 'Trade fair'))
                   ELSE '[]'::jsonb END,
              v.lengths, v.bb, v.ba, ((v.g / 2) % 4) * 240, 60 + (v.g % 3) * 30,
              CASE WHEN v.g % 4 = 0 THEN 3 END, CASE WHEN v.g % 5 = 0 THEN 8 END,
              'https://meeting.tencent.com/dm/bench' || v.g, NULL, v.g % 2 = 0
         FROM bav v`,
    );

    // Two sessions a day at most (at the start of each open stretch), on the mentorship's days; the hash picks
    // which candidates become sessions and their status: past ones mostly completed, upcoming ones mostly held.
    await phase(
      'bookings',
      `CREATE TEMP TABLE cand AS
       SELECT ms.mentorship_id, ms.founder_user_id, ms.founder_zone, ms.startup_id, v.g, v.mentor_id, v.user_id AS mentor_user_id, v.bb, v.ba,
              v.zone, v.lengths,
              (day.t + make_interval(mins => CASE WHEN s.n = 1 THEN v.s1 ELSE coalesce(v.s2, 780) END)) AT TIME ZONE v.zone AS st,
              hashtext(ms.mentorship_id::text || day.t::text || s.n) & 2147483647 AS h
         FROM bms ms JOIN bav v ON v.g = ms.g
        CROSS JOIN generate_series(current_date - 56, current_date + 55, interval '1 day') AS day (t)
        CROSS JOIN (VALUES (1), (2)) AS s (n)
        WHERE ms.k IS NOT NULL
          AND extract(isodow FROM day.t)::int = ANY (v.weekdays)
          AND (day.t::date - date '2000-01-01') % $1::int = ms.k`,
      [MENTORSHIPS_PER_FOUNDER],
    );
    const candidates = (
      await client.query('SELECT count(*)::int AS n FROM cand')
    ).rows[0].n;
    if (candidates < bookings) {
      throw new Error(
        `only ${candidates} candidate sessions for ${bookings} bookings`,
      );
    }
    await phase(
      'bookings',
      `INSERT INTO bookings (kind, status, mentorship_id, mentor_id, mentor_user_id, founder_user_id, startup_id, starts_at, ends_at, block,
              length_minutes, topic, meeting_link, sequence, cancelled_by, cancel_reason, booked_time_zone, created_at, updated_at, start_set_at)
       SELECT 'mentorship', x.status, x.mentorship_id, x.mentor_id, x.mentor_user_id, x.founder_user_id, x.startup_id,
              x.st, x.st + make_interval(mins => x.len),
              tstzrange(x.st - make_interval(mins => x.bb), x.st + make_interval(mins => x.len + x.ba), '[)'),
              x.len, (ARRAY['CE marking plan','Distributor contracts','Pricing for Germany','Pitch deck review',''])[1 + x.h % 5],
              'https://meeting.tencent.com/dm/bench' || x.g,
              CASE WHEN x.status = 'cancelled' THEN 1 ELSE 0 END,
              CASE WHEN x.status = 'cancelled' THEN CASE WHEN x.h % 2 = 0 THEN x.founder_user_id ELSE x.mentor_user_id END END,
              CASE WHEN x.status = 'cancelled' THEN (ARRAY['Travelling that week','临时出差','Trade fair'])[1 + x.h % 3] END,
              x.founder_zone, x.created, least(x.created + interval '1 day', now()), x.created
         FROM (
           SELECT c.*, CASE WHEN 60 = ANY (c.lengths) AND c.h % 3 = 0 THEN 60 ELSE 30 END AS len,
                  least(c.st - make_interval(days => 1 + c.h % 14), now()) AS created,
                  CASE WHEN c.st < now() THEN
                         CASE WHEN c.h / 7 % 100 < 75 THEN 'completed' WHEN c.h / 7 % 100 < 87 THEN 'cancelled'
                              WHEN c.h / 7 % 100 < 92 THEN 'no_show' ELSE 'confirmed' END
                       ELSE CASE WHEN c.h / 7 % 100 < 55 THEN 'confirmed' WHEN c.h / 7 % 100 < 80 THEN 'requested' ELSE 'cancelled' END
                  END AS status
             FROM (SELECT * FROM cand ORDER BY h LIMIT $1) c
         ) x`,
      [bookings],
    );
    // The reminders already due went out before the benchmark, as the sweep would have sent them: an instance starts
    // in steady state instead of with a backlog of thousands.
    await phase(
      'bookings',
      `INSERT INTO booking_reminders (booking_id, before, due_at, user_id, sent_at)
       SELECT b.id, r.before, b.starts_at - r.span, p.user_id, now()
         FROM bookings b
        CROSS JOIN (VALUES ('24h', interval '24 hours'), ('1h', interval '1 hour')) AS r (before, span)
        CROSS JOIN LATERAL (VALUES (b.founder_user_id), (b.mentor_user_id)) AS p (user_id)
        WHERE b.status = 'confirmed' AND b.starts_at > now() AND b.starts_at <= now() + interval '24 hours'
          AND b.starts_at - r.span <= now() AND b.starts_at - r.span >= b.start_set_at
       ON CONFLICT DO NOTHING`,
    );
    await phase('analyze', 'ANALYZE');
    const facts = (
      await client.query(
        `SELECT count(*)::int AS bookings,
                count(*) FILTER (WHERE starts_at < now())::int AS past,
                count(*) FILTER (WHERE starts_at >= now() AND status IN ('requested', 'confirmed'))::int AS upcoming_blocking,
                count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
                (SELECT count(*)::int FROM mentor_availability) AS availability,
                (SELECT count(*)::int FROM bms) AS mentorships
           FROM bookings`,
      )
    ).rows[0];
    return { timings, facts };
  } finally {
    await client.end();
  }
}
