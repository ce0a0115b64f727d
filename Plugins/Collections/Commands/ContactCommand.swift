import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle collections contact log|check|list|preferences`: the contact log, with Reg F and TCPA
/// rules enforced when an attempt is logged.
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "Log calls, letters, texts, emails and portal messages (refused when a contact rule forbids them), check, list, set preferences.",
        subcommands: [Log.self, Check.self, List.self, Preferences.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log a contact attempt and its outcome; an attempt a rule forbids is refused with the rule's name.",
            discussion: """
                Rules (enforced for contacts we make; a guarantor's own call in is always
                logged):
                  reg-f.call-frequency      no 8th call in 7 consecutive days
                  reg-f.after-conversation  no call in the 7 days after a telephone
                                            conversation
                  reg-f.inconvenient-time   calls, texts, emails, portal messages only
                                            08:00-21:00 where the patient is
                  tcpa.text-consent         texts only with consent in force
                  do-not-contact.<channel>  a channel the guarantor asked us not to use
                  hold.<kind>               a hold that stops collection contact (bankruptcy,
                                            dispute, ...)

                Examples:
                  revcycle collections contact log --guarantor G3 --channel call --outcome \\
                      no-answer
                  revcycle collections contact log --guarantor G3 --channel call --outcome \\
                      promise-to-pay --promise-date 2026-12-15 --promise-amount 150.00 --note \\
                      "Pays on the 15th"
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "call, letter, text, email or portal-message.") var channel: String
        @Option(help: "no-answer, left-message, not-connected, wrong-number, conversation, promise-to-pay, refused-to-pay, letter-mailed or message-sent.")
        var outcome: String
        @Flag(help: "The guarantor contacted us (never refused).") var inbound = false
        @Option(help: "When it happened (ISO-8601 instant; default now).") var at: String?
        @Option(help: "The day the guarantor promised to pay by (YYYY-MM-DD).") var promiseDate: String?
        @Option(help: "The amount promised.") var promiseAmount: String?
        @Option(help: "What was said or done.") var note: String = ""

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.contact.log", roles: [.collections])
            let who = try GuarantorID(parsing: guarantor)
            guard let channel = ContactChannel(rawValue: channel) else {
                throw RevCycleError(.invalidInput, "\"\(channel)\" is not a channel; expected \(ContactChannel.allCases.map(\.rawValue).joined(separator: ", ")).", at: "--channel")
            }
            guard let outcome = ContactOutcome(rawValue: outcome) else {
                throw RevCycleError(.invalidInput, "\"\(outcome)\" is not an outcome; expected \(ContactOutcome.allCases.map(\.rawValue).joined(separator: ", ")).", at: "--outcome")
            }
            var promise: PaymentPromise?
            if outcome == .promiseToPay {
                guard let promiseDate, let promiseAmount else {
                    throw RevCycleError(.invalidInput, "A promise to pay needs --promise-date and --promise-amount.", at: "--outcome")
                }
                let amount = try Money(parsing: promiseAmount)
                guard amount > .zero else { throw RevCycleError(.invalidInput, "A promised amount must be more than $0.00.", at: "--promise-amount") }
                promise = PaymentPromise(payBy: try CalendarDate(parsing: promiseDate), amount: amount)
            }
            let instant = try at.map { text in
                guard let date = SettableWallClock.instant(text) else {
                    throw RevCycleError(.invalidInput, "\"\(text)\" is not an ISO-8601 instant; expected such as 2026-11-29T14:30:00-05:00.", at: "--at")
                }
                return date
            } ?? context.actor.at
            let entry = ContactLogEntry(channel: channel, instant: instant, outcome: outcome, direction: inbound ? .inbound : .outbound, promise: promise)
            let defaults = try ContactDefaults.preferences(of: who, context: context)
            switch try CollectionsStore(database: context.services.database).logContact(entry, note: note, guarantor: who, defaults: defaults,
                                                                                           by: context.actor) {
            case .refused(let refusal):
                throw RevCycleError(.permissionDenied, "Refused by \(refusal.rule.name): \(refusal.message)",
                                    remedy: "try again when the rule allows it, or use another channel")
            case .recorded(let id):
                context.emit(.record([("contact", .text("C\(id)")), ("guarantor", .text(who.description)), ("channel", .text(channel.rawValue)),
                                      ("outcome", .text(outcome.rawValue)), ("promise", .text(promise.map { "\($0.amount) by \($0.payBy)" } ?? ""))]))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say whether each channel may be used for a guarantor now, and if not, which rule and when it may.",
            discussion: "Example:\n  revcycle collections contact check --guarantor G3")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.contact.check", roles: [.collections])
            let who = try GuarantorID(parsing: guarantor)
            let store = CollectionsStore(database: context.services.database)
            let preferences = try store.preferences(of: who, defaults: try ContactDefaults.preferences(of: who, context: context))
            let history = try store.contacts(of: who, site: context.actor.site).map(\.entry)
            let holds = try store.holds(of: who, on: CalendarDate(context.actor.at, in: preferences.timeZone))
            var report = Report(columns: ["channel", "allowed now", "rule", "why", "next allowed"])
            let clock = LocalClock(preferences.timeZone)
            for channel in ContactChannel.allCases {
                let refusals = ContactRules.refusals(channel: channel, at: context.actor.at, history: history, preferences: preferences, holds: holds)
                if refusals.isEmpty {
                    report.append([.text(channel.rawValue), .text("yes"), .empty, .empty, .empty])
                }
                for refusal in refusals {
                    report.append([.text(channel.rawValue), .text("no"), .text(refusal.rule.name), .text(refusal.message),
                                   .text(refusal.nextAllowed.map(clock.describe) ?? "not until this changes")])
                }
            }
            context.emit(report)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A guarantor's contact log, oldest first.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.contact.list", roles: [.collections])
            let who = try GuarantorID(parsing: guarantor)
            let store = CollectionsStore(database: context.services.database)
            let zone = try store.preferences(of: who, defaults: try ContactDefaults.preferences(of: who, context: context)).timeZone
            try context.auditRead("collections.contact.list", detail: who.description)
            var report = Report(columns: ["contact", "when (patient's time)", "channel", "direction", "outcome", "promise", "note", "by"])
            for contact in try store.contacts(of: who, site: context.actor.site) {
                report.append([.text("C\(contact.id)"), .text(LocalClock(zone).describe(contact.entry.instant)),
                               .text(contact.entry.channel.rawValue), .text(contact.entry.direction.rawValue),
                               .text(contact.entry.outcome.rawValue),
                               .text(contact.entry.promise.map { "\($0.amount) by \($0.payBy)" } ?? ""), .text(contact.note),
                               .text(contact.recordedBy)])
            }
            context.emit(report)
        }
    }

    struct Preferences: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a guarantor's time zone, text consent, do-not-contact channels and preferred call hours.",
            discussion: """
                Without a record, the site's time zone applies and the channels the patient
                allowed at registration (revcycle access register --contact) decide consent and
                do-not-contact.

                Example:
                  revcycle collections contact preferences --guarantor G3 --time-zone \\
                      America/Denver --do-not-contact call --call-window 17:00-19:00
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The guarantor (G3).") var guarantor: String
        @Option(help: "IANA time zone where the patient is (America/Chicago).") var timeZone: String?
        @Option(help: "The whole list of channels not to use, comma-separated (call, letter, text, email, portal-message); it replaces the list on record, and \"\" clears it.")
        var doNotContact: String?
        @Option(help: "The day the patient consented to billing texts (YYYY-MM-DD).") var textConsent: String?
        @Flag(help: "The patient revoked text consent today.") var revokeTextConsent = false
        @Option(help: "Hours the patient asked to be called, HH:MM-HH:MM in their time.") var callWindow: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.contact.preferences", roles: [.collections])
            let who = try GuarantorID(parsing: guarantor)
            let store = CollectionsStore(database: context.services.database)
            var stored = try store.storedPreferences(of: who) ?? ContactDefaults.preferences(of: who, context: context)
            if let timeZone { stored.timeZone = timeZone }
            if let doNotContact {
                let channels = doNotContact.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if let wrong = channels.first(where: { ContactChannel(rawValue: $0) == nil }) {
                    throw RevCycleError(.invalidInput, "\"\(wrong)\" is not a channel; expected \(ContactChannel.allCases.map(\.rawValue).joined(separator: ", ")).",
                                        at: "--do-not-contact")
                }
                stored.doNotContact = channels
            }
            if let textConsent {
                let zone = TimeZone(identifier: stored.timeZone) ?? context.services.site.timeZone
                stored.textConsentGiven = LocalClock(zone).startOfDay(try CalendarDate(parsing: textConsent))
                stored.textConsentRevoked = nil
            }
            if revokeTextConsent { stored.textConsentRevoked = context.actor.at }
            if let callWindow {
                let parts = callWindow.split(separator: "-").map(String.init)
                guard parts.count == 2 else {
                    throw RevCycleError(.invalidInput, "\"\(callWindow)\" is not a window; expected HH:MM-HH:MM, such as 17:00-19:00.", at: "--call-window")
                }
                stored.callWindowFrom = parts[0]
                stored.callWindowTo = parts[1]
            }
            try store.setPreferences(stored, of: who, by: context.actor)
            let preferences = try stored.preferences()
            context.emit(.record([("guarantor", .text(who.description)), ("time zone", .text(preferences.timeZone.identifier)),
                                  ("text consent", .text(preferences.textConsent.map { $0.isInForce(at: context.actor.at) ? "yes" : "revoked" } ?? "no")),
                                  ("do not contact", .text(preferences.doNotContact.sorted().map(\.rawValue).joined(separator: ", "))),
                                  ("call window", .text(preferences.callWindow?.description ?? "08:00–21:00 (Regulation F)"))]))
        }
    }
}
