public import Foundation
public import GRDB
import RevCycleCore

/// The SQLite database of one RevCycle installation.
///
/// Opened in WAL mode with `synchronous=FULL`, a busy timeout and write transactions that begin
/// immediately (`BEGIN IMMEDIATE`), so a writer never upgrades a read lock halfway and a crash
/// never loses a committed posting.
///
/// ```swift
/// let database = try RevCycleDatabase.open(at: URL(filePath: "var/revcycle.sqlite"))
/// try database.migrate(with: registry.migrations)
/// ```
public final class RevCycleDatabase: Sendable {
    /// The GRDB writer. Only store code uses it: RevCycleStore and each module's `Persistence/` folder.
    public let writer: any DatabaseWriter
    /// Where the file is; `nil` for an in-memory database.
    public let path: String?

    init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// The connection settings every RevCycle database uses.
    public static func configuration(busyTimeout: TimeInterval = 5) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        // GRDB 7 begins every write transaction with BEGIN IMMEDIATE on its own.
        configuration.label = "revcycle"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // 64 MiB of page cache per connection: the journal's indexes stay in memory on a hospital-sized ledger.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// Opens (and creates if missing) the database file in WAL mode.
    public static func open(at url: URL, busyTimeout: TimeInterval = 5) throws -> RevCycleDatabase {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let pool = try DatabasePool(path: url.path, configuration: configuration(busyTimeout: busyTimeout))
            return RevCycleDatabase(writer: pool, path: url.path)
        } catch let error as DatabaseError {
            throw RevCycleError(
                .storage, "The database at \(url.path) cannot be opened: \(error.message ?? "SQLite error \(error.resultCode)").",
                remedy: "check the path and its permissions, or run `revcycle init`", cause: "\(error)")
        }
    }

    /// An in-memory database for tests and dry runs.
    public static func inMemory() throws -> RevCycleDatabase {
        RevCycleDatabase(writer: try DatabaseQueue(configuration: configuration()), path: nil)
    }

    // MARK: - Migrations

    /// The migrations applied so far, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
    }

    /// Applies the host's and the modules' migrations that have not run yet, in order.
    ///
    /// - Throws: `storage` when the database holds a migration this program does not know
    ///   (it was written by a newer RevCycle).
    @discardableResult
    public func migrate(with migrations: [StoreMigration]) throws -> [String] {
        let before = Set(try appliedMigrations())
        let known = Set(migrations.map(\.id))
        if let unknown = before.subtracting(known).sorted().first {
            throw RevCycleError(
                .storage,
                "The database has migration \(unknown), which this revcycle does not know; it was written by a newer version or a module that is not installed.",
                remedy: "run the revcycle version that created this database")
        }
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.id, migrate: migration.migrate)
        }
        try migrator.migrate(writer)
        return migrations.map(\.id).filter { !before.contains($0) }
    }

    /// Writes a consistent copy of the live database to `destination` with `VACUUM INTO`
    /// (never a raw file copy, which could catch a half-written WAL).
    public func backup(to destination: URL) throws {
        guard !FileManager.default.fileExists(atPath: destination.path) else {
            throw RevCycleError(
                .invalidInput, "\(destination.path) already exists; a backup never overwrites a file.",
                remedy: "choose a new file name")
        }
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM INTO ?", arguments: [destination.path])
        }
    }
}
