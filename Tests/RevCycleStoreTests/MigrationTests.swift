import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import RevCycleTesting
import Testing

struct MigrationTests {
    @Test("Migrations run from an empty database, in order", arguments: TestFixtures.DatabaseKind.allCases)
    func migrationsRunFromEmpty(kind: TestFixtures.DatabaseKind) throws {
        let database = try TestFixtures.database(kind)
        #expect(try database.appliedMigrations() == HostMigrations.all.map(\.id))
        let tables = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["patient", "guarantor", "account", "journal_entry", "posting", "account_balance", "audit", "staff_user",
                      "work_item", "work_item_event"] {
            #expect(tables.contains(table), "table \(table) missing after migrations")
        }
        #expect(try database.migrate(with: HostMigrations.all).isEmpty, "a second migrate applied something")
    }

    @Test func anOnDiskDatabaseUsesWALAndFullSync() throws {
        let database = try TestFixtures.database(.walOnDisk)
        let (mode, synchronous, foreignKeys) = try database.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(synchronous == 2, "synchronous should be FULL (2), is \(synchronous ?? -1)")
        #expect(foreignKeys == 1)
    }

    @Test func aModuleMigrationRunsAfterTheHostsAndOnlyOnce() throws {
        let module = StoreMigration("billing.001-claims") { db in
            try db.execute(sql: "CREATE TABLE billing_claim (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES account(id))")
        }
        let database = try TestFixtures.database(.inMemory, migrations: HostMigrations.all + [module])
        #expect(try database.appliedMigrations().last == "billing.001-claims")
        #expect(try database.migrate(with: HostMigrations.all + [module]).isEmpty)
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let newer = StoreMigration("host.999-future") { _ in }
        let database = try TestFixtures.database(.inMemory, migrations: HostMigrations.all + [newer])
        #expect(throws: RevCycleError.self) { try database.migrate(with: HostMigrations.all) }
    }

    @Test func backupWritesAConsistentCopyAndNeverOverwrites() throws {
        let database = try TestFixtures.database(.walOnDisk)
        let accounts = try TestFixtures.accounts(1, in: database)
        _ = try SQLiteLedgerStore(database: database).post(
            try .charge(account: accounts[0], amount: Money(cents: 4_200), owedBy: .patient, source: .user("x"),
                        idempotencyKey: "b1", memo: "", effectiveDate: try CalendarDate(parsing: "2026-11-02")),
            by: TestFixtures.actor())
        let destination = try TestFixtures.temporaryFolder().appendingPathComponent("copy.sqlite")
        try database.backup(to: destination)
        let copy = try RevCycleDatabase.open(at: destination)
        let verification = try SQLiteLedgerStore(database: copy).verify()
        #expect(verification.isClean && verification.entriesChecked == 1)
        #expect(throws: RevCycleError.self) { try database.backup(to: destination) }
    }
}
