public import Foundation
import GRDB
import RevCycleCore

/// Measures balanced ledger postings per second into SQLite, next to a plain SQLite insert loop
/// of the same number of rows on the same machine, in the same run. Run it from a release build
/// (`revcycle bench ledger`); debug builds are several times slower.
public struct LedgerBenchmark: Sendable {
    public struct Figures: Sendable {
        public var postings: Int
        public var entries: Int
        public var batchSize: Int
        public var ledgerSeconds: Double
        public var plainSeconds: Double

        public var ledgerPostingsPerSecond: Double { Double(postings) / ledgerSeconds }
        public var plainRowsPerSecond: Double { Double(postings) / plainSeconds }
    }

    public var entries: Int
    public var batchSize: Int
    public var accounts: Int

    public init(entries: Int = 100_000, batchSize: Int = 1_000, accounts: Int = 1_000) {
        self.entries = entries
        self.batchSize = batchSize
        self.accounts = accounts
    }

    /// Accounts belong to `accounts / 10` patients, ten each; entries cycle through the accounts, so a
    /// batch touches many patients and writes one audit row for each.
    ///
    /// Runs both loops in a fresh WAL database under `folder` (synchronous=FULL, as in production).
    public func run(in folder: URL, progress: (String) -> Void = { _ in }) throws -> Figures {
        let database = try RevCycleDatabase.open(at: folder.appendingPathComponent("bench-ledger.sqlite"))
        try database.migrate(with: HostMigrations.all)
        let actor = ActingUser(user: "bench", role: .billing, site: "bench", at: Date(timeIntervalSince1970: 1_800_000_000))
        let registry = SQLitePatientRegistry(database: database)
        let serviceDate = try CalendarDate(parsing: "2026-11-02")
        // Ten encounter accounts per patient, as a clinic's regulars accumulate visits.
        var accountIDs: [AccountID] = []
        for patientNumber in 0..<max(1, accounts / 10) {
            let patient = try registry.addPatient(mrn: "BENCH\(patientNumber)", familyName: "Bench", givenName: "Pat\(patientNumber)",
                                                  birthDate: try CalendarDate(parsing: "1970-01-01"), by: actor)
            let guarantor = try registry.addGuarantor(name: "Pat Bench", patient: patient.id, by: actor)
            for _ in 0..<10 {
                accountIDs.append(try registry.openAccount(guarantor: guarantor.id, patient: patient.id,
                                                           serviceDate: serviceDate, by: actor).id)
            }
        }
        let ledger = SQLiteLedgerStore(database: database)
        let payer = try PayerCode("BENCHPAYER")
        progress("posting \(entries) entries in batches of \(batchSize)…")
        let ledgerStart = Date()
        var posted = 0
        while posted < entries {
            let count = min(batchSize, entries - posted)
            let batch = try (posted..<(posted + count)).map { index in
                try JournalEntry.charge(
                    account: accountIDs[index % accountIDs.count], amount: Money(cents: Int64(1_000 + index % 50_000)),
                    owedBy: index % 3 == 0 ? .patient : .insurance(payer), source: EntrySource(.system, reference: "bench"),
                    idempotencyKey: "bench-\(index)", memo: "bench charge", effectiveDate: serviceDate)
            }
            _ = try ledger.post(batch: batch, by: actor)
            posted += count
        }
        let ledgerSeconds = Date().timeIntervalSince(ledgerStart)

        let rows = entries * 2
        progress("plain SQLite: inserting \(rows) rows in batches of \(batchSize * 2)…")
        try database.writer.write { db in
            try db.execute(sql: "CREATE TABLE plain_insert (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT NOT NULL, c INTEGER NOT NULL)")
        }
        let plainStart = Date()
        var inserted = 0
        while inserted < rows {
            let count = min(batchSize * 2, rows - inserted)
            try database.writer.write { db in
                let statement = try db.cachedStatement(sql: "INSERT INTO plain_insert (a, b, c) VALUES (?, ?, ?)")
                for index in inserted..<(inserted + count) {
                    try statement.execute(arguments: [index % 1_000, "ar:patient", 1_000 + index])
                }
            }
            inserted += count
        }
        let plainSeconds = Date().timeIntervalSince(plainStart)
        return Figures(postings: rows, entries: entries, batchSize: batchSize, ledgerSeconds: ledgerSeconds,
                       plainSeconds: plainSeconds)
    }
}
