import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

extension BillingCommand {
    /// `revcycle billing charge`: one service line on an encounter, posted to the ledger.
    struct Charge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post a charge line to an encounter account: code, modifiers, units, diagnosis pointers, provider.",
            discussion: """
                Without --amount the price comes from the site's chargemaster (price × units).
                The line points to the encounter's diagnoses by position (set them with
                revcycle billing diagnoses). The site's billing.charge.validate policy may
                refuse the charge or warn.

                Examples:
                  revcycle billing charge --account A7 --code 99214 --modifiers 25 \\
                      --diagnosis-pointers 1,2 --payer MEDICARE
                  revcycle billing charge --account A7 --code 36415 --units 1 --self-pay \\
                      --key lab-0412
                  revcycle billing charge --account A7 --code 99392 --amount 210.00 --payer \\
                      AETNA --provider 1003000126
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The encounter account (A7).") var account: String
        @Option(help: "The CPT/HCPCS code.") var code: String
        @Option(help: "Modifiers, comma-separated (25,59).") var modifiers: String?
        @Option(help: "Units (1 to 999).") var units: Int = 1
        @Option(help: "The line's charge (default: chargemaster price × units).") var amount: String?
        @Option(help: "Which of the encounter's diagnoses this line treats, by position (1,2).") var diagnosisPointers: String = "1"
        @Option(help: "The rendering provider's NPI (default: the provider seen at check-in, else the site's first).") var provider: String?
        @Option(help: "The payer billed first (its code).") var payer: String?
        @Flag(help: "The patient pays this charge (no insurance).") var selfPay = false
        @Option(help: "An idempotency key: the same key posts once.") var key: String?

        func validate() throws {
            if (payer == nil) == !selfPay { throw ValidationError("Give exactly one of --payer <code> or --self-pay.") }
            if !(1...999).contains(units) { throw ValidationError("--units must be from 1 to 999.") }
        }

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.charge", roles: [.billing])
            let services = context.services
            let service = try ServiceCode(parsing: code, field: "--code")
            let modifierList = try (modifiers ?? "").split(separator: ",").map { try Modifier(parsing: String($0)) }
            let pointers = try diagnosisPointers.split(separator: ",").map { text in
                guard let pointer = Int(text.trimmingCharacters(in: .whitespaces)), (1...12).contains(pointer) else {
                    throw RevCycleError(.invalidInput, "\"\(text)\" is not a diagnosis position; expected 1 to 12.", at: "--diagnosis-pointers")
                }
                return pointer
            }
            guard (1...4).contains(pointers.count) else {
                throw RevCycleError(.invalidInput, "A line points to 1 to 4 diagnoses.", at: "--diagnosis-pointers")
            }
            let liability: Liability = try payer.map { .insurance(try context.configuredPayer($0)) } ?? .patient
            let accountID = try AccountID(parsing: account)
            let item = try? services.chargemaster().item(service.rawValue)
            let charge: Money
            if let amount {
                charge = try Money(parsing: amount)
            } else if let item {
                charge = item.price * Int64(units)
            } else {
                throw RevCycleError(.invalidInput, "Code \(service) is not in the site's chargemaster, so its price is unknown; give --amount.",
                                    at: "--amount")
            }
            guard charge > .zero, charge <= Money.postingLimit else {
                throw RevCycleError(.invalidInput, "A charge must be above zero and at most \(Money.postingLimit); got \(charge).", at: "--amount")
            }
            let rendering = try renderingProvider(services, account: accountID)
            // Every input is checked before the account is read (a read of patient data is audited).
            let encounter = try services.patients.account(accountID, by: context.actor)
            try review(context: context, account: accountID, code: service.rawValue, charge: charge, liability: liability,
                       serviceDate: encounter.serviceDate)
            let line = ChargeLine(id: 0, account: accountID, code: service, modifiers: modifierList, units: units, amount: charge,
                                  diagnosisPointers: pointers, renderingProvider: rendering, serviceDate: encounter.serviceDate,
                                  revenueCode: item?.revenueCode, liability: liability, entry: nil)
            let entry = try JournalEntry.charge(
                account: accountID, amount: charge, owedBy: liability, source: .user(context.user.name),
                idempotencyKey: context.idempotencyKey(key, action: "billing.charge"),
                memo: ChargeMemo.text(code: service.rawValue, modifiers: modifierList.map(\.rawValue), units: units),
                effectiveDate: encounter.serviceDate)
            let (recorded, repeated, events) = try BillingStore(database: services.database).recordCharge(line, entry: entry, by: context.actor)
            let balances = try services.ledger.balances(of: accountID, by: context.actor)
            context.emit(.record([
                ("entry", .text(recorded.entry?.description ?? "")), ("charge line", .number(recorded.id)),
                ("result", .text(repeated ? "already posted (same key, same request): nothing new" : "posted")),
                ("account", .text(accountID.description)), ("code", .text(service.rawValue)),
                ("modifiers", .text(modifierList.map(\.rawValue).joined(separator: " "))), ("units", .number(Int64(units))),
                ("amount", .money(charge)), ("owed by", .text(liability.description)),
                ("insurance owes", .money(balances.insurance)), ("patient owes", .money(balances.patient)), ("credit", .money(balances.credit)),
            ]))
            EventDelivery(services: services).deliver(events)
        }

        func renderingProvider(_ services: HostServices, account: AccountID) throws -> NationalProviderID {
            if let provider {
                let npi = try NationalProviderID(parsing: provider, field: "--provider")
                guard services.site.providers[npi] != nil else {
                    throw RevCycleError(.notFound, "Provider \(npi) is not listed for site \(services.site.id).", at: "--provider",
                                        remedy: "add the provider under providers: in \(SiteConfiguration.fileName(for: services.site.id))")
                }
                return npi
            }
            // The provider the patient saw (from check-in), else the site's first provider.
            if let seen = try BillingStore(database: services.database).visitProvider(of: account), services.site.providers[seen] != nil {
                return seen
            }
            guard let first = services.site.providers.keys.sorted().first else {
                throw RevCycleError(.configuration, "Site \(services.site.id) lists no providers to render the service.",
                                    at: SiteConfiguration.fileName(for: services.site.id), remedy: "add a providers: section, or give --provider")
            }
            return first
        }

        /// The site's `billing.charge.validate` policy: an error refuses the charge, a warning is shown.
        func review(context: CommandContext, account: AccountID, code: String, charge: Money, liability: Liability,
                    serviceDate: CalendarDate) throws {
            let verdict = try context.services.decide("billing.charge.validate", payload: [
                "account": .string(account.description), "code": .string(code), "amount_cents": .integer(charge.cents),
                "liability": .string(liability.description), "service_date": .string(serviceDate.description),
                "days_since_service": .integer(Int64(serviceDate.days(until: context.today))),
            ])
            let edits = (verdict["edits"]?.arrayValue ?? []).compactMap { edit in
                edit["message"]?.stringValue.map { (severity: edit["severity"]?.stringValue ?? "error", message: $0) }
            }
            if let refusal = edits.first(where: { $0.severity == "error" }) {
                throw RevCycleError(.invalidInput, "Site \(context.actor.site) refuses this charge: \(refusal.message)",
                                    at: "billing.charge.validate", remedy: "correct the charge, or ask the site admin about the rule")
            }
            for warning in edits where warning.severity == "warning" {
                FileHandle.standardError.write(Data("warning: \(warning.message)\n".utf8))
            }
        }
    }

    /// `revcycle billing diagnoses A7 --codes …`: the encounter's ICD-10-CM codes, principal first.
    struct Diagnoses: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an encounter's ICD-10-CM diagnoses in order (the first is the principal), or show them.",
            discussion: """
                Examples:
                  revcycle billing diagnoses A7 --codes E11.9,I10,Z79.4
                  revcycle billing diagnoses A7
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The encounter account (A7).") var account: String
        @Option(help: "The codes, comma-separated, principal first (at most 12).") var codes: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.diagnoses", roles: [.billing])
            let accountID = try AccountID(parsing: account)
            let store = BillingStore(database: context.services.database)
            if let codes {
                let parsed = try codes.split(separator: ",").map { try DiagnosisCode(parsing: String($0), field: "--codes") }
                guard (1...12).contains(parsed.count), Set(parsed).count == parsed.count else {
                    throw RevCycleError(.invalidInput, "Give 1 to 12 different diagnosis codes.", at: "--codes")
                }
                try store.setDiagnoses(parsed, for: accountID, by: context.actor)
            } else {
                _ = try context.services.patients.account(accountID, by: context.actor)
            }
            var report = Report(columns: ["position", "code"])
            for (index, code) in try store.diagnoses(of: accountID).enumerated() {
                report.append([.number(Int64(index + 1)), .text(code.description + (index == 0 ? " (principal)" : ""))])
            }
            context.emit(report)
        }
    }
}
