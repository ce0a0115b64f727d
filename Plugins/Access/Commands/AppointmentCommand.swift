import Foundation
import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle access appointment schedule|list|show|reschedule|cancel`: the front desk's calendar.
struct AppointmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appointment",
        abstract: "Schedule, list, reschedule, cancel or mark no-shows, with each appointment's pre-registration status.",
        subcommands: [Schedule.self, List.self, Show.self, Reschedule.self, Cancel.self, NoShow.self],
        aliases: ["appointments"])

    static func cells(_ appointment: Appointment, provider: String, readiness: PreRegistration?) -> [Report.Cell] {
        [.text(appointment.id.description), .text(appointment.date.description), .text(appointment.time.description),
         .text(appointment.patient.description), .text(provider), .text(appointment.location),
         .text(appointment.services.map(\.rawValue).joined(separator: " ")), .text(appointment.status.rawValue),
         readiness.map { .text($0.summary) } ?? .empty]
    }

    /// Prints one appointment as a record with its pre-registration status.
    static func emit(_ appointment: Appointment, in context: CommandContext) throws {
        let store = AccessStore(database: context.services.database)
        let readiness = appointment.status == .scheduled ? try store.preRegistration(of: appointment, site: context.actor.site) : nil
        context.emit(.record(zip(columns, cells(appointment, provider: context.providerName(appointment.provider), readiness: readiness))
            .map { ($0, $1) }))
    }

    static let columns = ["appointment", "date", "time", "patient", "provider", "location", "services", "status", "pre-registration"]

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Book an appointment with a provider of the site for planned services.",
            discussion: """
                The provider must be listed under providers: in the site file, and every
                service code in the site's chargemaster (so the visit can be estimated).

                Examples:
                  revcycle access appointment schedule --patient P12 --provider 1003000126 \\
                      --at "2026-12-14 09:30" \\
                    --location "Main St clinic" --services 99213,80053
                  revcycle access appointment schedule --patient P12 --provider 1003000126 \\
                      --at 2026-12-15T14:00 --duration 40 \\
                    --location "Imaging" --services 70553
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The patient (P12).") var patient: String
        @Option(help: "The rendering provider's NPI.") var provider: String
        @Option(help: "Start, \"YYYY-MM-DD HH:MM\" in the site's time zone.") var at: String
        @Option(help: "Minutes booked (5 to 720).") var duration: Int = 20
        @Option(help: "Where the patient should go.") var location: String
        @Option(help: "Planned service codes, comma-separated (99213,80053).") var services: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.appointment.schedule", roles: [.access])
            var problems = FieldProblems()
            let patientID = problems.check(at: "--patient") { try PatientID(parsing: patient) }
            let npi = problems.check(at: "--provider") { try context.provider(provider) }
            let start = problems.check(at: "--at") { try Appointment.parseStart(at) }
            let codes = problems.check(at: "--services") { try context.plannedServices(services) }
            if !(5...720).contains(duration) { problems.add("Expected 5 to 720 minutes; got \(duration).", at: "--duration") }
            let place = location.trimmingCharacters(in: .whitespaces)
            if !(1...60).contains(place.count) { problems.add("A location of 1 to 60 characters is required.", at: "--location") }
            if let start, start.0 < context.today {
                problems.add("\(start.0) is in the past; an appointment starts today or later.", at: "--at")
            }
            try problems.throwIfAny(what: "the appointment")
            guard let patientID, let npi, let start, let codes else { return }
            let appointment = try AccessStore(database: context.services.database).schedule(
                patient: patientID, provider: npi, location: place, date: start.0, time: start.1, durationMinutes: duration,
                services: codes, scheduledOn: context.today, by: context.actor)
            try AppointmentCommand.emit(appointment, in: context)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a day's appointments (or one patient's), with what pre-registration still lacks (audited).",
            discussion: """
                Examples:
                  revcycle access appointment list --date 2026-12-14
                  revcycle access appointment list --patient P12 --format csv
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The day, YYYY-MM-DD (default: today when no --patient).") var date: String?
        @Option(help: "Only this patient's appointments (P12).") var patient: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.appointment.list", roles: [.access])
            let patientID = try patient.map { try PatientID(parsing: $0) }
            let day = try date.map { try CalendarDate(parsing: $0) } ?? (patientID == nil ? context.today : nil)
            let store = AccessStore(database: context.services.database)
            var report = Report(columns: AppointmentCommand.columns)
            for appointment in try store.appointments(on: day, patient: patientID, by: context.actor) {
                let readiness = appointment.status == .scheduled ? try store.preRegistration(of: appointment, site: context.actor.site) : nil
                report.append(AppointmentCommand.cells(appointment, provider: context.providerName(appointment.provider), readiness: readiness))
            }
            if report.rows.isEmpty { report.footer = ["No appointments\(day.map { " on \($0)" } ?? "")."] }
            context.emit(report)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one appointment, its pre-registration checklist and its history (audited).",
            discussion: "Example:\n  revcycle access appointment show V3")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The appointment (V3).") var appointment: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.appointment.show", roles: [.access])
            let store = AccessStore(database: context.services.database)
            let (found, history) = try store.appointment(try AppointmentID(parsing: appointment), by: context.actor)
            let readiness = try store.preRegistration(of: found, site: context.actor.site)
            var fields = zip(AppointmentCommand.columns,
                             AppointmentCommand.cells(found, provider: context.providerName(found.provider), readiness: readiness)).map { ($0, $1) }
            fields.append(("duration", .text("\(found.durationMinutes) min")))
            fields.append(("scheduled on", .text(found.scheduledOn.description)))
            if let account = found.account { fields.append(("account", .text(account.description))) }
            if let reason = found.cancelReason { fields.append(("cancel reason", .text(reason))) }
            for step in readiness.steps { fields.append(("  \(step.name)", .text(step.done ? "done" : "to do: \(step.remedy)"))) }
            for entry in history {
                fields.append(("history", .text("\(CalendarDate(entry.at, in: context.services.site.timeZone)) \(entry.user) \(entry.change): \(entry.detail)")))
            }
            context.emit(.record(fields))
        }
    }

    struct Reschedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a scheduled appointment to another day or time.",
            discussion: "Example:\n  revcycle access appointment reschedule V3 --at \"2026-12-16 10:15\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The appointment (V3).") var appointment: String
        @Option(help: "New start, \"YYYY-MM-DD HH:MM\".") var at: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.appointment.reschedule", roles: [.access])
            let id = try AppointmentID(parsing: appointment)
            let (date, time) = try Appointment.parseStart(at)
            guard date >= context.today else {
                throw RevCycleError(.invalidInput, "\(date) is in the past; an appointment moves to today or later.", at: "--at")
            }
            let moved = try AccessStore(database: context.services.database).reschedule(id, to: date, time: time, by: context.actor)
            try AppointmentCommand.emit(moved, in: context)
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a scheduled appointment; the reason is kept.",
            discussion: "Example:\n  revcycle access appointment cancel V3 --reason \"patient called, feeling \\\n      better\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The appointment (V3).") var appointment: String
        @Option(help: "Why it is cancelled.") var reason: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.appointment.cancel", roles: [.access])
            let why = try context.requiredNote(reason, option: "--reason")
            let cancelled = try AccessStore(database: context.services.database).cancel(try AppointmentID(parsing: appointment),
                                                                                        reason: why, by: context.actor)
            try AppointmentCommand.emit(cancelled, in: context)
        }
    }
}

extension AppointmentCommand {
    struct NoShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "no-show",
            abstract: "Mark that the patient did not come (on or after the appointment's day).",
            discussion: "Example:\n  revcycle access appointment no-show V3 --note \"no answer to the reminder \\\n      call\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The appointment (V3).") var appointment: String
        @Option(help: "What the desk knows (kept in the history).") var note: String = "patient did not come"

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.appointment.no-show", roles: [.access])
            let missed = try AccessStore(database: context.services.database).markNoShow(
                try AppointmentID(parsing: appointment), on: context.today, note: String(note.prefix(200)), by: context.actor)
            try AppointmentCommand.emit(missed, in: context)
        }
    }
}

extension CommandContext {
    /// A provider listed for the site.
    ///
    /// - Throws: `invalidInput` for a bad NPI, `notFound` for one the site does not list.
    func provider(_ text: String) throws -> NationalProviderID {
        let npi = try NationalProviderID(parsing: text, field: "--provider")
        guard services.site.providers[npi] != nil else {
            let known = services.site.providers.values.sorted { $0.npi < $1.npi }.map { "\($0.npi) \($0.name)" }
            throw RevCycleError(.notFound, "Provider \(npi) is not listed for site \(services.site.id)\(known.isEmpty ? "" : "; its providers are \(known.joined(separator: ", "))").",
                                at: "--provider", remedy: "add the provider under providers: in \(SiteConfiguration.fileName(for: services.site.id))")
        }
        return npi
    }

    func providerName(_ npi: NationalProviderID) -> String {
        services.site.providers[npi]?.name ?? npi.digits
    }

    /// Service codes that the site's chargemaster prices.
    func plannedServices(_ text: String) throws -> [ServiceCode] {
        let codes = try text.split(separator: ",").map { try ServiceCode(parsing: String($0), field: "--services") }
        guard (1...20).contains(codes.count) else {
            throw RevCycleError(.invalidInput, "Expected 1 to 20 service codes, comma-separated.", at: "--services")
        }
        let chargemaster = try services.chargemaster()
        for code in codes { _ = try chargemaster.item(code.rawValue) }
        return codes
    }
}
