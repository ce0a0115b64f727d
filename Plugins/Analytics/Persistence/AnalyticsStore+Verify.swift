import GRDB
import RevCycleCore
import RevCycleStore

extension AnalyticsStore {
    /// Recomputes the daily summary from the journal and lists every (site, day, bucket) where the two
    /// differ; empty when the summary is consistent.
    func verifySummary() throws -> (checked: Int, mismatches: [String]) {
        try database.writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                WITH journal AS (
                    SELECT j.site, j.effective_date AS day, p.bucket, sum(p.amount) AS amount
                    FROM posting p JOIN journal_entry j ON j.id = p.entry_id GROUP BY j.site, j.effective_date, p.bucket
                )
                SELECT coalesce(s.site, j.site) AS site, coalesce(s.day, j.day) AS day, coalesce(s.bucket, j.bucket) AS bucket,
                       coalesce(s.amount, 0) AS summary, coalesce(j.amount, 0) AS journal
                FROM analytics_daily_total s FULL OUTER JOIN journal j ON j.site = s.site AND j.day = s.day AND j.bucket = s.bucket
                """)
            let mismatches = rows.filter { ($0["summary"] as Int64) != ($0["journal"] as Int64) }.map { row in
                "\(row["site"] as String) \(row["day"] as String) \(row["bucket"] as String): summary \(Money(cents: row["summary"])), journal \(Money(cents: row["journal"]))"
            }
            return (rows.count, mismatches)
        }
    }
}
