import ArgumentParser
import RevCycleHost

/// `revcycle access …`: what the front desk does.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Patient access: register and find patients, guarantors, payers and coverage, open encounter accounts.",
        subcommands: [Register.self, Find.self, Show.self, CoverageCommand.self, PayersCommand.self, AppointmentCommand.self,
                      CheckInCommand.self, OpenAccount.self])
}
