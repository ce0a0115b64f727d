import Foundation
import RevCycleCore
import RevCycleTesting
import Testing

@testable import Collections

// RevCycleCore has its own ContactChannel and ContactPreferences (registration consents); these
// tests mean the collections rules' types.
private typealias ContactChannel = Collections.ContactChannel
private typealias ContactPreferences = Collections.ContactPreferences

private typealias F = ContactFixture

/// Randomized check that `nextAllowedMoment` gives the first allowed moment: every rule allows it,
/// and no quarter hour between the start and it is allowed. Seeds come from `REVCYCLE_SEED` or a
/// fixed list, and a failure prints its seed.
struct ContactRuleNextMomentTests {
    static let seeds: [UInt64] =
        ProcessInfo.processInfo.environment["REVCYCLE_SEED"].flatMap(UInt64.init).map { [$0] }
        ?? [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233]

    @Test("the next allowed moment is allowed, and nothing earlier is (random call histories)", arguments: seeds)
    func nextMomentIsTheFirstAllowed(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let zones = [F.chicago, F.newYork, F.losAngeles, F.phoenix]
        let zone = zones[Int(random.next() % UInt64(zones.count))]
        let start = F.at("2026-03-01 00:00", zone)  // the week before the spring DST change
        let history = (0..<Int(random.next() % 20)).map { _ -> ContactLogEntry in
            let instant = start.addingTimeInterval(Double(random.next() % (14 * 86_400)))
            let outcomes: [ContactOutcome] = [.noAnswer, .leftMessage, .conversation, .notConnected]
            return ContactLogEntry(
                channel: .call, instant: instant, outcome: outcomes[Int(random.next() % UInt64(outcomes.count))])
        }
        let preferences = ContactPreferences(timeZone: zone)
        let from = start.addingTimeInterval(Double(random.next() % (14 * 86_400)))
        guard
            let next = ContactRules.nextAllowedMoment(
                for: .call, from: from, history: history, preferences: preferences)
        else {
            Issue.record("seed \(seed): no next moment for a call")
            return
        }
        #expect(next >= from, "seed \(seed)")
        let refusal = ContactRules.check(channel: .call, at: next, history: history, preferences: preferences)
        #expect(refusal == nil, "seed \(seed): next allowed \(next) is refused: \(String(describing: refusal))")
        var probe = from
        while probe < next {
            if ContactRules.check(channel: .call, at: probe, history: history, preferences: preferences) == nil {
                Issue.record("seed \(seed): \(probe) is allowed but the next allowed moment is \(next)")
                break
            }
            probe = probe.addingTimeInterval(15 * 60)
        }
    }
}

