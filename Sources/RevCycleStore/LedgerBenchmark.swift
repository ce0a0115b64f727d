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

    public init(entries: Int = 100_000, batchSize: Int = 1_000) {
        self.entries = entries
        self.batchSize = batchSize
    }

    /// The workload is a clinic's: encounters in date order (three per patient), each with five
    /// entries — a charge to the payer, a self-pay charge, the payer's payment, its contractual
    /// adjustment and a transfer of the rest to the patient — arriving within a few days of the
    /// visit, so entries of neighbouring encounters interleave within a window of 2,000.
    ///
    /// Runs both loops in a fresh WAL database under `folder` (synchronous=FULL, as in production).
    public func run(in folder: URL, progress: (String) -> Void = { _ in }) throws -> Figures {
        let database = try RevCycleDatabase.open(at: folder.appendingPathComponent("bench-ledger.sqlite"))
        try database.migrate(with: HostMigrations.all)
        let actor = ActingUser(user: "bench", role: .billing, site: "bench", at: Date(timeIntervalSince1970: 1_800_000_000))
        let encounters = max(1, entries / 5)
        progress("registering \(encounters) encounter accounts…")
        try database.writer.write { db in
            for encounter in 0..<encounters where encounter % 3 == 0 {
                let patient = encounter / 3 + 1
                try db.execute(sql: """
                    INSERT INTO patient (id, site, mrn, family_name, given_name, birth_date, created_at)
                    VALUES (?, 'bench', ?, 'Bench', 'Pat', '1970-01-01', 0);
                    INSERT INTO guarantor (id, site, name, patient_id, created_at) VALUES (?, 'bench', 'Pat Bench', ?, 0)
                    """, arguments: [patient, "B\(patient)", patient, patient])
            }
            for encounter in 0..<encounters {
                try db.execute(sql: """
                    INSERT INTO account (id, site, guarantor_id, patient_id, service_date, created_at)
                    VALUES (?, 'bench', ?, ?, '2026-11-02', 0)
                    """, arguments: [encounter + 1, encounter / 3 + 1, encounter / 3 + 1])
            }
        }
        let serviceDate = try CalendarDate(parsing: "2026-11-02")
        let payer = Liability.insurance(try PayerCode("BENCHPAYER"))
        var workload: [JournalEntry] = []
        workload.reserveCapacity(encounters * 5)
        for encounter in 0..<encounters {
            let account = AccountID(Int64(encounter + 1))
            let charge = Money(cents: Int64(10_000 + (encounter * 37) % 40_000))
            let source = EntrySource(.remittance, reference: "TRN\(encounter / 50)/\(account)")
            func key(_ kind: String) -> String { "bench:\(kind):\(account)" }
            workload += [
                try .charge(account: account, amount: charge, owedBy: payer, source: EntrySource(.system, reference: "charge capture"),
                            idempotencyKey: key("charge"), memo: "99213", effectiveDate: serviceDate),
                try .charge(account: account, amount: Money(cents: 1_800), owedBy: .patient,
                            source: EntrySource(.system, reference: "charge capture"), idempotencyKey: key("lab"),
                            memo: "36415", effectiveDate: serviceDate),
                try .payment(account: account, amount: charge.percent(basisPoints: 6_000, rounding: .halfUp), from: payer,
                             owed: charge, source: source, idempotencyKey: key("paid"), memo: "payment", effectiveDate: serviceDate),
                try .adjustment(account: account, amount: charge.percent(basisPoints: 3_000, rounding: .halfUp), of: payer,
                                into: .contractualAdjustment, source: source, idempotencyKey: key("co45"), memo: "CO-45",
                                effectiveDate: serviceDate),
                try .transfer(account: account, amount: charge - charge.percent(basisPoints: 6_000, rounding: .halfUp)
                                  - charge.percent(basisPoints: 3_000, rounding: .halfUp),
                              from: payer, to: .patient, entrySource: source, idempotencyKey: key("pr"), memo: "PR-2",
                              effectiveDate: serviceDate),
            ]
        }
        var random = BenchRandom(seed: 42)
        for start in stride(from: 0, to: workload.count, by: 2_000) {
            let end = min(start + 2_000, workload.count)
            for index in start..<end {
                // Entries of neighbouring encounters interleave within the window.
                workload.swapAt(index, start + Int(random.next() % UInt64(end - start)))
            }
        }
        let ledger = SQLiteLedgerStore(database: database)
        progress("posting \(workload.count) entries in batches of \(batchSize)…")
        let stopwatch = ContinuousClock()  // monotonic: benchmark timing, not business time
        let ledgerStart = stopwatch.now
        var postings = 0
        for start in stride(from: 0, to: workload.count, by: batchSize) {
            let batch = Array(workload[start..<min(start + batchSize, workload.count)])
            postings += batch.reduce(0) { $0 + $1.postings.count }
            _ = try ledger.post(batch: batch, by: actor)
        }
        let ledgerSeconds = ledgerStart.duration(to: stopwatch.now).inSeconds

        let rows = postings
        progress("plain SQLite: inserting \(rows) rows in batches of \(batchSize * 2)…")
        try database.writer.write { db in
            try db.execute(sql: "CREATE TABLE plain_insert (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT NOT NULL, c INTEGER NOT NULL)")
        }
        let plainStart = stopwatch.now
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
        let plainSeconds = plainStart.duration(to: stopwatch.now).inSeconds
        return Figures(postings: rows, entries: workload.count, batchSize: batchSize, ledgerSeconds: ledgerSeconds,
                       plainSeconds: plainSeconds)
    }
}


/// A small deterministic generator so every run posts the same workload.
private struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
