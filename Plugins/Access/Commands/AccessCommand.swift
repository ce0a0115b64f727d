import ArgumentParser
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle access …`: what the front desk does.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Patient access: register patients and guarantors, open encounter accounts.",
        subcommands: [Register.self, OpenAccount.self])

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a patient with a site MRN, and their guarantor (the patient unless given).",
            discussion: """
                Examples:
                  revcycle access register --mrn 100234 --family Rivera --given Ana --birth-date 1984-03-09
                  revcycle access register --mrn 100235 --family Rivera --given Leo --birth-date 2019-07-21 --guarantor G4
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The medical record number, unique within the site.") var mrn: String
        @Option(help: "Family (last) name.") var family: String
        @Option(help: "Given (first) name.") var given: String
        @Option(help: "Date of birth, YYYY-MM-DD.") var birthDate: String
        @Option(help: "An existing guarantor (G4) responsible for this patient; default: the patient.") var guarantor: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.register", roles: [.access])
            let birth = try CalendarDate(parsing: birthDate)
            guard birth <= CalendarDate(context.actor.at, in: context.services.site.timeZone) else {
                throw RevCycleError(.invalidInput, "The date of birth \(birth) is in the future.")
            }
            let existingGuarantor = try guarantor.map(GuarantorID.init(parsing:))
            if let existingGuarantor { _ = try context.services.patients.guarantor(existingGuarantor, by: context.actor) }
            let today = context.today
            let age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day) ? 1 : 0)
            let verdict = try context.services.decide("access.registration.validate", payload: [
                "mrn": .string(mrn), "family_name": .string(family), "given_name": .string(given),
                "birth_date": .string(birth.description), "age_years": .integer(Int64(age)), "site": .string(context.actor.site),
                "has_separate_guarantor": .bool(existingGuarantor != nil),
            ])
            let problems = verdict["errors"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if !problems.isEmpty {
                throw RevCycleError(.invalidInput, "Site \(context.actor.site) does not accept this registration: \(problems.joined(separator: " "))",
                                    at: "access.registration.validate", remedy: "correct the registration and try again")
            }
            let patient = try context.services.patients.addPatient(
                mrn: mrn, familyName: family, givenName: given, birthDate: birth, by: context.actor)
            let responsible = try existingGuarantor
                ?? context.services.patients.addGuarantor(name: "\(given) \(family)", patient: patient.id, by: context.actor).id
            context.emit(.record([("patient", .text(patient.id.description)), ("mrn", .text(patient.mrn)),
                                  ("guarantor", .text(responsible.description))]))
        }
    }

    struct OpenAccount: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open-account",
            abstract: "Open the account for one encounter (visit) under a guarantor.",
            discussion: "Example:\n  revcycle access open-account --patient P12 --guarantor G4 --service-date 2026-11-02")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The patient seen (P12).") var patient: String
        @Option(help: "The guarantor responsible (G4).") var guarantor: String
        @Option(help: "The date of service, YYYY-MM-DD.") var serviceDate: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.open-account", roles: [.access])
            let account = try context.services.patients.openAccount(
                guarantor: try GuarantorID(parsing: guarantor), patient: try PatientID(parsing: patient),
                serviceDate: try CalendarDate(parsing: serviceDate), by: context.actor)
            context.emit(.record([("account", .text(account.id.description)), ("guarantor", .text(account.guarantor.description)),
                                  ("patient", .text(account.patient.description)),
                                  ("service date", .text(account.serviceDate.description))]))
        }
    }
}
