import ArgumentParser
import RevCycleHost

/// `revcycle access …`: what the front desk does.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Patient access: registration, coverage, eligibility, appointments, estimates and check-in collection.",
        subcommands: [Register.self, Find.self, Show.self, CoverageCommand.self, PayersCommand.self, AppointmentCommand.self,
                      EligibilityCommand.self, EstimateCommand.self, CheckInCommand.self, OpenAccount.self])
}
