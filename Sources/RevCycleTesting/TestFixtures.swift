public import Foundation
public import RevCycleCore
public import RevCycleStore

/// Ready-made databases, actors and patients for tests.
public enum TestFixtures {
    /// 2026-11-02 15:00 UTC: a fixed instant so audit rows and dates are reproducible.
    public static let instant = Date(timeIntervalSince1970: 1_793_631_600)

    public static func actor(_ user: String = "tester", role: Role = .billing, site: String = "default") -> ActingUser {
        ActingUser(user: user, role: role, site: site, at: instant)
    }

    /// The two kinds of database every store test runs against.
    public enum DatabaseKind: String, CaseIterable, Sendable, CustomStringConvertible {
        case inMemory = "in-memory"
        case walOnDisk = "WAL on disk"
        public var description: String { rawValue }
    }

    /// A migrated database of the given kind (host migrations only unless more are given).
    public static func database(_ kind: DatabaseKind, migrations: [StoreMigration] = HostMigrations.all) throws -> RevCycleDatabase {
        let database: RevCycleDatabase
        switch kind {
        case .inMemory: database = try RevCycleDatabase.inMemory()
        case .walOnDisk: database = try RevCycleDatabase.open(at: temporaryFolder().appendingPathComponent("test.sqlite"))
        }
        try database.migrate(with: migrations)
        return database
    }

    /// A new, empty folder under the system's temporary directory.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("revcycle-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Registers `count` encounter accounts under one patient-guarantor.
    public static func accounts(_ count: Int, in database: RevCycleDatabase, site: String = "default") throws -> [AccountID] {
        let registry = SQLitePatientRegistry(database: database)
        let actor = actor("frontdesk", role: .access, site: site)
        let patient = try registry.addPatient(mrn: "T\(UUID().uuidString.prefix(8))", familyName: "Tester", givenName: "Pat",
                                              birthDate: try CalendarDate(parsing: "1980-05-17"), by: actor)
        let guarantor = try registry.addGuarantor(name: "Pat Tester", patient: patient.id, by: actor)
        return try (0..<count).map { index in
            try registry.openAccount(guarantor: guarantor.id, patient: patient.id,
                                     serviceDate: try CalendarDate(parsing: "2026-10-01").adding(days: index % 60), by: actor).id
        }
    }
}
