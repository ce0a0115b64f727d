import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle access check-in V3`: the patient arrives; collect what is due and open the visit's account.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-in",
        abstract: "Check a patient in: show the amount due, take the payment, open the visit's account, print a receipt.",
        discussion: """
            The amount due is the copay (from the eligibility answer on file), the
            guarantor's earlier balance and any deposit, as the site's
            access.checkin.amount_due policy decides. Without --pay the command only shows
            the amount due. Collecting less than is due needs --not-collected with the
            reason.

            A card is read from standard input as one line, "NUMBER MM/YY [CVC]", and goes
            only to the card gateway: RevCycle keeps the gateway's token, the brand and the
            last four digits, never the number. A declined card records nothing (exit 76);
            try another card or another method. Running the same check-in again after a
            failure never charges the card twice.

            Examples:
              revcycle access check-in V3
              echo "4242424242424242 12/29 123" | revcycle access check-in V3 --pay card
              --card-stdin
              revcycle access check-in V3 --pay cash --amount 30.00 --reference R-1182
              revcycle access check-in V3 --not-collected "patient will pay by phone today"
            """)

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case cash, check, card
    }

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The appointment (V3).") var appointment: String
    @Option(help: "How the patient pays: cash, check or card.") var pay: Method?
    @Option(help: "The amount paid (default: the amount due).") var amount: String?
    @Option(help: "The cash receipt number or the check number.") var reference: String?
    @Flag(help: "Read the card from standard input: \"NUMBER MM/YY [CVC]\".") var cardStdin = false
    @Option(help: "A card token already issued by the gateway (a card on file).") var cardToken: String?
    @Option(help: "Why the amount due was not (fully) collected.") var notCollected: String?

    func validate() throws {
        if pay == .card, cardStdin == (cardToken != nil) {
            throw ValidationError("A card payment needs exactly one of --card-stdin or --card-token.")
        }
        if pay != .card, cardStdin || cardToken != nil {
            throw ValidationError("--card-stdin and --card-token go with --pay card.")
        }
        if pay == .cash || pay == .check, reference == nil {
            throw ValidationError("A \(pay!.rawValue) payment needs --reference (the receipt or check number).")
        }
        if pay == nil, amount != nil { throw ValidationError("--amount goes with --pay.") }
    }

    func run() throws {
        let context = try CommandContext.open(options, module: "access", action: "access.checkin", roles: [.access])
        let id = try AppointmentID(parsing: appointment)
        let store = AccessStore(database: context.services.database)
        let (visit, _) = try store.appointment(id, by: context.actor)
        guard visit.status == .scheduled else {
            throw RevCycleError(.conflict, "Appointment \(id) is \(visit.status.rawValue); only a scheduled appointment can be checked in.")
        }
        guard visit.date == context.today else {
            throw RevCycleError(.conflict, "Appointment \(id) is on \(visit.date); check-in happens on the day of the visit (today is \(context.today)).",
                                remedy: "revcycle access appointment reschedule \(id) --at \"\(context.today) HH:MM\"")
        }
        let due = try amountDue(for: visit, store: store, context: context)
        guard pay != nil || notCollected != nil || due.total.isZero else {
            context.emit(Self.dueReport(due, for: visit))
            return
        }
        let paid = try amount.map { try Money(parsing: $0) } ?? due.total
        if pay != nil {
            guard paid > .zero, paid <= due.total else {
                throw RevCycleError(.invalidInput, "The amount must be from 0.01 to the amount due, \(due.total); got \(paid).",
                                    at: "--amount", remedy: "take other payments with revcycle collections payment")
            }
        }
        let reason = notCollected?.trimmingCharacters(in: .whitespaces)
        if (pay == nil ? Money.zero : paid) < due.total, (reason?.count ?? 0) < 3 {
            throw RevCycleError(.invalidInput, "\(due.total - (pay == nil ? .zero : paid)) of the \(due.total) due would not be collected; say why with --not-collected.",
                                at: "--not-collected")
        }
        let payment = try pay.map { try take($0, amount: paid, for: visit, context: context) }
        let record = try store.checkIn(id, due: due, payment: payment, notCollectedReason: reason, on: context.today, by: context.actor)
        EventDelivery(services: context.services).deliver(record.events)
        context.emit(Self.receipt(record, facility: context.services.site.facility?.name ?? context.services.site.name))
    }

    /// Asks the site's policy for the amount due, from the copay on file, the prior balance and the estimate.
    func amountDue(for visit: Appointment, store: AccessStore, context: CommandContext) throws -> AmountDue {
        let coverage = try context.services.coverage.coverages(of: visit.patient, by: context.actor)
            .first { $0.priority == .primary && $0.isActive(on: visit.date) }
        let serviceType = try context.services.chargemaster().item(visit.services[0].rawValue).serviceType
        let benefits = try coverage.flatMap { try store.verifiedBenefits(for: $0, on: visit.date) }
        let copay = benefits.flatMap { $0.copay(for: serviceType) } ?? .zero
        let (_, prior, _) = try store.priorBalance(of: visit.patient, site: context.actor.site)
        let estimate = try store.latestEstimate(for: visit.id)?.patientShare ?? .zero
        let patient = try context.services.patients.patient(visit.patient, by: context.actor)
        let basis = AmountDue.Basis(copay: copay, copayVerified: benefits != nil, priorBalance: prior, estimate: estimate,
                                    selfPay: coverage == nil)
        return try context.services.decide("access.checkin.amount_due", payload: [
            "appointment": .string(visit.id.description), "patient": .string(visit.patient.description),
            "age_years": .integer(Int64(patient.birthDate.age(on: context.today))), "self_pay": .bool(basis.selfPay),
            "copay_cents": .integer(copay.cents), "copay_verified": .bool(basis.copayVerified),
            "prior_balance_cents": .integer(prior.cents), "estimate_cents": .integer(estimate.cents),
            "services": .array(visit.services.map { .string($0.rawValue) }),
        ]) { decision in
            func cents(_ field: String) -> Money { Money(cents: decision[field]?.integerValue ?? 0) }
            return try AmountDue(decided: cents("copay_cents"), priorBalance: cents("prior_balance_cents"),
                                 deposit: cents("deposit_cents"), note: decision["note"]?.stringValue ?? "", basis: basis)
        }
    }

    /// Takes the payment: cash and checks as given, cards through the gateway (a decline stops here).
    func take(_ method: Method, amount: Money, for visit: Appointment, context: CommandContext) throws -> DeskPayment {
        switch method {
        case .cash: return .cash(amount, receipt: reference ?? "")
        case .check: return .check(amount, number: reference ?? "")
        case .card:
            let gateway = try context.services.paymentGateway()
            let token: CardToken
            if let cardToken {
                token = try gateway.card(cardToken)
            } else {
                token = try CardLine.tokenize(readLine(strippingNewline: true), with: gateway)
            }
            // A charge approved for this visit by an earlier attempt whose posting failed is posted, not repeated.
            if let earlier = try gateway.approvedCharges(reference: visit.id.description).first,
               earlier.card.fingerprint != token.fingerprint || earlier.amount != amount {
                throw RevCycleError(
                    .conflict,
                    "\(earlier.card) was already charged \(earlier.amount) for \(visit.id) (\(earlier.chargeID)) by an attempt that recorded nothing; charging again would take the money twice.",
                    remedy: "check in again with --amount \(earlier.amount.plainText) and the same card to post that charge, or refund it first")
            }
            // One key per visit, amount and card: running the check-in again after a failure finds the
            // first charge instead of charging again; another card is another attempt.
            let charge = try gateway.charge(ChargeRequest(
                token: token.token, amount: amount,
                idempotencyKey: "access.checkin:\(context.actor.site):\(visit.id):\(amount.cents):\(token.fingerprint)",
                reference: visit.id.description))
            if case .declined(let reason) = charge.outcome {
                try context.services.audit.record(action: "access.checkin.card", outcome: .denied, patient: visit.patient, account: nil,
                                                  detail: "\(charge.card) declined: \(reason.rawValue), \(charge.chargeID)", by: context.actor)
                throw RevCycleError(.paymentDeclined, "\(charge.card) was declined (\(reason.rawValue)): \(reason.explanation) Nothing was recorded.",
                                    remedy: "use another card, pay by cash or check, or check in with --not-collected \"reason\"")
            }
            return .card(charge)
        }
    }

    static func dueReport(_ due: AmountDue, for visit: Appointment) -> Report {
        var report = Report.record([("appointment", .text(visit.id.description)), ("copay", .money(due.copay)),
                                    ("prior balance", .money(due.priorBalance)), ("deposit", .money(due.deposit)),
                                    ("amount due", .money(due.total)), ("why", .text(due.note))])
        report.footer = ["Nothing was recorded. Check in with --pay cash|check|card, or --not-collected \"reason\"."]
        return report
    }

    static func receipt(_ record: CheckInRecord, facility: String) -> Report {
        var fields: [(String, Report.Cell)] = [
            ("receipt", .text("\(facility) — check-in \(record.appointment.id)")),
            ("visit", .text("\(record.appointment.date) \(record.appointment.time)")), ("account", .text(record.account.description)),
            ("copay", .money(record.due.copay)), ("prior balance", .money(record.due.priorBalance)), ("deposit", .money(record.due.deposit)),
            ("amount due", .money(record.due.total)),
        ]
        if let payment = record.payment {
            var how = payment.method
            if case .card(let charge) = payment, case .approved(let code) = charge.outcome {
                how = "\(charge.card), authorization \(code)"
            }
            fields.append(("paid", .money(payment.amount)))
            fields.append(("paid by", .text("\(how) (ref \(payment.reference))")))
            for (account, part) in record.appliedToPriorAccounts { fields.append(("  to earlier visit \(account)", .money(part))) }
            if record.appliedToVisit > .zero { fields.append(("  held for this visit", .money(record.appliedToVisit))) }
        } else {
            fields.append(("paid", .money(.zero)))
        }
        if let reason = record.notCollectedReason { fields.append(("not collected", .text(reason))) }
        if !record.due.note.isEmpty { fields.append(("policy", .text(record.due.note))) }
        return .record(fields)
    }
}
