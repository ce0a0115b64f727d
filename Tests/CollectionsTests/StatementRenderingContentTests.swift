import Foundation
import RevCycleCore
import RevCycleHost
import Testing
@testable import Collections

/// What the text and HTML statements say: every figure, where it belongs, adding up to the cent.
struct StatementRenderingContentTests {
    typealias Fixtures = StatementRenderingFixtures

    // MARK: - The fixtures themselves reconcile

    @Test("Every fixture's visits satisfy charges − insurance paid − adjustments − patient paid = pending + balance",
          arguments: Fixtures.all + Fixtures.stress)
    func fixtureVisitsReconcile(_ fixture: Fixtures.Fixture) {
        for visit in fixture.statement.visits {
            let left = visit.charges - visit.insurancePaid - visit.adjustments - visit.patientPaid
            let right = visit.pendingInsurance + visit.patientBalance
            #expect(left == right, "\(fixture.name) \(visit.account): \(left) ≠ \(right)")
        }
        #expect(fixture.statement.reconciliationProblems == [], "\(fixture.name)")
    }

    /// One-cent slips in each figure a statement is built from; each must be caught.
    static let oneCentSlips: [(String, @Sendable (inout GuarantorStatement) -> Void)] = [
        ("visit charges", { $0.visits[0].charges += Money(cents: 1) }),
        ("insurance paid", { $0.visits[0].insurancePaid += Money(cents: 1) }),
        ("adjustments", { $0.visits[0].adjustments -= Money(cents: 1) }),
        ("patient paid", { $0.visits[1].patientPaid += Money(cents: 1) }),
        ("visit pending", { $0.visits[1].pendingInsurance += Money(cents: 1); $0.pendingInsurance += Money(cents: 1) }),
        ("service line", { $0.visits[0].services[1].charge -= Money(cents: 1) }),
        ("balance", { $0.balance += Money(cents: 1) }),
        ("statement pending", { $0.pendingInsurance -= Money(cents: 1) }),
        ("amount due over the balance", { $0.amountDue = $0.balance + Money(cents: 1) }),
        ("amount due including pending insurance", { $0.amountDue = $0.balance + $0.pendingInsurance; $0.plan = nil }),
        ("amount due short without a plan", { $0.plan = nil; $0.amountDue = $0.balance - Money(cents: 1) }),
    ]

    @Test("A statement whose figures are off by one cent anywhere is reported as not reconciling",
          arguments: 0..<oneCentSlips.count)
    func oneCentSlipIsCaught(_ index: Int) {
        var statement = Fixtures.threeVisitsWithPlan
        Self.oneCentSlips[index].1(&statement)
        #expect(!statement.reconciliationProblems.isEmpty, "\(Self.oneCentSlips[index].0) was not caught")
    }

    // MARK: - Text

    @Test("The text statement prints each visit's figures on their labelled lines, and they add up",
          arguments: Fixtures.all + Fixtures.stress)
    func textVisitFiguresAppearAndAddUp(_ fixture: Fixtures.Fixture) throws {
        let blocks = TextStatement(StatementText.render(fixture.statement)).visitBlocks
        #expect(blocks.count == fixture.statement.visits.count)
        for (visit, block) in zip(fixture.statement.visits, blocks) {
            let expected = Self.expectedVisitFigures(visit)
            for (label, amount) in expected {
                let printed = TextStatement.amount(labelled: label, in: block)
                #expect(printed == amount.description, "\(fixture.name) \(visit.account) \(label)")
            }
            for (index, service) in visit.services.enumerated() {
                let line = block.first { $0.contains(" \(service.units) ") && $0.hasSuffix(service.charge.description) }
                #expect(line != nil, "\(fixture.name) \(visit.account) service \(index + 1) \(service.charge)")
            }
            for share in visit.responsibility {
                #expect(TextStatement.amount(labelled: share.reason.words, in: block) == share.amount.description)
            }
            // The printed column adds up: the deductions bring the charges to pending + balance.
            let parsed = try expected.map { try Money(parsing: TextStatement.amount(labelled: $0.0, in: block) ?? "") }
            let deducted = parsed[0] + parsed[1] + parsed[2] + parsed[3]
            let parts = try Money(parsing: TextStatement.amount(labelled: expected.last!.0, in: block) ?? "")
                + (visit.pendingInsurance.isZero ? .zero : parsed[4])
            #expect(deducted == parts, "\(fixture.name) \(visit.account): \(deducted) ≠ \(parts)")
        }
    }

    @Test("The text summary prints the prior balance, payments, current balance, amount due and due date, and adds up",
          arguments: Fixtures.all)
    func textSummaryFiguresAddUp(_ fixture: Fixtures.Fixture) throws {
        let statement = fixture.statement
        let summary = TextStatement(StatementText.render(statement)).summary
        #expect(TextStatement.amount(labelled: "AMOUNT DUE", in: summary) == statement.amountDue.description)
        let dueDate = TextStatement.plain(StatementWording.date(statement.dueDate))
        #expect(summary.contains { $0.contains("DUE DATE") && $0.hasSuffix("\(dueDate) |") }, "\(fixture.name)")
        #expect(TextStatement.amount(labelled: "CURRENT BALANCE", in: summary) == statement.balance.description)
        let prior = try Money(parsing: TextStatement.amount(labelled: "Balance on your last statement", in: summary) ?? "")
        let payments = try Money(parsing: TextStatement.amount(labelled: "Payments we received", in: summary) ?? "")
        let new = try Money(parsing: TextStatement.amount(labelled: "New charges and adjustments", in: summary) ?? "")
        #expect(prior == statement.priorBalance && payments == -statement.paymentsSincePrior)
        let current: Money = prior + payments + new
        #expect(current == statement.balance, "\(prior) + \(payments) + \(new) ≠ \(statement.balance)")
    }

    @Test("Insurance still pending is printed as not due now and is not in the amount due")
    func textPendingInsuranceIsShownNotDemanded() {
        let statement = Fixtures.threeVisitsWithPlan
        let text = StatementText.render(statement)
        let summary = TextStatement(text).summary
        #expect(TextStatement.amount(labelled: "Still with your insurance", in: summary) == "$490.00")
        let flattened = TextStatement(text).flattened
        #expect(flattened.contains("Still with your insurance $490.00 Not due now — we will bill you after your insurer pays."))
        let amountDue = TextStatement.amount(labelled: "AMOUNT DUE", in: summary)
        #expect(amountDue == "$108.34", "the plan installment, not the balance $325.00 nor with pending $815.00")
        let slip = text.components(separatedBy: "Payment slip").last ?? ""
        #expect(slip.contains("Amount due: $108.34") && !slip.contains("$490.00") && !slip.contains("$815.00"))
        #expect(flattened.contains("You are on a payment plan (PP4): $108.34 a payment, next one due November 15, 2026."
            + " $325.00 left to pay in 3 payments."))
        #expect(flattened.contains("YOUR BALANCE FOR THIS VISIT $0.00"), "the pending visit asks nothing of the patient yet")
    }

    @Test("The text statement fits 80 columns, with long names, descriptions and links",
          arguments: Fixtures.all + Fixtures.stress)
    func textFitsTheLine(_ fixture: Fixtures.Fixture) {
        let text = StatementText.render(fixture.statement)
        let long = text.split(separator: "\n").filter { $0.count > StatementText.width }
        #expect(long.isEmpty, "\(fixture.name): lines over \(StatementText.width) columns: \(long)")
        #expect(StatementText.width <= 100)
    }

    @Test("The final notice prints its heading and warning text, and every statement offers financial assistance")
    func textFinalNoticeAndAssistance() {
        let text = StatementText.render(Fixtures.finalNotice)
        #expect(text.contains("FINAL NOTICE"))
        let flattened = TextStatement(text).flattened
        #expect(flattened.contains(Fixtures.finalNoticeText))
        #expect(flattened.contains("NEED HELP PAYING YOUR BILL?"))
        #expect(flattened.contains("You can apply for these visits until May 29, 2027."))
        #expect(flattened.contains("Call (217) 555-0199 for an application"))
        #expect(flattened.contains(Fixtures.assistance.summary))
    }

    // MARK: - HTML

    @Test("The HTML statement carries every visit figure, service line and share, and each visit's column adds up",
          arguments: Fixtures.all + Fixtures.stress)
    func htmlVisitFiguresAppearAndAddUp(_ fixture: Fixtures.Fixture) throws {
        let html = StatementHTML.render(fixture.statement)
        for (number, visit) in fixture.statement.visits.enumerated().map({ ($0 + 1, $1) }) {
            let keys = ["charges", "insurance-paid", "adjustments", "patient-paid"]
            let expected = [visit.charges, -visit.insurancePaid, -visit.adjustments, -visit.patientPaid]
            var printed: [Money] = []
            for (key, amount) in zip(keys, expected) {
                let figure = HTMLStatement.figure("visit-\(number)-\(key)", in: html)
                #expect(figure == amount.description, "\(fixture.name) visit \(number) \(key)")
                printed.append(try Money(parsing: figure ?? ""))
            }
            let balance = try Money(parsing: HTMLStatement.figure("visit-\(number)-balance", in: html) ?? "")
            #expect(balance == visit.patientBalance)
            let pendingFigure = HTMLStatement.figure("visit-\(number)-pending", in: html)
            let pending = visit.pendingInsurance.isZero ? Money.zero : try Money(parsing: pendingFigure ?? "")
            #expect(pendingFigure == (visit.pendingInsurance.isZero ? nil : visit.pendingInsurance.description))
            let sum: Money = printed.reduce(.zero, +)
            #expect(sum == pending + balance, "\(fixture.name) visit \(number): \(sum) ≠ \(pending) + \(balance)")
            for (index, service) in visit.services.enumerated() {
                #expect(HTMLStatement.figure("visit-\(number)-service-\(index + 1)", in: html) == service.charge.description)
            }
            for (index, share) in visit.responsibility.enumerated() {
                #expect(HTMLStatement.figure("visit-\(number)-share-\(index + 1)", in: html) == share.amount.description)
            }
        }
    }

    @Test("The HTML statement shows the summary, amount due and due date on the page and on the payment slip",
          arguments: Fixtures.all)
    func htmlSummaryAndSlip(_ fixture: Fixtures.Fixture) throws {
        let statement = fixture.statement
        let html = StatementHTML.render(statement)
        #expect(HTMLStatement.figure("amount-due", in: html) == statement.amountDue.description)
        #expect(HTMLStatement.figure("slip-amount-due", in: html) == statement.amountDue.description)
        #expect(HTMLStatement.figure("due-date", in: html) == StatementWording.date(statement.dueDate))
        #expect(HTMLStatement.figure("slip-due-date", in: html) == StatementWording.date(statement.dueDate))
        #expect(HTMLStatement.figure("current-balance", in: html) == statement.balance.description)
        #expect(HTMLStatement.figure("prior-balance", in: html) == statement.priorBalance.description)
        #expect(HTMLStatement.figure("payments-since", in: html) == (-statement.paymentsSincePrior).description)
        let new = try Money(parsing: HTMLStatement.figure("new-activity", in: html) ?? "")
        let current: Money = statement.priorBalance - statement.paymentsSincePrior + new
        #expect(current == statement.balance)
        #expect(HTMLStatement.figure("number", in: html) == HTMLText.escape(statement.number))
        #expect(html.contains("Amount enclosed"))
    }

    @Test("In HTML, pending insurance sits in its own box marked not due now, outside the amount-due box")
    func htmlPendingIsSeparate() throws {
        let html = StatementHTML.render(Fixtures.threeVisitsWithPlan)
        #expect(HTMLStatement.figure("pending-insurance", in: html) == "$490.00")
        let dueBox = try #require(HTMLStatement.element(classed: "due-box", in: html))
        #expect(dueBox.contains("$108.34") && !dueBox.contains("$490.00") && !dueBox.contains("$815.00"))
        let pendingBox = try #require(HTMLStatement.element(classed: "pending", in: html))
        #expect(pendingBox.contains("$490.00") && pendingBox.contains("Not due now — we will bill you after your insurer pays."))
        // A statement with nothing pending has no pending box at all.
        #expect(HTMLStatement.element(classed: "pending", in: StatementHTML.render(Fixtures.oneVisitInsured)) == nil)
    }

    @Test("Names with markup characters are escaped everywhere and cannot add tags, scripts or attributes")
    func htmlEscapesEveryText() {
        let html = StatementHTML.render(Fixtures.markupInNames)
        #expect(HTMLStatement.figure("guarantor-name", in: html) == "O&#39;Brien &lt;Jr&gt; &amp; Sons")
        #expect(html.contains("St. Mary&#39;s &lt;Main&gt; &amp; Co"))
        #expect(html.contains("Se\u{E1}n O&#39;Brien &lt;Jr&gt;"))
        #expect(html.contains("&lt;/address&gt;&lt;h1&gt;12 &quot;Quay&quot; St&lt;/h1&gt;"))
        #expect(html.contains("href=\"https://pay.example.org/p?t=a1b2&amp;s=ST44&amp;x=&quot;&gt;&lt;script&gt;\""))
        for raw in ["<Jr>", "<Main>", "<script", "<b>1 mg", "<FPL>", "<today>", "<h1>12", "J1100<"] {
            #expect(!html.contains(raw), "unescaped \(raw)")
        }
        #expect(!html.contains("O'Brien"))
    }

    @Test("The HTML page is self-contained: no scripts, no external files, and only web links are clickable")
    func htmlIsSelfContained() {
        for fixture in Fixtures.all {
            let html = StatementHTML.render(fixture.statement).lowercased()
            for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "javascript:"] {
                #expect(!html.contains(forbidden), "\(fixture.name) contains \(forbidden)")
            }
            #expect(html.contains("@page { size: letter; margin: 0.5in; }"))
            #expect(html.contains(".visit { break-inside: avoid;"))
        }
        var statement = Fixtures.oneVisitInsured
        statement.payOnlineLink = "javascript:alert(document.cookie)"
        let html = StatementHTML.render(statement)
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("<span class=\"link\">javascript:alert(document.cookie)</span>"))
    }

    @Test("The final notice heads the HTML page and its warning is printed in full")
    func htmlFinalNotice() throws {
        let html = StatementHTML.render(Fixtures.finalNotice)
        #expect(html.contains("<h1>Final notice</h1>"))
        let notice = try #require(HTMLStatement.element(classed: "notice", in: html))
        #expect(notice.contains(HTMLText.escape(Fixtures.finalNoticeText)))
    }

    @Test("What the statement asks for is said in words: a credit or a pending balance asks for no payment")
    func demandSentences() {
        var credit = Fixtures.threeVisitsWithPlan
        credit.visits[0].adjustments += Money(cents: 35_000)
        credit.visits[0].patientBalance = .zero
        credit.balance = Money(cents: -2_500)
        credit.amountDue = .zero
        credit.plan = nil
        #expect(credit.reconciliationProblems == [])
        #expect(StatementWording.demand(credit) == "You have a credit of $25.00. Please do not send a payment.")
        var installmentPaid = Fixtures.threeVisitsWithPlan
        installmentPaid.amountDue = .zero
        #expect(installmentPaid.reconciliationProblems == [])
        #expect(StatementWording.demand(installmentPaid) == "Nothing is due right now. Please do not send a payment.")
        #expect(StatementText.render(credit).contains("You have a credit of $25.00."))
        #expect(TextStatement.plain(StatementWording.demand(Fixtures.oneVisitInsured)) == "Please pay $100.03 by October 31, 2026.")
        var autopay = Fixtures.threeVisitsWithPlan
        autopay.plan?.autopay = true
        #expect(TextStatement.plain(StatementWording.demand(autopay))
            .contains("Autopay is on: it will be charged automatically on November 15, 2026."))
    }

    @Test("Dates are printed as patients read them", arguments: [
        ("2026-12-02", "December 2, 2026"), ("2027-01-15", "January 15, 2027"), ("2028-02-29", "February 29, 2028"),
    ])
    func datesInWords(_ iso: String, _ words: String) throws {
        let printed = StatementWording.date(try CalendarDate(parsing: iso))
        #expect(TextStatement.plain(printed) == words)
        #expect(printed.contains("\u{A0}"), "month and day are kept on one line")
    }

    // MARK: - Helpers

    /// The labelled amounts a visit block must print, in the order they add up.
    static func expectedVisitFigures(_ visit: StatementVisit) -> [(String, Money)] {
        var figures: [(String, Money)] = [
            ("Total charges", visit.charges),
            ("Paid by your insurance", -visit.insurancePaid),
            ("Adjustments (amounts you do not owe)", -visit.adjustments),
            ("Payments you made", -visit.patientPaid),
        ]
        if !visit.pendingInsurance.isZero {
            figures.append(("Still with your insurance (not due now)", visit.pendingInsurance))
        }
        figures.append((visit.patientBalance.isNegative ? "YOUR CREDIT FOR THIS VISIT" : "YOUR BALANCE FOR THIS VISIT",
                        visit.patientBalance))
        return figures
    }
}

/// The parts of a rendered text statement a test reads figures from.
struct TextStatement {
    let lines: [String]

    init(_ text: String) { lines = text.components(separatedBy: "\n") }

    /// The lines of the box with the amount due (up to "HOW TO PAY").
    var summary: [String] {
        Array(lines.prefix { !$0.hasPrefix("HOW TO PAY") })
    }

    /// One block of lines per visit, from its heading to the next visit or section.
    var visitBlocks: [[String]] {
        var blocks: [[String]] = []
        for line in lines {
            if line.hasPrefix("VISIT ON ") {
                blocks.append([line])
            } else if line.hasPrefix("WHAT THESE WORDS MEAN") {
                break
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks
    }

    /// The text as one line: box edges dropped, lines joined and runs of spaces made single, so a
    /// test can look for a sentence wherever it was wrapped.
    var flattened: String {
        lines.map { $0.trimming("|* ") }.filter { !$0.isEmpty }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// A rendered phrase as the text letter prints it (no-break spaces as plain spaces).
    static func plain(_ text: String) -> String {
        String(text.map { $0 == "\u{A0}" ? " " : $0 })
    }

    /// The amount at the end of the first line whose text (inside any box edges) starts with `label`.
    static func amount(labelled label: String, in lines: [String]) -> String? {
        for line in lines {
            var content = line.trimming(" ")
            if content.hasPrefix("|") { content = String(content.dropFirst()).trimming(" ") }
            if content.hasSuffix("|") { content = String(content.dropLast()).trimming(" ") }
            if content.hasPrefix(label), let last = content.split(separator: " ").last {
                return String(last)
            }
        }
        return nil
    }
}

/// Figures read back from a rendered HTML statement by their `data-figure` names.
enum HTMLStatement {
    /// The text of the one element marked `data-figure="key"`; nil if there is none or more than one.
    static func figure(_ key: String, in html: String) -> String? {
        let marker = "data-figure=\"\(key)\">"
        let parts = html.components(separatedBy: marker)
        guard parts.count == 2 else { return nil }
        return String(parts[1].prefix { $0 != "<" })
    }

    /// The markup from the first element whose class list starts with `name` to the end of that
    /// element's line group (up to its `</section>` or `</div>`), enough to ask what is inside it.
    static func element(classed name: String, in html: String) -> String? {
        for tag in ["section", "div"] {
            let parts = html.components(separatedBy: "<\(tag) class=\"\(name)\"")
            if parts.count > 1 {
                return parts[1].components(separatedBy: "</\(tag)>").first
            }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

extension Substring {
    func trimming(_ set: String) -> String { String(self).trimming(set) }
}
