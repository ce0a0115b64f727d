import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle collections assistance record`: where a guarantor's financial-assistance application
/// stands, as 501(r) needs collections to know it.
struct AssistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assistance",
        abstract: "Record a financial-assistance application's status; collections suspends, resumes or reverses its actions by it.",
        discussion: """
            incomplete or pending   suspends extraordinary actions and places a financial-assistance hold (no escalation)
            approved                per visit, with what the patient owes under the policy (--account, --owes): every action
                                    taken is listed for reversal as a task, and payments above the new amount (from $5.00)
                                    become a refund request; the hold is released
            denied                  releases the hold; actions may resume under the notice rules

            Examples:
              revcycle collections assistance record --guarantor G3 --status pending
              revcycle collections assistance record --guarantor G3 --status approved --account A7 --owes 0.00
            """,
        subcommands: [Record.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the application's status (see `collections assistance --help`).")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "incomplete, pending, approved or denied.") var status: String
        @Option(help: "The visit an approval decides (A7); required with approved.") var account: String?
        @Option(help: "What the patient owes for that visit under the policy; required with approved.") var owes: String?
        @Option(help: "For incomplete: the deadline given for the missing documents (YYYY-MM-DD).") var completeBy: String?
        @Option(help: "The day received or decided (default today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.assistance.record", roles: [.collections, .counseling])
            guard ["incomplete", "pending", "approved", "denied"].contains(status) else {
                throw RevCycleError(.invalidInput, "\"\(status)\" is not a status; expected incomplete, pending, approved or denied.", at: "--status")
            }
            let who = try GuarantorID(parsing: guarantor)
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            let visit = try account.map { try AccountID(parsing: $0) }
            let patientOwes = try owes.map { try Money(parsing: $0) }
            if status == "approved", visit == nil || patientOwes == nil {
                throw RevCycleError(.invalidInput, "An approval decides one visit: give --account and --owes (what the patient owes under the policy).",
                                    at: "--account")
            }
            if let patientOwes, patientOwes.isNegative { throw RevCycleError(.invalidInput, "--owes cannot be negative.", at: "--owes") }
            let store = CollectionsStore(database: context.services.database)
            try store.recordAssistance(guarantor: who, account: visit, status: status, on: day,
                                       completeBy: try completeBy.map { try CalendarDate(parsing: $0) }, patientOwes: patientOwes,
                                       source: "recorded by \(context.user.name)", by: context.actor)
            var done: [String] = []
            let assistanceHolds = try store.holds(site: context.actor.site, guarantor: who)
                .filter { $0.kind == .financialAssistanceApplication && $0.isActive(on: day) }
            switch status {
            case "incomplete", "pending":
                if assistanceHolds.isEmpty {
                    let hold = try CollectionHold(kind: .financialAssistanceApplication, reason: "assistance application \(status) since \(day)", startsOn: day)
                    let id = try store.placeHold(guarantor: who, account: nil, hold, by: context.actor)
                    done.append("hold H\(id) placed until \(hold.expiresOn?.description ?? "released")")
                }
            default:
                for hold in assistanceHolds {
                    _ = try store.releaseHold(hold.id, on: day, reason: "assistance application \(status)", by: context.actor)
                    done.append("hold H\(hold.id) released")
                }
            }
            if status == "approved", let visit, let patientOwes {
                if let charity = try AssistanceCommand.postCharityAdjustment(visit, patientOwes: patientOwes, context: context) {
                    done.append("charity adjustment of \(charity) posted")
                }
                let facts = try store.actionFacts(of: visit, on: day, site: context.actor.site)
                for obligation in ExtraordinaryActionRules.obligationsAfterApproval(facts: facts) {
                    done.append(try AssistanceCommand.follow(obligation, visit: visit, facts: facts, context: context))
                }
            }
            context.emit(.record([("guarantor", .text(who.description)), ("status", .text(status)), ("on", .text(day.description)),
                                  ("then", .text(done.isEmpty ? "nothing else to do" : done.joined(separator: "; ")))]))
        }
    }

    /// Brings what the patient owes on the visit down to `patientOwes`, net of what they paid: the rest
    /// of their share goes to charity, and what they paid above it becomes a credit to refund. One entry,
    /// computed from the balances inside the posting transaction.
    ///
    /// - Returns: the charity amount, or nil when nothing was above the policy amount.
    static func postCharityAdjustment(_ visit: AccountID, patientOwes: Money, context: CommandContext) throws -> Money? {
        let facts = try CollectionsStore(database: context.services.database).actionFacts(of: visit, on: context.today, site: context.actor.site)
        var charity: Money?
        _ = try context.services.ledger.post(on: visit, by: context.actor, building: { moment in
            let owed = max(moment.balances[.patient], .zero)
            let paid = facts.patientPaid
            let stillOwed = max(patientOwes - paid, .zero)
            let overpaid = max(paid - patientOwes, .zero)
            let fromBalance = owed - min(stillOwed, owed)
            let total = fromBalance + overpaid
            guard total > .zero else { return [] }
            charity = total
            var postings = [Posting(account: visit, bucket: .charityAdjustment, amount: total)]
            if fromBalance > .zero { postings.append(Posting(account: visit, bucket: .receivable(.patient), amount: -fromBalance)) }
            if overpaid > .zero { postings.append(Posting(account: visit, bucket: .receivable(.credit), amount: -overpaid)) }
            return [try JournalEntry(source: .user(context.user.name), idempotencyKey: "collections.assistance:\(visit):approved:\(patientOwes.cents)",
                                     memo: "charity adjustment: financial assistance approved, patient owes \(patientOwes)",
                                     effectiveDate: context.today, postings: postings)]
        }, publishing: { _ in [] })
        return charity
    }

    /// Turns an approval's obligation into work: a task to reverse an action, a refund request for money
    /// the patient paid above the new amount (or a task until the adjustment leaves a credit to refund).
    static func follow(_ obligation: AssistanceObligation, visit: AccountID, facts: ExtraordinaryActionFacts, context: CommandContext) throws -> String {
        let store = CollectionsStore(database: context.services.database)
        switch obligation {
        case .reverse(let action):
            let stored = try store.actions(of: visit).first { $0.action.kind == action.kind && !$0.action.isReversed }
            let id = try context.services.workQueue.create(WorkItem(
                kind: "collections.eca-reversal", title: "Reverse \(action.kind.words) on \(visit) (assistance approved)",
                detail: "\(action.kind.reversal); then record it: revcycle collections actions reverse X\(stored?.id ?? 0) --reason ...",
                role: .collections, priority: .high, dueDate: context.today.adding(businessDays: 5),
                links: WorkItem.Links(account: visit), createdBy: context.user.name, createdAt: context.actor.at), by: context.actor)
            return "task \(id) to reverse \(action.kind.rawValue)"
        case .refund(let amount):
            let credit = try context.services.ledger.balances(of: visit, by: context.actor).credit
            let task = WorkItem(kind: "collections.refund-approval", title: "Approve a refund of \(amount) from \(visit)",
                                detail: "assistance approved: the patient paid \(facts.patientPaid) (asked by \(context.user.name))",
                                role: .collections, priority: .high, dueDate: context.today.adding(businessDays: 5),
                                links: WorkItem.Links(account: visit), createdBy: context.user.name, createdAt: context.actor.at)
            if -credit >= amount {
                let (id, _) = try store.requestRefund(account: visit, amount: amount, reason: "assistance approved: refund of overpayment",
                                                      task: task, by: context.actor)
                return "refund request RF\(id) for \(amount)"
            }
            var later = task
            later.title = "Refund \(amount) on \(visit) once the charity adjustment leaves it as a credit"
            let id = try context.services.workQueue.create(later, by: context.actor)
            return "task \(id): refund \(amount) after the charity adjustment"
        }
    }
}
