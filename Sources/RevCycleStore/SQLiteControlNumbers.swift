import GRDB

/// Reserves X12 control numbers in the database, so that each interchange, group and transaction
/// set a site sends carries a number never used before (ISA13, GS06, ST02). Wraps after 999,999,999.
public struct SQLiteControlNumbers: Sendable {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    /// The last numbers used, after reserving `interchanges` interchanges (each with one group) and
    /// `transactionSets` sets for `sender` at `site`: start counting from the returned values.
    ///
    /// - Returns: (interchange, group, transaction set) last used before this reservation.
    public func reserve(site: String, sender: String, interchanges: Int, transactionSets: Int) throws -> (Int, Int, Int) {
        try database.writer.write { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM x12_control_number WHERE site = ? AND sender = ?", arguments: [site, sender])
            let maximum = 999_999_999
            func start(_ last: Int, _ count: Int) -> Int { last + count > maximum ? 0 : last }
            let interchange = start(row?["interchange"] ?? 0, interchanges)
            let group = start(row?["grp"] ?? 0, interchanges)
            let set = start(row?["transaction_set"] ?? 0, transactionSets)
            try db.execute(sql: """
                INSERT INTO x12_control_number (site, sender, interchange, grp, transaction_set) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (site, sender) DO UPDATE SET interchange = excluded.interchange, grp = excluded.grp,
                    transaction_set = excluded.transaction_set
                """, arguments: [site, sender, interchange + interchanges, group + interchanges, set + transactionSets])
            return (interchange, group, set)
        }
    }
}
