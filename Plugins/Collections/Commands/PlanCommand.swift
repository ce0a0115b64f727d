import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle collections plan …`: payment plans, from terms to payoff or default.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Payment plans: create from terms (site limits), pay, add new charges, pay off, and the daily autopay and delinquency run.",
        subcommands: [Create.self, Show.self, List.self, Pay.self, AddCharges.self, Run.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a plan for a guarantor's whole patient balance, within the site's limits (collections.plan.terms).",
            discussion: """
                The installments are exact cents that sum to the balance less the down payment;
                the first ones carry any odd cent. Autopay needs a card token from the gateway
                (never a card number) and the patient's authorization (signed form, electronic
                signature or recorded call, with its reference); a copy goes to the patient
                before the first charge, and a changed amount is charged only 10 days after its
                notice.

                Examples:
                  revcycle collections plan create --guarantor G3 --months 6
                  revcycle collections plan create --guarantor G3 --months 12 --down 100.00 \\
                      --down-method check --down-reference 5512 \\
                    --card-stdin --authorization signed-form:DOC-2231 < card.txt
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "How many monthly installments.") var months: Int
        @Option(help: "A down payment received now.") var down: String?
        @Option(help: "cash, check or card for the down payment.") var downMethod: String?
        @Option(help: "Check number, receipt or gateway charge id of the down payment.") var downReference: String?
        @Option(help: "The first due date (YYYY-MM-DD; default a month from today).") var firstDue: String?
        @Option(help: "The gateway's card token for autopay (a card already on file).") var autopayToken: String?
        @Flag(help: "Read the autopay card from standard input, one line \"NUMBER MM/YY [CVC]\"; it is tokenized at once.") var cardStdin = false
        @Option(help: "How the patient authorized autopay: signed-form:<ref>, electronic-signature:<ref> or recorded-call:<ref>.")
        var authorization: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.plan.create", roles: [.collections])
            let who = try GuarantorID(parsing: guarantor)
            let store = CollectionsStore(database: context.services.database)
            let balance = try store.guarantorPatientBalance(who, site: context.actor.site)
            guard balance > .zero else { throw RevCycleError(.invalidInput, "\(who) owes nothing on the patient side; there is nothing to plan.") }
            let downPayment = try down.map { try Money(parsing: $0) } ?? .zero
            guard !downPayment.isNegative, downPayment < balance else {
                throw RevCycleError(.invalidInput, "A down payment must be at least $0.00 and less than the balance of \(balance).", at: "--down")
            }
            let limits = try PlanCommand.limits(for: who, balance: balance, months: months, downPayment: downPayment, context: context)
            let firstDueDate = try firstDue.map { try CalendarDate(parsing: $0) } ?? PlanCommand.monthAfter(context.today)
            guard firstDueDate > context.today else {
                throw RevCycleError(.invalidInput, "The first installment must be due after today (\(context.today)).", at: "--first-due")
            }
            let terms = PaymentPlanTerms(balance: balance, downPayment: downPayment, installmentCount: months, firstDueDate: firstDueDate)
            let schedule = try limits.policy.makeSchedule(terms)
            var history = PaymentPlanHistory(schedule: schedule)
            var card: String?
            if autopayToken != nil || cardStdin {
                guard let authorization, let (kind, reference) = PlanCommand.evidence(authorization) else {
                    throw RevCycleError(.invalidInput, "Autopay needs the patient's authorization: --authorization signed-form:<ref>, electronic-signature:<ref> or recorded-call:<ref>.",
                                        at: "--authorization")
                }
                let gateway = try context.services.paymentGateway()
                let token = try autopayToken.map { try gateway.card($0) } ?? CardLine.tokenize(readLine(strippingNewline: true), with: gateway)
                card = "\(token.brand) ending \(token.lastFour)"
                history.autopay = AutopayAuthorization(paymentMethod: token, authorizedOn: context.today,
                                                       evidence: .init(kind: kind, reference: reference), schedule: schedule)
            }
            var downSource: (Money, EntrySource, String)?
            if downPayment > .zero {
                guard let method = downMethod, ["cash", "check", "card"].contains(method), let reference = downReference, !reference.isEmpty else {
                    throw RevCycleError(.invalidInput, "A down payment needs --down-method (cash, check or card) and --down-reference.", at: "--down-method")
                }
                downSource = (downPayment, method == "card" ? EntrySource(.gateway, reference: reference) : .user(context.user.name), reference)
            }
            let id = try store.createPlan(for: who, on: context.today, limits: limits, history: history, downPayment: downSource, autopayCard: card,
                                          by: context.actor)
            try PlanCommand.emitSchedule(try store.plan(id, site: context.actor.site), context: context)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A plan's installments, standing and history.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plan (P3).") var plan: String
        @Flag(help: "The plan's events (payments, autopay attempts, notices) instead of its installments.") var history = false

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.plan.show", roles: [.collections])
            let store = CollectionsStore(database: context.services.database)
            let stored = try store.plan(try PlanCommand.number(plan), site: context.actor.site)
            if history {
                var report = Report(columns: ["date", "event", "amount", "detail", "by"])
                for event in try store.planEvents(stored.id) {
                    report.append([.text(event.on), .text(event.kind), event.amount.map { .money($0) } ?? .empty, .text(event.detail), .text(event.by)])
                }
                context.emit(report)
                return
            }
            try PlanCommand.emitSchedule(stored, context: context)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Plans with their standing today.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this guarantor's plans (G3).") var guarantor: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.plan.list", roles: [.collections])
            var report = Report(columns: ["plan", "guarantor", "created", "total", "paid", "remaining", "installments", "autopay", "standing"])
            for plan in try CollectionsStore(database: context.services.database).plans(site: context.actor.site,
                                                                                      guarantor: try guarantor.map { try GuarantorID(parsing: $0) }) {
                let standing = DelinquencyLadder(policy: plan.limits.policy).review(plan.history, on: context.today).standing
                report.append([.text(plan.name), .text(plan.guarantor.description), .text(plan.createdOn.description), .money(plan.history.schedule.total),
                               .money(plan.history.schedule.paid), .money(plan.history.schedule.remaining),
                               .number(Int64(plan.history.schedule.installments.count)),
                               .text(plan.history.autopay.map { "\($0.paymentMethod.brand) \($0.paymentMethod.lastFour)" } ?? "no"),
                               .text(PlanCommand.words(standing))])
            }
            context.emit(report)
        }
    }

    struct Pay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post a payment on a plan (oldest installment first); --payoff pays everything left.",
            discussion: """
                The payment posts to the guarantor's visits, oldest balance first, in the same
                transaction as the plan.

                Examples:
                  revcycle collections plan pay P3 --amount 75.00 --method check --reference \\
                      1189
                  revcycle collections plan pay P3 --payoff --method card --reference ch_88120
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plan (P3).") var plan: String
        @Option(help: "The amount received.") var amount: String?
        @Flag(help: "Pay what is left on the plan.") var payoff = false
        @Option(help: "cash, check or card.") var method: String
        @Option(help: "Check number, receipt or gateway charge id; a repeated reference posts nothing new.") var reference: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.plan.pay", roles: [.collections])
            guard ["cash", "check", "card"].contains(method) else {
                throw RevCycleError(.invalidInput, "\"\(method)\" is not a payment method; expected cash, check or card.", at: "--method")
            }
            guard (amount != nil) != payoff else { throw RevCycleError(.invalidInput, "Give either --amount or --payoff.", at: "--amount") }
            let id = try PlanCommand.number(plan)
            let given = try amount.map { try Money(parsing: $0) }
            if let given, given <= .zero || given > Money.postingLimit {
                throw RevCycleError(.invalidInput, "A payment must be more than $0.00 and at most \(Money.postingLimit).", at: "--amount")
            }
            let store = CollectionsStore(database: context.services.database)
            let changed = try store.changePlan(id, kind: payoff ? "payoff" : "payment", on: context.today, by: context.actor) { history, stored, db in
                let paid = given ?? history.schedule.payoffAmount
                guard paid > .zero else { throw RevCycleError(.conflict, "\(stored.name) is already paid off.") }
                let applied = try history.schedule.apply(PlanPayment(receivedOn: context.today, amount: paid, reference: "\(method):\(reference)"))
                let entry = try CollectionsStore.guarantorPayment(
                    stored.guarantor, amount: paid, source: method == "card" ? EntrySource(.gateway, reference: reference) : .user(context.user.name),
                    key: "collections.plan:\(stored.name):\(method):\(reference)", memo: "plan \(stored.name) payment \(method) \(reference)",
                    date: context.today, in: db)
                let spread = applied.allocations.map { "#\($0.installment) \($0.amount)" }.joined(separator: ", ")
                return (paid, "\(method):\(reference)", "\(paid) to \(spread)" + (applied.unapplied > .zero ? "; \(applied.unapplied) beyond the plan" : ""),
                        [entry])
            }
            try PlanCommand.emitSchedule(changed, context: context)
        }
    }

    struct AddCharges: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-charges",
            abstract: "Fold the guarantor's new patient balance (or a reduction) into the plan by re-amortizing the installments left.",
            discussion: """
                The plan's remaining balance is set to what the guarantor's visits now owe on
                the patient side. Paid installments never change; the difference is spread over
                the open ones (fewer, if an installment would fall below the site minimum).
                With autopay, the new amounts are charged only 10 days after the notice the
                next `plan run` sends.

                Example:
                  revcycle collections plan add-charges P3
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plan (P3).") var plan: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.plan.add-charges", roles: [.collections])
            let store = CollectionsStore(database: context.services.database)
            let changed = try store.changePlan(try PlanCommand.number(plan), kind: "reamortized", on: context.today, by: context.actor) { history, stored, db in
                let owed = try CollectionsStore.patientBalances(of: stored.guarantor, in: db).reduce(Money.zero) { $0 + max($1.owed, .zero) }
                let change = owed - history.schedule.remaining
                guard !change.isZero else {
                    throw RevCycleError(.conflict, "\(stored.name) already covers the guarantor's whole patient balance of \(owed); nothing to add.")
                }
                history.schedule = try history.schedule.reamortized(by: change, on: context.today, reason: "balance now \(owed)",
                                                                    policy: stored.limits.policy)
                return (change, "reamortized:\(history.schedule.revision)",
                        "\(change > .zero ? "added" : "took off") \(change.magnitude); \(history.schedule.openInstallments.count) installment(s) left", [])
            }
            try PlanCommand.emitSchedule(changed, context: context)
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The daily plan run: autopay charges and retries, authorization copies, amount notices, delinquency notices, defaults.",
            discussion: """
                For every plan in force, the delinquency ladder says what is due today: charge
                autopay (through the payment gateway, keyed so a rerun never charges twice),
                retry a decline on the retry days, send the authorization copy or a notice of
                changed amounts, send the delinquency notice once installments are missed past
                grace, and declare the plan in default 30 days later if still unpaid (the
                balance returns to regular collections). Running it twice on one day does
                nothing new.

                Example:
                  revcycle collections plan run
                """)

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.plan.run", roles: [.collections])
            let outcomes = try PlanRun(services: context.services, actor: context.actor, day: context.today).perform()
            var report = Report(columns: ["plan", "guarantor", "action", "amount", "result"])
            for outcome in outcomes {
                report.append([.text(outcome.plan), .text(outcome.guarantor.description), .text(outcome.action), outcome.amount.map { .money($0) } ?? .empty,
                               .text(outcome.result)])
            }
            context.emit(report)
        }
    }

    // MARK: - Shared

    /// The site's limits for this balance from `collections.plan.terms`, with the guarantor's defaults.
    static func limits(for guarantor: GuarantorID, balance: Money, months: Int, downPayment: Money,
                       context: CommandContext) throws -> CollectionsStore.PlanLimits {
        let defaults = try CollectionsStore(database: context.services.database).plans(site: context.actor.site, guarantor: guarantor)
            .filter { $0.history.defaultedOn != nil }.count
        return try context.services.decide("collections.plan.terms", payload: [
            "guarantor": .string(guarantor.description), "balance_cents": .integer(balance.cents),
            "requested_months": .integer(Int64(min(max(months, 1), 120))), "down_payment_cents": .integer(downPayment.cents),
            "prior_defaults": .integer(Int64(defaults)),
        ]) { value in
            CollectionsStore.PlanLimits(
                maximumInstallments: Int(value["max_months"]?.integerValue ?? 12),
                minimumInstallmentCents: value["min_installment_cents"]?.integerValue ?? 2_500,
                minimumDownPaymentCents: value["min_down_payment_cents"]?.integerValue ?? 0,
                reason: value["reason"]?.stringValue ?? "")
        }
    }

    static func evidence(_ text: String) -> (AutopayAuthorization.Evidence.Kind, String)? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = AutopayAuthorization.Evidence.Kind(rawValue: parts[0]), parts[1].count >= 3 else { return nil }
        return (kind, parts[1])
    }

    static func monthAfter(_ day: CalendarDate) -> CalendarDate {
        let month = day.month == 12 ? 1 : day.month + 1
        let year = day.month == 12 ? day.year + 1 : day.year
        let last = (try? MonthlyDueDates.lastDay(ofMonth: month, year: year)) ?? 28
        return (try? CalendarDate(year: year, month: month, day: min(day.day, last))) ?? day.adding(days: 30)
    }

    static func number(_ text: String) throws -> Int64 {
        try RecordNumber.parse(text, prefix: "P", what: "a payment plan")
    }

    static func words(_ standing: PlanStanding) -> String {
        switch standing {
        case .current(let next): next.map { "current; next due \($0)" } ?? "current"
        case .inGrace(let installment, let ends): "installment \(installment) unpaid; grace until \(ends)"
        case .retrying(let installment, let next): "autopay declined for installment \(installment); retry on \(next)"
        case .missed(let installments, let since): "missed installment(s) \(installments.map(String.init).joined(separator: ", ")) since \(since)"
        case .noticeSent(let on, let defaultsOn): "delinquency notice sent \(on); defaults on \(defaultsOn) unless brought current"
        case .defaulted(let on): "defaulted on \(on)"
        case .paidOff: "paid off"
        }
    }

    static func emitSchedule(_ plan: CollectionsStore.StoredPlan, context: CommandContext) throws {
        let schedule = plan.history.schedule
        let standing = DelinquencyLadder(policy: plan.limits.policy).review(plan.history, on: context.today).standing
        if context.format == .table {
            print("\(plan.name) for \(plan.guarantor): \(schedule.total) over \(schedule.installments.count) installment(s); paid \(schedule.paid), "
                  + "remaining \(schedule.remaining); \(words(standing))"
                  + (plan.history.autopay.map { "; autopay \($0.paymentMethod.brand) ending \($0.paymentMethod.lastFour)" } ?? ""))
        }
        var report = Report(columns: ["installment", "due", "amount", "paid", "left"])
        for installment in schedule.installments {
            report.append([.number(Int64(installment.number)), .text(installment.dueDate.description), .money(installment.amount),
                           .money(installment.paid), .money(installment.unpaid)])
        }
        context.emit(report)
    }
}
