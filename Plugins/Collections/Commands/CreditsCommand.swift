import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle collections credits list|apply|refund|approve|refuse|requests`: patient credit balances.
struct CreditsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credits",
        abstract: "Patient credit balances (overpayments): list them, apply one to the guarantor's other visits, or refund it with a second person's approval.",
        subcommands: [List.self, Apply.self, Refund.self, Approve.self, Refuse.self, Requests.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Visits holding a patient credit, and what each could pay instead of a refund.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.credits.list", roles: [.collections])
            let credits = try CollectionsStore(database: context.services.database).creditBalances(site: context.actor.site)
            var report = Report(columns: ["visit", "guarantor", "credit", "other visits owing", "they owe", "paid by card"])
            for credit in credits {
                report.append([.text(credit.account.description), .text(credit.guarantor.description), .money(credit.credit),
                               .text(credit.openVisits.map(\.account.description).joined(separator: " ")),
                               .money(credit.openVisits.reduce(.zero) { $0 + $1.owed }),
                               .money(credit.cardPayments.reduce(.zero) { $0 + $1.amount })])
            }
            context.emit(report)
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply a visit's credit to the same guarantor's other visits that owe, oldest first (or to one with --to).",
            discussion: """
                One journal entry moves the credit: the credit visit's ar:credit goes down, the
                paid visits' ar:patient goes down by the same total. What is left stays a
                credit (refund it with `credits refund`).

                Example:
                  revcycle collections credits apply --from A7
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The visit holding the credit (A7).") var from: String
        @Option(help: "Only this visit of the same guarantor (A9).") var to: String?
        @Option(help: "At most this much (default: all the credit that can be used).") var amount: String?
        @Option(help: "A key that makes a repeated command post nothing new.") var key: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.credits.apply", roles: [.collections])
            let source = try AccountID(parsing: from)
            let target = try to.map { try AccountID(parsing: $0) }
            let limit = try amount.map { try Money(parsing: $0) }
            if let limit, limit <= .zero { throw RevCycleError(.invalidInput, "The amount must be more than $0.00.", at: "--amount") }
            let idempotencyKey = context.idempotencyKey(key, action: "collections.credit.apply:\(source)")
            try context.post(on: source, building: { moment in
                let credit = -moment.balances[.credit]
                guard credit > .zero else {
                    throw RevCycleError(.invalidInput, "\(source) holds no patient credit.", remedy: "revcycle collections credits list")
                }
                // What refund requests are waiting for stays put: a credit is refunded or applied, never both.
                let pending = try CollectionsStore(database: context.services.database).pendingRefunds(of: source)
                let available = credit - pending
                guard available > .zero else {
                    throw RevCycleError(.conflict, "All of \(source)'s \(credit) credit is waiting for refund approval.",
                                        remedy: "revcycle collections credits requests")
                }
                let candidates = (try CollectionsStore(database: context.services.database)
                    .creditBalances(site: context.actor.site, account: source).first?.openVisits ?? []).filter { target == nil || $0.account == target }
                if let target, candidates.isEmpty {
                    throw RevCycleError(.invalidInput, "\(target) is not another visit of the same guarantor with a patient balance.", at: "--to")
                }
                var left = min(available, limit ?? available)
                var postings: [Posting] = []
                for visit in candidates where left > .zero {
                    let part = min(left, visit.owed)
                    postings.append(Posting(account: visit.account, bucket: .receivable(.patient), amount: -part))
                    left -= part
                }
                let used = postings.reduce(Money.zero) { $0 - $1.amount }
                guard used > .zero else {
                    throw RevCycleError(.invalidInput, "No other visit of this guarantor owes anything; refund the credit instead.",
                                        remedy: "revcycle collections credits refund --account \(source)")
                }
                postings.insert(Posting(account: source, bucket: .receivable(.credit), amount: used), at: 0)
                return [try JournalEntry(source: .user(context.user.name), idempotencyKey: idempotencyKey,
                                         memo: "credit from \(source) applied to " + postings.dropFirst().map(\.account.description).joined(separator: ", "),
                                         effectiveDate: context.today, postings: postings)]
            })
        }
    }

    struct Refund: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask for a refund of a visit's credit; another person approves it (`credits approve`).",
            discussion: "Example:\n  revcycle collections credits refund --account A7 --reason \"Paid twice: \\\n      check and card\"")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The visit holding the credit (A7).") var account: String
        @Option(help: "How much (default: the whole credit).") var amount: String?
        @Option(help: "Why (3 to 200 characters).") var reason: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.credits.refund", roles: [.collections])
            let visit = try AccountID(parsing: account)
            let note = try context.requiredNote(reason, option: "--reason")
            let credit = try context.services.ledger.balances(of: visit, by: context.actor).credit
            let wanted = try amount.map { try Money(parsing: $0) } ?? -credit
            guard wanted > .zero else { throw RevCycleError(.invalidInput, "\(visit) holds no patient credit to refund.", at: "--account") }
            let task = WorkItem(kind: "collections.refund-approval", title: "Approve a refund of \(wanted) from \(visit)",
                                detail: "\(note) (asked by \(context.user.name))", role: .collections, priority: .normal,
                                dueDate: context.today.adding(businessDays: 5), links: WorkItem.Links(account: visit),
                                createdBy: context.user.name, createdAt: context.actor.at)
            let (id, item) = try CollectionsStore(database: context.services.database).requestRefund(account: visit, amount: wanted, reason: note,
                                                                                                     task: task, by: context.actor)
            context.emit(.record([("refund request", .text("RF\(id)")), ("visit", .text(visit.description)), ("amount", .money(wanted)),
                                  ("approval task", .text(item.description)), ("next", .text("another collections user runs: revcycle collections credits approve RF\(id)"))]))
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve a refund request (not your own): back to the card it was paid with, or by check (--check).",
            discussion: """
                A credit paid by card is refunded through the payment gateway to that card,
                newest card payment first. Otherwise give the number of the check you mail
                (--check).

                Examples:
                  revcycle collections credits approve RF3
                  revcycle collections credits approve RF4 --check 10442
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The refund request (RF3).") var request: String
        @Option(help: "Refund by this check number instead of to the card.") var check: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.credits.approve", roles: [.collections])
            let id = try CreditsCommand.requestNumber(request)
            let store = CollectionsStore(database: context.services.database)
            let pending = try store.refundRequest(id, site: context.actor.site)
            if let decision = pending.decision { throw RevCycleError(.conflict, "Refund request RF\(id) was already \(decision).") }
            guard pending.requestedBy != context.user.name else {
                throw RevCycleError(.permissionDenied, "RF\(id) was requested by \(context.user.name); another person must approve it.")
            }
            let credit = try store.creditBalances(site: context.actor.site, account: pending.account).first
            guard let held = credit?.credit, held >= pending.amount else {
                throw RevCycleError(.conflict, "\(pending.account) now holds a credit of \(credit?.credit ?? .zero), less than the \(pending.amount) RF\(id) asks for; refuse it and ask again.",
                                    remedy: "revcycle collections credits refuse RF\(id) --reason \"Credit no longer there\"")
            }
            var method = "check", reference = check ?? ""
            if check == nil {
                guard let charge = credit?.cardPayments.last(where: { $0.amount >= pending.amount }) else {
                    throw RevCycleError(.invalidInput, "No card payment on \(pending.account) covers \(pending.amount); refund it by check.",
                                        at: "--check", remedy: "revcycle collections credits approve RF\(id) --check <number>")
                }
                let refund = try context.services.paymentGateway().refund(chargeID: charge.chargeID, amount: pending.amount,
                                                                          idempotencyKey: "collections.refund:RF\(id)")
                method = "card"
                reference = refund.refundID
            }
            let entry = try JournalEntry.refund(account: pending.account, amount: pending.amount,
                                                source: method == "card" ? EntrySource(.gateway, reference: reference) : .user(context.user.name),
                                                idempotencyKey: "collections.refund:RF\(id)", memo: "refund RF\(id) by \(method) \(reference)",
                                                effectiveDate: context.today)
            _ = try store.decideRefund(id, approve: true, method: method, reference: reference, entry: entry, note: "approved", by: context.actor)
            try CreditsCommand.closeTask(of: id, context: context, note: "approved: \(method) \(reference)")
            context.emit(.record([("refund request", .text("RF\(id)")), ("result", .text("refunded")), ("visit", .text(pending.account.description)),
                                  ("amount", .money(pending.amount)), ("by", .text("\(method) \(reference)"))]))
        }
    }

    struct Refuse: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refuse a refund request, with the reason; the credit stays.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The refund request (RF3).") var request: String
        @Option(help: "Why (3 to 200 characters).") var reason: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.credits.refuse", roles: [.collections])
            let id = try CreditsCommand.requestNumber(request)
            let note = try context.requiredNote(reason, option: "--reason")
            let decided = try CollectionsStore(database: context.services.database).decideRefund(id, approve: false, method: nil, reference: nil,
                                                                                                  entry: nil, note: note, by: context.actor)
            try CreditsCommand.closeTask(of: id, context: context, note: "refused: \(note)")
            context.emit(.record([("refund request", .text("RF\(id)")), ("result", .text("refused")), ("visit", .text(decided.account.description))]))
        }
    }

    struct Requests: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refund requests, newest first, with their decisions.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.credits.requests", roles: [.collections])
            var report = Report(columns: ["request", "visit", "amount", "reason", "asked by", "decision"])
            for request in try CollectionsStore(database: context.services.database).refundRequests(site: context.actor.site) {
                report.append([.text("RF\(request.id)"), .text(request.account.description), .money(request.amount), .text(request.reason),
                               .text(request.requestedBy), .text(request.decision ?? "waiting for approval")])
            }
            context.emit(report)
        }
    }

    static func requestNumber(_ text: String) throws -> Int64 {
        try RecordNumber.parse(text, prefix: "RF", what: "a refund request")
    }

    /// Completes the approval task the request opened.
    static func closeTask(of request: Int64, context: CommandContext, note: String) throws {
        let stored = try CollectionsStore(database: context.services.database).refundRequest(request, site: context.actor.site)
        if let item = stored.workItem { _ = try context.services.workQueue.complete(item, note: note, by: context.actor) }
    }
}
