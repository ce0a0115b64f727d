import Foundation
import RevCycleCore
import RevCycleHost

/// The site's statement settings, from `parameters.collections` in its site file and its facility.
struct StatementSettings: Sendable {
    var minimumBalance: Money
    var cycleDays: Int
    var dueDays: Int
    var finalNoticeDays: Int
    var payOnlineURL: String
    var assistanceSummary: String
    var extraordinaryActions: [String]
    var facility: StatementFacility
    var facilityName: String { facility.name }

    init(site: SiteConfiguration) throws {
        func integer(_ name: String) throws -> Int {
            guard case .integer(let value) = site.parameter("collections", name) else {
                throw RevCycleError(.configuration, "parameters.collections.\(name) is not a whole number.")
            }
            return Int(value)
        }
        func text(_ name: String) throws -> String {
            guard case .text(let value) = site.parameter("collections", name) else {
                throw RevCycleError(.configuration, "parameters.collections.\(name) is not text.")
            }
            return value
        }
        guard case .amountCents(let minimum) = site.parameter("collections", "minimum_statement_balance") else {
            throw RevCycleError(.configuration, "parameters.collections.minimum_statement_balance is not an amount.")
        }
        minimumBalance = Money(cents: minimum)
        cycleDays = try integer("statement_cycle_days")
        dueDays = try integer("statement_due_days")
        finalNoticeDays = try integer("final_notice_days")
        payOnlineURL = try text("pay_online_url")
        assistanceSummary = try text("assistance_summary")
        extraordinaryActions = try text("final_notice_actions").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if let wrong = extraordinaryActions.first(where: { ExtraordinaryActionKind(rawValue: $0) == nil }) {
            throw RevCycleError(.configuration, "parameters.collections.final_notice_actions names \"\(wrong)\"; expected \(ExtraordinaryActionKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let facility = site.facility {
            var lines = [facility.address.line1]
            if let line2 = facility.address.line2 { lines.append(line2) }
            lines.append("\(facility.address.city), \(facility.address.state) \(facility.address.zip)")
            self.facility = StatementFacility(name: facility.name, addressLines: lines, phone: facility.phone?.description ?? "")
        } else {
            self.facility = StatementFacility(name: site.name, addressLines: [], phone: "")
        }
    }
}

/// The parameters of the collections module a site may set in `parameters.collections`.
enum CollectionsParameters {
    static let all: [ParameterDeclaration] = [
        ParameterDeclaration(
            "minimum_statement_balance", .amount(0...100_000), default: .amountCents(500),
            doc: "Patient balances below this are not listed for follow-up or billed on a statement."),
        ParameterDeclaration(
            "statement_cycle_days", .integer(7...90), default: .integer(30),
            doc: "Days between a guarantor's statements (the dunning policy receives it as cycle_days)."),
        ParameterDeclaration(
            "statement_due_days", .integer(10...60), default: .integer(21),
            doc: "A statement's amount is due this many days after the statement date."),
        ParameterDeclaration(
            "final_notice_days", .integer(30...120), default: .integer(30),
            doc: "The deadline a final notice gives before any extraordinary collection action: at least 30 days (501(r))."),
        ParameterDeclaration(
            "final_notice_actions", .text(allowed: nil), default: .text("credit-reporting"),
            doc: "The extraordinary collection actions a final notice names, comma-separated: credit-reporting, sale-of-debt, lawsuit, lien, wage-garnishment, deferring-care."),
        ParameterDeclaration(
            "agency_minimum_balance", .amount(0...1_000_000), default: .amountCents(5_000),
            doc: "Visits owing less than this are never placed with a collection agency."),
        ParameterDeclaration(
            "pay_online_url", .text(allowed: nil), default: .text("https://pay.example.org/statement"),
            doc: "The site's online payment page; statements add a one-time token (?t=...) to it, never an account number."),
        ParameterDeclaration(
            "assistance_summary", .text(allowed: nil),
            default: .text("""
                You may qualify for free or discounted care. If your household income is at or below 200% of the federal \
                poverty guidelines, you pay nothing; up to 400%, you pay less. Ask us for an application or apply online; \
                it is free, and we will not send your bill to collections while we review it.
                """),
            doc: "The plain-language summary of the financial-assistance policy printed on every statement (501(r))."),
    ]
}

/// The written notice a final notice carries before any extraordinary collection action (501(r)).
enum FinalNoticeWording {
    static func notice(deadline: CalendarDate, facility: String, actions: [String]) -> String {
        let named = actions.map { ExtraordinaryActionKind(rawValue: $0)?.words ?? $0 }
        return """
            FINAL NOTICE. If this bill is not paid, and you have not applied for financial assistance or set up a payment plan, \
            by \(deadline), \(facility) or its collection agency may take these actions: \(named.joined(separator: "; ")). \
            Financial assistance is available: see below. You can still apply after that date.
            """
    }
}
