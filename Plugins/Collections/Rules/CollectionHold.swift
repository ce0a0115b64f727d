import Foundation
import RevCycleCore

/// A hold that stops some collection activity on an account from a date, with the reason staff gave.
///
/// A hold applies from ``startsOn`` up to the day before ``expiresOn``: on its expiry date it no
/// longer applies. What it stops is its kind's ``CollectionHoldKind/stops``.
///
/// ```swift
/// let hold = try CollectionHold(kind: .pendingInsurance, reason: "Claim 8812 at Aetna", startsOn: today)
/// hold.expiresOn            // today + 60 days
/// [hold].activeHolds(on: today).count   // 1
/// ```
struct CollectionHold: Sendable, Hashable {
    var kind: CollectionHoldKind
    /// Why the hold was placed, in staff's words (never shown to the patient).
    var reason: String
    var startsOn: CalendarDate
    /// The first day the hold no longer applies; `nil` for a hold that lasts until lifted.
    var expiresOn: CalendarDate?

    /// A hold that expires after its kind's default duration (bankruptcy and deceased: never).
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) for an empty reason.
    init(kind: CollectionHoldKind, reason: String, startsOn: CalendarDate) throws {
        try self.init(
            kind: kind, reason: reason, startsOn: startsOn,
            expiresOn: kind.defaultDuration.map { startsOn.adding(days: $0) })
    }

    /// A hold with an explicit expiry date, or none (`nil`).
    ///
    /// - Throws: ``RevCycleError`` (`invalidInput`) for an empty reason or an expiry not after the start.
    init(kind: CollectionHoldKind, reason: String, startsOn: CalendarDate, expiresOn: CalendarDate?) throws {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw RevCycleError(
                .invalidInput, "A \(kind.rawValue) hold needs a reason; expected a few words staff can act on.",
                remedy: "Give the reason, such as \"Claim 8812 pending at the payer\".")
        }
        if let expiresOn, expiresOn <= startsOn {
            throw RevCycleError(
                .invalidInput,
                "A hold starting \(startsOn) cannot expire on \(expiresOn); expected an expiry after the start.")
        }
        self.kind = kind
        self.reason = trimmed
        self.startsOn = startsOn
        self.expiresOn = expiresOn
    }

    /// Whether the hold applies on `date`.
    func isActive(on date: CalendarDate) -> Bool {
        startsOn <= date && (expiresOn.map { date < $0 } ?? true)
    }

    /// Whether the hold applies on `date` and stops `activity`.
    func stops(_ activity: CollectionActivity, on date: CalendarDate) -> Bool {
        isActive(on: date) && kind.stops.contains(activity)
    }

    /// "bankruptcy hold since 2026-03-02 (Chapter 7 filed): ..." for refusal messages.
    var summary: String {
        let until = expiresOn.map { ", until \($0)" } ?? ", until lifted"
        return "\(kind.rawValue) hold since \(startsOn)\(until): \(kind.words) (\(reason))"
    }
}

extension Sequence where Element == CollectionHold {
    /// The holds that apply on `date`.
    func activeHolds(on date: CalendarDate) -> [CollectionHold] {
        filter { $0.isActive(on: date) }
    }

    /// The holds that apply on `date` and stop `activity`.
    func holds(stopping activity: CollectionActivity, on date: CalendarDate) -> [CollectionHold] {
        filter { $0.stops(activity, on: date) }
    }
}
