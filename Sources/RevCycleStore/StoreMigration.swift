public import GRDB

/// A named schema change. Migrations are appended in order and never changed once shipped;
/// they name tables and columns as strings, never app types.
public struct StoreMigration: Sendable {
    /// `host.002-ledger`, `billing.001-claims`: the host files a module's migrations under its id.
    public let id: String
    public let migrate: @Sendable (Database) throws -> Void

    public init(_ id: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        self.id = id
        self.migrate = migrate
    }

    /// The same migration under another name (the host prefixes a module's migrations with its id).
    public func renamed(_ id: String) -> StoreMigration { StoreMigration(id, migrate: migrate) }
}
