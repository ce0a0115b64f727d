import ArgumentParser
import RevCycleCore
import RevCycleHost

extension AccessCommand {
    /// `revcycle access open-account`: one account per encounter, under a guarantor.
    struct OpenAccount: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open-account",
            abstract: "Open the account for one encounter (visit) under a guarantor.",
            discussion: "Example:\n  revcycle access open-account --patient P12 --guarantor G4 --service-date \\\n      2026-11-02")

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
