import GRDB
import RevCycleStore

/// The analytics module's own tables, filed by the host as `analytics.001-daily-totals`, … A summary
/// kept by trigger with every posting, so it cannot drift from the journal (`revcycle analytics
/// verify` recomputes it), and the indexes the KPI queries use.
enum AnalyticsMigrations {
    static let all: [StoreMigration] = [dailyTotals, propensity]

    static let dailyTotals = StoreMigration("001-daily-totals") { db in
        try db.execute(sql: """
            CREATE TABLE analytics_daily_total (
                site TEXT NOT NULL,
                day TEXT NOT NULL,
                bucket TEXT NOT NULL,
                amount INTEGER NOT NULL,
                PRIMARY KEY (site, day, bucket)
            ) WITHOUT ROWID;
            CREATE TRIGGER analytics_daily_total_follows_postings AFTER INSERT ON posting BEGIN
                INSERT INTO analytics_daily_total (site, day, bucket, amount)
                SELECT j.site, j.effective_date, NEW.bucket, NEW.amount FROM journal_entry j WHERE j.id = NEW.entry_id
                ON CONFLICT (site, day, bucket) DO UPDATE SET amount = amount + excluded.amount;
            END;
            INSERT INTO analytics_daily_total (site, day, bucket, amount)
                SELECT j.site, j.effective_date, p.bucket, sum(p.amount) FROM posting p JOIN journal_entry j ON j.id = p.entry_id
                GROUP BY j.site, j.effective_date, p.bucket;
            CREATE INDEX IF NOT EXISTS analytics_journal_by_date ON journal_entry(site, effective_date);
            """)
    }

    /// Each guarantor's propensity segment as last computed (`revcycle analytics propensity --record`),
    /// kept as history; the view is the published read model the collections worklist reads.
    static let propensity = StoreMigration("002-propensity") { db in
        try db.execute(sql: """
            CREATE TABLE analytics_propensity (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                guarantor_id INTEGER NOT NULL REFERENCES guarantor(id),
                segment TEXT NOT NULL CHECK (segment IN ('high', 'medium', 'low', 'new')),
                points INTEGER NOT NULL,
                reason TEXT NOT NULL,
                computed_on TEXT NOT NULL,
                recorded_at REAL NOT NULL
            );
            CREATE INDEX analytics_propensity_by_guarantor ON analytics_propensity(guarantor_id, id);
            CREATE VIEW analytics_guarantor_segment AS
            SELECT a.site, a.guarantor_id, a.segment, a.points, a.reason, a.computed_on FROM analytics_propensity a
            WHERE a.id = (SELECT max(b.id) FROM analytics_propensity b WHERE b.guarantor_id = a.guarantor_id);
            """)
        try HostMigrations.appendOnly(db, table: "analytics_propensity", what: "propensity segments")
    }
}
