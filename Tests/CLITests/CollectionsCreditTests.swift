import Foundation
import GRDB
import RevCycleCore
import RevCycleSandbox
import Testing

/// Patient credit balances: an overpaid visit's credit applied to the guarantor's other visit, or
/// refunded with a second person's approval, by check or back to the card through the gateway.
@Suite("Collections credit balances: apply, refund with approval, refuse, refund to the card")
struct CollectionsCreditTests {
    /// G1 with A1 owing $1,200.00 and A2 ($100.00) overpaid by a $150.00 check: a $50.00 credit.
    static func overpaid() throws -> CollectionsHome {
        let home = try CollectionsHome.selfPay()
        try home.openVisit(0, account: "A2", serviceDate: "2026-01-03", amount: "100.00")
        try home.on(1, ["collections", "payment", "--account", "A2", "--amount", "150.00", "--method", "check", "--reference", "1001", "--user", "coll"])
        return home
    }

    @Test("An overpayment shows as a credit and applying it moves exactly the credit to the other visit in one journal entry")
    func aCreditIsAppliedToTheOtherVisit() throws {
        let home = try Self.overpaid()
        #expect(try home.balances(1) == ["A1": .init(patient: "1200.00", credit: "0.00"), "A2": .init(patient: "0.00", credit: "-50.00")])
        let credits = try home.rows(1, ["collections", "credits", "list", "--user", "coll"])
        #expect(credits == [["A2", "G1", "50.00", "A1", "1200.00", "0.00"]], "\(credits)")
        let review = try home.rows(1, ["tasks", "list", "--role", "collections", "--user", "coll"]).filter { $0[6] == "collections.credit-balance" }
        #expect(review.count == 1 && review.first?[8].contains("Credit balance of $50.00 on A2") == true, "\(review)")

        try home.on(2, ["collections", "credits", "apply", "--from", "A2", "--user", "coll"])
        #expect(try home.balances(2) == ["A1": .init(patient: "1150.00", credit: "0.00"), "A2": .init(patient: "0.00", credit: "0.00")])
        let memo = "credit from A2 applied to A1"
        let onA1 = try home.rows(2, ["ledger", "show", "A1", "--user", "coll"]).filter { $0[3] == memo }
        let onA2 = try home.rows(2, ["ledger", "show", "A2", "--user", "coll"]).filter { $0[3] == memo }
        #expect(onA1.map { [$0[4], $0[5]] } == [["ar:patient", "-50.00"]], "\(onA1)")
        #expect(onA2.map { [$0[4], $0[5]] } == [["ar:credit", "50.00"]], "\(onA2)")
        #expect(onA1.first?[0] == onA2.first?[0] && onA1.first?[0] != nil, "one journal entry on both visits: \(onA1) \(onA2)")
        #expect(try home.rows(2, ["collections", "credits", "list", "--user", "coll"]).isEmpty)
        let again = try home.attempt(3, ["collections", "credits", "apply", "--from", "A2", "--user", "coll"])
        #expect(again.exitCode != 0 && again.stderr.contains("A2 holds no patient credit"), "\(again.stderr)")
    }

    @Test("A credit larger than the other visit owes pays it off and leaves the rest as a credit")
    func aLargeCreditPaysOnlyWhatIsOwed() throws {
        let home = try CollectionsHome.selfPay(amount: "30.00")
        try home.openVisit(0, account: "A2", serviceDate: "2026-01-03", amount: "100.00")
        try home.on(1, ["collections", "payment", "--account", "A2", "--amount", "150.00", "--method", "cash", "--reference", "R-77", "--user", "coll"])
        try home.on(2, ["collections", "credits", "apply", "--from", "A2", "--user", "coll"])
        #expect(try home.balances(2) == ["A1": .init(patient: "0.00", credit: "0.00"), "A2": .init(patient: "0.00", credit: "-20.00")])
    }

    @Test("A refund needs a second person: the requester cannot approve, another approves by check, and a refused request leaves the credit")
    func aRefundNeedsASecondPerson() throws {
        let home = try Self.overpaid()
        let asked = try home.on(2, ["collections", "credits", "refund", "--account", "A2", "--reason", "Paid twice by mistake", "--user", "coll"])
        #expect(asked.stdout.contains("RF1") && asked.stdout.contains("$50.00"), "\(asked.stdout)")
        let own = try home.attempt(3, ["collections", "credits", "approve", "RF1", "--check", "20031", "--user", "coll"])
        #expect(own.exitCode == 77 && own.stderr.contains("another person must approve it"), "\(own.stderr)")
        let unrefunded = try home.balances(3)
        #expect(unrefunded["A2"]?.credit == "-50.00", "nothing refunded by the refused approval: \(unrefunded)")
        let approved = try home.on(3, ["collections", "credits", "approve", "RF1", "--check", "20031", "--user", "coll2"])
        #expect(approved.stdout.contains("refunded") && approved.stdout.contains("check 20031"), "\(approved.stdout)")
        #expect(try home.balances(3)["A2"] == .init(patient: "0.00", credit: "0.00"))
        let refund = try home.rows(3, ["ledger", "show", "A2", "--user", "coll"]).filter { $0[3] == "refund RF1 by check 20031" }
        #expect(refund.map { [$0[4], $0[5]] }.sorted { $0[0] < $1[0] } == [["ar:credit", "50.00"], ["refunds", "-50.00"]], "\(refund)")
        let twice = try home.attempt(4, ["collections", "credits", "approve", "RF1", "--check", "20032", "--user", "coll2"])
        #expect(twice.exitCode != 0 && twice.stderr.contains("already approved"), "\(twice.stderr)")

        // A second overpayment; its refund request is refused and the credit stays.
        try home.on(5, ["collections", "payment", "--account", "A2", "--amount", "30.00", "--method", "check", "--reference", "1002", "--user", "coll"])
        try home.on(5, ["collections", "credits", "refund", "--account", "A2", "--reason", "Patient asked for it back", "--user", "coll"])
        let ownRefusal = try home.attempt(6, ["collections", "credits", "refuse", "RF2", "--reason", "Apply it to A1 instead", "--user", "coll"])
        #expect(ownRefusal.exitCode == 77, "the requester cannot decide either: \(ownRefusal.stderr)")
        try home.on(6, ["collections", "credits", "refuse", "RF2", "--reason", "Apply it to A1 instead", "--user", "coll2"])
        let kept = try home.balances(6)
        #expect(kept["A2"]?.credit == "-30.00", "a refused refund leaves the credit: \(kept)")
        #expect(try home.rows(6, ["collections", "credits", "list", "--user", "coll"]).map { [$0[0], $0[2]] } == [["A2", "30.00"]])
        let requests = try home.rows(6, ["collections", "credits", "requests", "--user", "coll"])
        #expect(requests.map { [$0[0], $0[2], $0[4], $0[5]] } == [["RF2", "30.00", "coll", "refused"], ["RF1", "50.00", "coll", "approved"]],
                "\(requests)")
        let tasks = try home.rows(6, ["tasks", "list", "--role", "collections", "--user", "coll"]).filter { $0[6] == "collections.refund-approval" }
        #expect(tasks.isEmpty, "both approval tasks are closed: \(tasks)")
        try home.on(6, ["ledger", "verify", "--user", "biller"])
    }

    @Test("A credit paid by card is refunded to that card through the gateway")
    func aCardCreditIsRefundedToTheCard() throws {
        let home = try Self.overpaid()
        // The card terminal charged $60.00 at the sandbox processor; the payment posts under its charge id.
        let gateway = try SandboxCardGateway(file: home.cli.home.appendingPathComponent("var/sandbox/default/gateway.sqlite"),
                                             clock: SystemWallClock(), timeZone: TimeZone(identifier: "America/Chicago")!)
        let card = try gateway.tokenize(try CardEntry(number: "4242424242424242", expiry: "12/39"))
        let charge = try gateway.charge(ChargeRequest(token: card.token, amount: Money(cents: 6_000), idempotencyKey: "terminal-1",
                                                      reference: "A2"))
        try home.on(2, ["collections", "payment", "--account", "A2", "--amount", "60.00", "--method", "card", "--reference", charge.chargeID,
                        "--user", "coll"])
        let credits = try home.rows(2, ["collections", "credits", "list", "--user", "coll"])
        #expect(credits.map { [$0[0], $0[2], $0[5]] } == [["A2", "110.00", "60.00"]], "the $50.00 by check and $60.00 by card: \(credits)")

        try home.on(2, ["collections", "credits", "refund", "--account", "A2", "--amount", "60.00", "--reason", "Card payment in error",
                        "--user", "coll"])
        let approved = try home.on(3, ["collections", "credits", "approve", "RF1", "--user", "coll2"])
        #expect(approved.stdout.contains("card re_"), "refunded by the gateway: \(approved.stdout)")
        let refunds = try DatabaseQueue(path: home.cli.home.appendingPathComponent("var/sandbox/default/gateway.sqlite").path).read { db in
            try Row.fetchAll(db, sql: "SELECT charge_id, amount_cents FROM card_refund")
        }
        #expect(refunds.count == 1 && refunds.first?["charge_id"] as String? == charge.chargeID
                && refunds.first?["amount_cents"] as Int64? == 6_000,
                "one $60.00 refund of that charge at the processor: \(refunds)")
        let left = try home.balances(3)
        #expect(left["A2"]?.credit == "-50.00", "the check's $50.00 stays a credit: \(left)")
        let ledger = try home.rows(3, ["ledger", "show", "A2", "--user", "coll"]).filter { $0[4] == "refunds" }
        #expect(ledger.count == 1 && ledger.first?[2].hasPrefix("gateway:re_") == true && ledger.first?[5] == "-60.00", "\(ledger)")
        try home.on(3, ["ledger", "verify", "--user", "biller"])
    }

    @Test("A credit waiting for refund approval cannot also be applied to another visit")
    func aCreditWaitingForRefundIsNotAppliedTwice() throws {
        let home = try Self.overpaid()
        try home.on(2, ["collections", "credits", "refund", "--account", "A2", "--reason", "Patient asked for it back", "--user", "coll"])
        let apply = try home.attempt(2, ["collections", "credits", "apply", "--from", "A2", "--user", "coll"])
        #expect(apply.exitCode != 0 && apply.stderr.contains("waiting for refund approval"), "\(apply.stderr)")
        let unapplied = try home.balances(2)
        #expect(unapplied["A1"]?.patient == "1200.00", "nothing applied to A1: \(unapplied)")
        try home.on(3, ["collections", "credits", "approve", "RF1", "--check", "20040", "--user", "coll2"])
        let refunded = try home.balances(3)
        #expect(refunded == ["A1": .init(patient: "1200.00", credit: "0.00"), "A2": .init(patient: "0.00", credit: "0.00")],
                "the $50.00 went back to the patient once: \(refunded)")
        try home.on(3, ["ledger", "verify", "--user", "biller"])
    }
}
