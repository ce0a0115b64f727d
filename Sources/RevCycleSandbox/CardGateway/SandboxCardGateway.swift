public import Foundation
import GRDB
public import RevCycleCore

/// The built-in card processor: tokenizes cards, approves or declines charges by the
/// ``SandboxTestCard`` numbers, and refunds — behind the same ``PaymentGateway`` boundary a real
/// processor sits behind.
///
/// Like a processor it keeps its own books, in its own SQLite file (never RevCycle's database):
/// tokens with brand, last four, expiry and the test behaviour — never the card number — and every
/// charge and refund under the caller's idempotency key, so a retry returns the first answer.
///
/// ```swift
/// let gateway = try SandboxCardGateway(file: home.appendingPathComponent("var/sandbox/default/gateway.sqlite"),
///                                      clock: SystemWallClock(), timeZone: .current)
/// ```
public struct SandboxCardGateway: PaymentGateway {
    let database: DatabaseQueue
    let clock: any WallClock
    let timeZone: TimeZone

    /// The largest single charge the sandbox accepts, as processors cap card-present amounts.
    public static let chargeLimit = Money(cents: 2_500_000)

    public init(file: URL, clock: any WallClock, timeZone: TimeZone) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        database = try DatabaseQueue(path: file.path)
        self.clock = clock
        self.timeZone = timeZone
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("gateway.001") { db in
            try db.execute(sql: """
                CREATE TABLE card_token (
                    token TEXT PRIMARY KEY,
                    brand TEXT NOT NULL,
                    last_four TEXT NOT NULL CHECK (length(last_four) = 4),
                    expiry_month INTEGER NOT NULL,
                    expiry_year INTEGER NOT NULL,
                    decline TEXT,
                    created_at REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE card_charge (
                    charge_id TEXT PRIMARY KEY,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    token TEXT NOT NULL REFERENCES card_token(token),
                    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                    reference TEXT NOT NULL,
                    authorization_code TEXT,
                    decline TEXT,
                    created_at REAL NOT NULL,
                    CHECK ((authorization_code IS NULL) != (decline IS NULL))
                ) WITHOUT ROWID;
                CREATE TABLE card_refund (
                    refund_id TEXT PRIMARY KEY,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    charge_id TEXT NOT NULL REFERENCES card_charge(charge_id),
                    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                    created_at REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    // MARK: - PaymentGateway

    public func tokenize(_ card: CardEntry) throws -> CardToken {
        if card.isExpired(asOf: CalendarDate(clock.now(), in: timeZone)) {
            throw RevCycleError(.invalidInput, "The card expired in \(card.expiryMonth)/\(card.expiryYear); ask for a current card.",
                                at: "expiry")
        }
        let token = CardToken(token: "tok_" + Self.randomHex(), brand: card.brand, lastFour: card.lastFour,
                              expiryMonth: card.expiryMonth, expiryYear: card.expiryYear)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO card_token (token, brand, last_four, expiry_month, expiry_year, decline, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [token.token, token.brand.rawValue, token.lastFour, token.expiryMonth, token.expiryYear,
                                 SandboxTestCard.declines[card.number]?.rawValue, clock.now().timeIntervalSince1970])
        }
        return token
    }

    public func card(_ token: String) throws -> CardToken {
        try database.read { db in try Self.card(token, in: db).token }
    }

    public func charge(_ request: ChargeRequest) throws -> GatewayCharge {
        guard request.amount > .zero, request.amount <= Self.chargeLimit else {
            throw RevCycleError(.invalidInput, "A card charge must be from $0.01 to \(Self.chargeLimit); got \(request.amount).",
                                at: "amount")
        }
        return try database.write { db in
            let card = try Self.card(request.token, in: db)
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM card_charge WHERE idempotency_key = ?",
                                          arguments: [request.idempotencyKey]) {
                // A retry may carry a new token for the same card (the desk keyed it again): same card, same answer.
                let first = try Self.card(row["token"], in: db).token
                guard first.fingerprint == card.token.fingerprint, row["amount_cents"] == request.amount.cents else {
                    throw RevCycleError(.conflict, "The gateway already has a different charge under key \(request.idempotencyKey).")
                }
                return try Self.charge(from: row, card: first)
            }
            let today = CalendarDate(clock.now(), in: timeZone)
            var outcome = GatewayCharge.Outcome.approved(authorizationCode: String(Self.randomHex().prefix(6)).uppercased())
            if let decline = card.decline {
                outcome = .declined(decline)
            } else if (card.token.expiryYear, card.token.expiryMonth) < (today.year, today.month) {
                outcome = .declined(.expiredCard)
            }
            let charge = GatewayCharge(chargeID: "ch_" + Self.randomHex(), amount: request.amount, card: card.token, outcome: outcome)
            var authorization: String?
            var decline: String?
            switch outcome {
            case .approved(let code): authorization = code
            case .declined(let reason): decline = reason.rawValue
            }
            try db.execute(sql: """
                INSERT INTO card_charge (charge_id, idempotency_key, token, amount_cents, reference, authorization_code, decline, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [charge.chargeID, request.idempotencyKey, request.token, request.amount.cents, request.reference,
                                 authorization, decline, clock.now().timeIntervalSince1970])
            return charge
        }
    }

    public func approvedCharges(reference: String) throws -> [GatewayCharge] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM card_charge WHERE reference = ? AND authorization_code IS NOT NULL ORDER BY created_at, charge_id
                """, arguments: [reference]).map { row in
                try Self.charge(from: row, card: try Self.card(row["token"], in: db).token)
            }
        }
    }

    public func refund(chargeID: String, amount: Money, idempotencyKey: String) throws -> GatewayRefund {
        guard amount > .zero else {
            throw RevCycleError(.invalidInput, "A refund must be at least $0.01; got \(amount).", at: "amount")
        }
        return try database.write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM card_refund WHERE idempotency_key = ?", arguments: [idempotencyKey]) {
                guard row["charge_id"] == chargeID, row["amount_cents"] == amount.cents else {
                    throw RevCycleError(.conflict, "The gateway already has a different refund under key \(idempotencyKey).")
                }
                return GatewayRefund(refundID: row["refund_id"], chargeID: chargeID, amount: amount)
            }
            guard let charge = try Row.fetchOne(db, sql: "SELECT * FROM card_charge WHERE charge_id = ?", arguments: [chargeID]) else {
                throw RevCycleError(.notFound, "The gateway has no charge \(chargeID).")
            }
            guard (charge["authorization_code"] as String?) != nil else {
                throw RevCycleError(.conflict, "Charge \(chargeID) was declined; there is nothing to refund.")
            }
            let refunded = try Int64.fetchOne(db, sql: "SELECT coalesce(sum(amount_cents), 0) FROM card_refund WHERE charge_id = ?",
                                              arguments: [chargeID]) ?? 0
            let charged: Int64 = charge["amount_cents"]
            guard refunded + amount.cents <= charged else {
                throw RevCycleError(.conflict, "Charge \(chargeID) was \(Money(cents: charged)) and \(Money(cents: refunded)) is already refunded; \(amount) more would exceed it.")
            }
            let refund = GatewayRefund(refundID: "re_" + Self.randomHex(), chargeID: chargeID, amount: amount)
            try db.execute(sql: "INSERT INTO card_refund (refund_id, idempotency_key, charge_id, amount_cents, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [refund.refundID, idempotencyKey, chargeID, amount.cents, clock.now().timeIntervalSince1970])
            return refund
        }
    }

    // MARK: - Records

    private static func card(_ token: String, in db: Database) throws -> (token: CardToken, decline: DeclineReason?) {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM card_token WHERE token = ?", arguments: [token]) else {
            throw RevCycleError(.notFound, "The gateway does not know the card token \(token).", at: "token")
        }
        let card = CardToken(token: token, brand: CardBrand(rawValue: row["brand"]) ?? .other, lastFour: row["last_four"],
                             expiryMonth: row["expiry_month"], expiryYear: row["expiry_year"])
        return (card, (row["decline"] as String?).flatMap(DeclineReason.init(rawValue:)))
    }

    private static func charge(from row: Row, card: CardToken) throws -> GatewayCharge {
        let outcome: GatewayCharge.Outcome
        if let code = row["authorization_code"] as String? {
            outcome = .approved(authorizationCode: code)
        } else {
            outcome = .declined(DeclineReason(rawValue: row["decline"]) ?? .processingError)
        }
        return GatewayCharge(chargeID: row["charge_id"], amount: Money(cents: row["amount_cents"]), card: card, outcome: outcome)
    }

    private static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<12).map { _ in String(generator.next() & 0xff, radix: 16).leftPadded(to: 2) }.joined()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
