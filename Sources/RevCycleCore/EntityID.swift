/// A row identity shown to staff with a one-letter prefix: patient `P12`, guarantor `G3`,
/// account `A7`, journal entry `E41`, work item `T5`, appointment (visit) `V9`.
///
/// The phantom `Entity` keeps an account id from being passed where a guarantor id is expected.
public struct EntityID<Entity: IdentifiedEntity>: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public var description: String { "\(Entity.idPrefix)\(rawValue)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses `A7`, `a7` or `7`.
    public init(parsing text: String) throws {
        var body = Substring(text.trimmingWhitespace())
        if let first = body.first, first.uppercased() == Entity.idPrefix { body = body.dropFirst() }
        guard let value = Int64(body), value > 0 else {
            throw RevCycleError(
                .invalidInput,
                "\"\(text)\" is not a \(Entity.entityName) id; expected \(Entity.idPrefix) followed by a number, such as \(Entity.idPrefix)12.")
        }
        self.init(value)
    }

    /// Decodes what ``encode(to:)`` writes (`"G3"`), or a bare number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self.init(number)
        } else {
            self = try Self(parsing: try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A kind of record that has an ``EntityID``.
public protocol IdentifiedEntity: Sendable {
    static var idPrefix: String { get }
    static var entityName: String { get }
}

public enum PatientEntity: IdentifiedEntity {
    public static let idPrefix = "P"
    public static let entityName = "patient"
}

public enum GuarantorEntity: IdentifiedEntity {
    public static let idPrefix = "G"
    public static let entityName = "guarantor"
}

public enum AccountEntity: IdentifiedEntity {
    public static let idPrefix = "A"
    public static let entityName = "account"
}

public enum JournalEntryEntity: IdentifiedEntity {
    public static let idPrefix = "E"
    public static let entityName = "journal entry"
}

public enum WorkItemEntity: IdentifiedEntity {
    public static let idPrefix = "T"
    public static let entityName = "task"
}

public enum AppointmentEntity: IdentifiedEntity {
    public static let idPrefix = "V"
    public static let entityName = "appointment (visit)"
}

public typealias PatientID = EntityID<PatientEntity>
public typealias AppointmentID = EntityID<AppointmentEntity>
public typealias GuarantorID = EntityID<GuarantorEntity>
public typealias AccountID = EntityID<AccountEntity>
public typealias JournalEntryID = EntityID<JournalEntryEntity>
public typealias WorkItemID = EntityID<WorkItemEntity>
