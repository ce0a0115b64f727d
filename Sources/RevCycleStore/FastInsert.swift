public import Foundation
public import GRDB
import GRDBSQLite

/// Binds and steps one of GRDB's cached INSERT statements through the SQLite C API, for the
/// journal's hot path (tens of thousands of rows per second), where GRDB's per-call argument
/// boxing costs more than SQLite's own work. It runs inside a GRDB write transaction on GRDB's
/// connection; failures become GRDB `DatabaseError`s like any other.
public struct FastInsert {
    private let statement: Statement
    private let handle: OpaquePointer
    private var index: Int32 = 1

    /// SQLite's "copy the bytes now" destructor (`SQLITE_TRANSIENT`), which Swift cannot import as a macro.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    public init(_ statement: Statement) {
        self.statement = statement
        self.handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    public mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
        index += 1
    }

    public mutating func bind(_ value: Int) { bind(Int64(value)) }

    public mutating func bind(_ value: Double) {
        sqlite3_bind_double(handle, index, value)
        index += 1
    }

    public mutating func bind(_ value: String) {
        var text = value
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                  Int32(bytes.count), Self.transient)
        }
        index += 1
    }

    /// Binds SQL NULL.
    public mutating func bindNull() {
        sqlite3_bind_null(handle, index)
        index += 1
    }

    public mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    public mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    public mutating func bind(_ value: Data) {
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
        index += 1
    }

    /// Runs the statement once and resets it for the next row.
    public func step(_ db: Database) throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
