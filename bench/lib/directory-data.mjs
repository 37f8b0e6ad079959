// Bulk directory data for the benchmarks: bilingual mentors and startups made in SQL from word pools.
import pg from 'pg';

/** Bulk rows made in SQL from word pools: bilingual names and bios with realistic variety. */
export async function fillDirectory(url, MENTORS, STARTUPS) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  // 12 fields × 10 specialties = 120 areas of expertise, so a specific phrase matches about 1 % of profiles
  // and a field name ("battery", "光子") about 15 %: both kinds of search are in the load.
  await client.query(`
    CREATE TEMP TABLE domains (i int, en text, zh text);
    INSERT INTO domains VALUES (1,'semiconductor','半导体'),(2,'battery','电池'),(3,'medical imaging','医学影像'),(4,'robotics','机器人'),
      (5,'5G','5G'),(6,'photonics','光子'),(7,'drone','无人机'),(8,'agritech','农业科技'),(9,'carbon capture','碳捕集'),
      (10,'payments','支付'),(11,'advanced materials','新材料'),(12,'industrial software','工业软件');
    CREATE TEMP TABLE specialties (j int, en text, zh text);
    INSERT INTO specialties VALUES (1,'packaging','封装'),(2,'testing','测试'),(3,'supply chain','供应链'),(4,'certification','认证'),
      (5,'design','设计'),(6,'mass production','量产'),(7,'export sales','出口销售'),(8,'regulation','监管合规'),(9,'financing','融资'),(10,'pricing','定价');
  `);
  await client.query(`
    CREATE TEMP TABLE pools AS SELECT
      ARRAY['semiconductors','advanced-materials','biotech','medical-devices','nev','new-energy','smart-manufacturing','ai','software','communication-equipment','optoelectronics','aerospace','agritech','cleantech','fintech'] AS sectors,
      ARRAY['idea','prototype','pilot-production','market-validation','scaling','pre-ipo'] AS stages,
      ARRAY['fundraising','grants','ip-patents','market-entry-china','market-entry-europe','company-setup','data-protection','certification','export-control','manufacturing-quality','go-to-market','pricing','hiring','esg','pitching'] AS topics,
      ARRAY['zh','en','de','fr','yue'] AS langs,
      ARRAY['CN','DE','GB','FR','NL','SG'] AS countries,
      ARRAY['Asia/Shanghai','Europe/Berlin','Europe/London','Europe/Paris','Europe/Amsterdam','Asia/Singapore'] AS zones,
      ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Dubois','Martin'] AS surnames,
      ARRAY['王','李','张','刘','陈','杨','黄','赵','穆勒','施密特','施耐德','菲舍尔','韦伯','迈尔','杜布瓦','马丁'] AS surnames_zh,
      ARRAY['Wei','Fang','Min','Jing','Lei','Anna','Lukas','Sophie','Jonas','Claire'] AS given,
      (SELECT array_agg(d.en || ' ' || sp.en ORDER BY d.i, sp.j) FROM domains d, specialties sp) AS expertise,
      (SELECT array_agg(d.zh || sp.zh ORDER BY d.i, sp.j) FROM domains d, specialties sp) AS expertise_zh,
      ARRAY['Lumos','Helix','Quanta','Terra','Vector','Nova','Cobalt','Aurora','Sino','Rhein','Delta','Orion'] AS brand,
      ARRAY['光睿','螺旋','量子','泰拉','矢量','新星','钴蓝','极光','华夏','莱茵','德尔塔','猎户'] AS brand_zh
  `);
  await client.query(`
    WITH n AS (SELECT g FROM generate_series(1, ${MENTORS}) g),
    u AS (
      INSERT INTO users (email, password_hash, display_name, role, locale, time_zone)
      SELECT 'bench-mentor-' || g || '@bench.test', '!',
             p.given[1 + g % 10] || ' ' || p.surnames[1 + (g / 10) % 16] || ' ' || p.surnames_zh[1 + (g / 10) % 16] || p.given[1 + g % 10],
             'mentor', 'en', p.zones[1 + g % 6]
        FROM n, pools p
      RETURNING id, email
    )
    INSERT INTO mentor_profiles (user_id, category, headline_en, headline_zh, bio_en, bio_zh, sectors, stages, topics, languages,
                                 time_zone, country, city, capacity, status, vetting, active_mentees)
    SELECT u.id,
           (ARRAY['technopreneur','executive','investor','business-counsellor','st-professional'])[1 + g % 5],
           'Expert in ' || p.expertise[1 + g % 120], p.expertise_zh[1 + g % 120] || '专家',
           'Twenty years in ' || p.expertise[1 + (g / 7) % 120] || ', helped ' || (g % 40) || ' startups enter new markets.',
           '在' || p.expertise_zh[1 + (g / 7) % 120] || '领域深耕二十年，帮助' || (g % 40) || '家初创企业开拓新市场。',
           ARRAY[p.sectors[1 + g % 15], p.sectors[1 + (g / 15) % 15]],
           ARRAY[p.stages[1 + g % 6], p.stages[1 + (g / 6) % 6]],
           ARRAY[p.topics[1 + g % 15], p.topics[1 + (g / 7) % 15], p.topics[1 + (g / 11) % 15]],
           CASE WHEN g % 3 = 0 THEN ARRAY['zh','en'] WHEN g % 3 = 1 THEN ARRAY['de','en'] ELSE ARRAY['en','fr'] END,
           p.zones[1 + g % 6], p.countries[1 + g % 6], 'City ' || (g % 50), 1 + g % 5,
           CASE WHEN g % 17 = 0 THEN 'paused' ELSE 'open' END,
           CASE WHEN g % 11 = 0 THEN 'pending' ELSE 'approved' END,
           g % 3
      FROM u JOIN n ON u.email = 'bench-mentor-' || n.g || '@bench.test', pools p
  `);
  await client.query(`
    INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone,
                          market_direction, target_markets, needs, pitch_en, pitch_zh, high_tech_enterprise)
    SELECT p.brand[1 + g % 12] || ' ' || p.expertise[1 + (g / 12) % 120] || ' ' || g,
           p.brand_zh[1 + g % 12] || p.expertise_zh[1 + (g / 12) % 120] || g,
           (SELECT id FROM incubators ORDER BY name_en OFFSET (g % 12) LIMIT 1),
           ARRAY[p.sectors[1 + g % 15]], p.stages[1 + g % 6], 2012 + g % 14, 2 + g % 200,
           CASE WHEN g % 4 = 0 THEN ARRAY['de','en'] ELSE ARRAY['zh','en'] END,
           CASE WHEN g % 4 = 0 THEN 'Europe/Berlin' ELSE 'Asia/Shanghai' END,
           (ARRAY['china-to-europe','europe-to-china','domestic'])[1 + g % 3], ARRAY['DE','FR'],
           ARRAY[p.topics[1 + g % 15], p.topics[1 + (g / 15) % 15]],
           'We build ' || p.expertise[1 + g % 120] || ' products for European customers.',
           '我们为欧洲客户打造' || p.expertise_zh[1 + g % 120] || '产品。', g % 2 = 0
      FROM generate_series(1, ${STARTUPS}) g, pools p
  `);
  await client.query('ANALYZE');
  await client.end();
  return Date.now() - started;
}
