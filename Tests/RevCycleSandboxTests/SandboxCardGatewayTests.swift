import Foundation
import RevCycleCore
import RevCycleSandbox
import Testing

struct SandboxCardGatewayTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gateway-\(UUID().uuidString)")
    let clock = FixedWallClock(Date(timeIntervalSince1970: 1_795_000_000))  // 2026-11-18

    func gateway() throws -> SandboxCardGateway {
        try SandboxCardGateway(file: folder.appendingPathComponent("gateway.sqlite"), clock: clock, timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test("An approved card is charged once per idempotency key, and the token keeps no card number")
    func approvedCardIsChargedOncePerKey() throws {
        let gateway = try gateway()
        let token = try gateway.tokenize(try CardEntry(number: "4242 4242 4242 4242", expiry: "12/29", securityCode: "123"))
        #expect(token.brand == .visa && token.lastFour == "4242")
        #expect(!token.token.contains("4242424242424242"))
        let request = ChargeRequest(token: token.token, amount: Money(cents: 3_000), idempotencyKey: "checkin:V1", reference: "A1")
        let first = try gateway.charge(request)
        let again = try gateway.charge(request)
        #expect(first.isApproved)
        #expect(first == again, "a retried key must return the first charge, got \(first) then \(again)")
        let stored = try String(contentsOf: folder.appendingPathComponent("gateway.sqlite"), encoding: .isoLatin1)
        #expect(!stored.contains("4242424242424242"), "the gateway's file must never hold the card number")
    }

    @Test("Test cards meet the processor's declines", arguments: [
        ("4000000000000002", DeclineReason.doNotHonor), ("4000000000009995", .insufficientFunds),
        ("4000000000000069", .expiredCard), ("4000000000000127", .incorrectSecurityCode),
        ("4000000000009979", .lostOrStolen), ("4000000000000119", .processingError),
    ])
    func testCardsDecline(number: String, reason: DeclineReason) throws {
        let gateway = try gateway()
        let token = try gateway.tokenize(try CardEntry(number: number, expiry: "01/30"))
        let charge = try gateway.charge(ChargeRequest(token: token.token, amount: Money(cents: 100), idempotencyKey: number, reference: "A1"))
        #expect(charge.outcome == .declined(reason), "\(number) should decline as \(reason), got \(charge.outcome)")
    }

    @Test("Refunds never exceed the charge and repeat safely under their key")
    func refundsAreBoundedAndIdempotent() throws {
        let gateway = try gateway()
        let token = try gateway.tokenize(try CardEntry(number: "5555555555554444", expiry: "03/28"))
        let charge = try gateway.charge(ChargeRequest(token: token.token, amount: Money(cents: 5_000), idempotencyKey: "k", reference: "A2"))
        let refund = try gateway.refund(chargeID: charge.chargeID, amount: Money(cents: 3_000), idempotencyKey: "r1")
        #expect(try gateway.refund(chargeID: charge.chargeID, amount: Money(cents: 3_000), idempotencyKey: "r1") == refund)
        #expect(throws: RevCycleError.self) {
            try gateway.refund(chargeID: charge.chargeID, amount: Money(cents: 2_001), idempotencyKey: "r2")
        }
        _ = try gateway.refund(chargeID: charge.chargeID, amount: Money(cents: 2_000), idempotencyKey: "r3")
    }

    @Test("Bad cards are refused before they reach the processor", arguments: [
        ("4242424242424241", "12/29"), ("4242", "12/29"), ("4242424242424242", "13/29"), ("4242424242424242", "10/26"),
    ])
    func badCardsAreRefused(number: String, expiry: String) throws {
        let gateway = try gateway()
        #expect(throws: RevCycleError.self) { _ = try gateway.tokenize(try CardEntry(number: number, expiry: expiry)) }
    }

    @Test("A reused key with another amount is a conflict, not a second charge")
    func reusedKeyWithOtherAmountConflicts() throws {
        let gateway = try gateway()
        let token = try gateway.tokenize(try CardEntry(number: "4242424242424242", expiry: "12/29"))
        _ = try gateway.charge(ChargeRequest(token: token.token, amount: Money(cents: 100), idempotencyKey: "same", reference: "A1"))
        let error = #expect(throws: RevCycleError.self) {
            _ = try gateway.charge(ChargeRequest(token: token.token, amount: Money(cents: 200), idempotencyKey: "same", reference: "A1"))
        }
        #expect(error?.code == .conflict)
    }
}

extension SandboxCardGatewayTests {
    @Test("The same card keyed again for a retried payment gets the first answer; another card under the key is a conflict")
    func aRetryWithANewTokenForTheSameCardIsTheSameCharge() throws {
        let gateway = try gateway()
        let first = try gateway.tokenize(try CardEntry(number: "4242424242424242", expiry: "12/29"))
        let again = try gateway.tokenize(try CardEntry(number: "4242 4242 4242 4242", expiry: "12/2029"))
        #expect(first.token != again.token && first.fingerprint == again.fingerprint)
        let charge = try gateway.charge(ChargeRequest(token: first.token, amount: Money(cents: 2_000), idempotencyKey: "v1", reference: "V1"))
        #expect(try gateway.charge(ChargeRequest(token: again.token, amount: Money(cents: 2_000), idempotencyKey: "v1", reference: "V1")) == charge)
        let other = try gateway.tokenize(try CardEntry(number: "5555555555554444", expiry: "12/29"))
        #expect(throws: RevCycleError.self) {
            _ = try gateway.charge(ChargeRequest(token: other.token, amount: Money(cents: 2_000), idempotencyKey: "v1", reference: "V1"))
        }
        #expect(try gateway.card(first.token) == first)
    }
}
