import ArgumentParser
import Foundation
import RevCycleCore

/// `revcycle simulate`: a deterministic simulated clinic that drives every module through its real commands.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a simulated clinic for N days through every module's real commands (deterministic by --seed).",
        discussion: """
            Creates a RevCycle home in --out (config/ and Scripts/ copied from --from, a
            settable clock, one user per role), then walks the days: registrations,
            eligibility and coverage discovery, appointments and walk-ins, estimates and
            good-faith estimates, check-in card copays, charges, claims scrubbed and sent
            to the sandbox payer (999, 277CA, 835 read back), denials corrected and
            appealed, claim status inquiries (276), secondary claims, statements, payment
            plans with autopay (and defaults), assistance applications, calls, texts and
            emails within the contact rules, agency placement when 501(r) allows, credits
            applied and refunded. The run folder keeps the X12 files, statements,
            dashboard.html and the database: point any command at it with --home or
            REVCYCLE_HOME.

            The run ends with its checks: ledger verify, audit verify and each KPI within
            the range the sandbox payer is configured for (runs of up to 120 days); a
            failed check exits 3.

            Examples:
              revcycle simulate --days 30 --patients 60 --seed 1 --out simulation-run
            """)

    @Option(help: "Days to simulate.") var days = 30
    @Option(help: "Patients who come over the run.") var patients = 60
    @Option(help: "The seed every choice follows from.") var seed: UInt64 = 1
    @Option(help: "The site the clinic is.") var site = "default"
    @Option(help: "The run folder (replaced if it holds an earlier run).") var out = "simulation-run"
    @Option(help: "The first simulated day, YYYY-MM-DD.") var start = "2026-01-05"
    @Option(help: ArgumentHelp("The folder holding config/ and Scripts/ to start from (default: the current folder).",
                               valueName: "folder"))
    var from: String?

    func validate() throws {
        guard (1...366).contains(days) else { throw ValidationError("--days must be from 1 to 366.") }
        guard (1...10_000).contains(patients) else { throw ValidationError("--patients must be from 1 to 10000.") }
    }

    func run() throws {
        let startDate = try CalendarDate(parsing: start)
        let simulation = ClinicSimulation(
            days: days, patientCount: patients, seed: seed, site: site,
            runFolder: URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL,
            source: URL(fileURLWithPath: from ?? FileManager.default.currentDirectoryPath), start: startDate)
        do {
            try simulation.run()
        } catch let error as SimulationError where error.isFailedCheck {
            throw RevCycleError(.integrity, "The simulation's checks failed: \(error.message)",
                                remedy: "the run folder keeps the database to look into: REVCYCLE_HOME=\(simulation.runFolder.path) revcycle analytics kpis")
        } catch let error as SimulationError {
            throw RevCycleError(.conflict, "The simulation stopped: \(error.message)",
                                remedy: "the run folder keeps everything up to that step: REVCYCLE_HOME=\(simulation.runFolder.path) revcycle ledger show G1")
        }
    }
}
