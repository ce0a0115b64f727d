import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle tasks list|show|take|done|reassign|add`: the work queue the roles share.
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Work the shared queue: denials, eligibility failures, applications missing documents, script errors.",
        subcommands: [List.self, Show.self, Take.self, Done.self, Reassign.self, Add.self])

    static let staff: Set<Role> = Set(Role.allCases)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List open work for your roles, most urgent first.",
            discussion: """
                Examples:
                  revcycle tasks list
                  revcycle tasks list --role billing
                  revcycle tasks list --mine --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this role's queue.") var role: String?
        @Flag(help: "Only tasks assigned to you.") var mine = false
        @Flag(help: "Include done and cancelled tasks.") var all = false

        func run() throws {
            let context = try CommandContext.open(options, action: "tasks.list", roles: TasksCommand.staff)
            let role = try role.map(Role.init(parsing:))
            let filter = WorkQueueFilter(role: role, assignee: mine ? context.user.name : nil,
                                         statuses: all ? [] : [.open, .inProgress])
            let visible = try context.services.workQueue.items(matching: filter, site: context.actor.site).filter { item in
                context.user.holds(.admin) || context.user.roles.contains(item.role) || item.assignee == context.user.name
            }
            var report = Report(columns: ["task", "priority", "due", "role", "assignee", "status", "kind", "about", "title"])
            for item in visible {
                report.append([
                    .text(item.id?.description ?? ""), .text(item.priority.name), .text(item.dueDate?.description ?? ""),
                    .text(item.role.rawValue), .text(item.assignee ?? ""), .text(item.status.rawValue), .text(item.kind),
                    .text(TasksCommand.about(item.links)), .text(item.title),
                ])
            }
            context.emit(report)
        }
    }

    static func about(_ links: WorkItem.Links) -> String {
        [links.patient?.description, links.account?.description, links.claim.map { "claim \($0)" }]
            .compactMap { $0 }.joined(separator: " ")
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a task and its history.", discussion: "Example:\n  revcycle tasks show T5")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The task (T5).") var task: String

        func run() throws {
            let context = try CommandContext.open(options, action: "tasks.show", roles: TasksCommand.staff)
            let (item, history) = try context.services.workQueue.item(try WorkItemID(parsing: task), by: context.actor)
            let formatter = ISO8601DateFormatter()
            var report = Report.record([
                ("task", .text(item.id?.description ?? "")), ("title", .text(item.title)), ("kind", .text(item.kind)),
                ("status", .text(item.status.rawValue)), ("priority", .text(item.priority.name)),
                ("due", .text(item.dueDate?.description ?? "")), ("role", .text(item.role.rawValue)),
                ("assignee", .text(item.assignee ?? "")), ("about", .text(TasksCommand.about(item.links))),
                ("created by", .text(item.createdBy)), ("detail", .text(item.detail)),
            ])
            if context.format == .table {
                report.footer = ["History:"] + history.map {
                    "  \(formatter.string(from: $0.at))  \($0.actor)  \($0.action)\($0.note.isEmpty ? "" : ": \($0.note)")"
                }
            }
            context.emit(report)
        }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a task from your queue: it is yours and in progress.", discussion: "Example:\n  revcycle tasks take T5")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The task (T5).") var task: String

        func run() throws {
            let context = try CommandContext.open(options, action: "tasks.take", roles: TasksCommand.staff)
            let id = try WorkItemID(parsing: task)
            let (item, _) = try context.services.workQueue.item(id, by: context.actor)
            guard context.user.roles.contains(item.role) || context.user.holds(.admin) else {
                try context.services.audit.record(action: "tasks.take", outcome: .denied, patient: item.links.patient,
                                                  account: item.links.account, detail: "task \(id) is for \(item.role)",
                                                  by: context.actor)
                throw RevCycleError(.permissionDenied, "Task \(id) is in the \(item.role) queue, and \(context.user.name) does not hold that role.",
                                    remedy: "ask someone in \(item.role), or an admin can reassign it")
            }
            let taken = try context.services.workQueue.take(id, by: context.actor)
            print("\(id) is yours: \(taken.title)")
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a task done, with a note of what was done.",
            discussion: "Example:\n  revcycle tasks done T5 --note \"Corrected member id, claim resubmitted\"")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The task (T5).") var task: String
        @Option(help: "What was done.") var note = ""

        func run() throws {
            let context = try CommandContext.open(options, action: "tasks.done", roles: TasksCommand.staff)
            let item = try context.services.workQueue.complete(try WorkItemID(parsing: task), note: note, by: context.actor)
            print("\(task.uppercased()) is done: \(item.title)")
        }
    }

    struct Reassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hand a task to another person or another role's queue.",
            discussion: """
                Examples:
                  revcycle tasks reassign T5 --to jchen
                  revcycle tasks reassign T5 --role counseling --note "Patient asked about \\
                      assistance"
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The task (T5).") var task: String
        @Option(help: "The user to give it to.") var to: String?
        @Option(help: "The role queue to move it to.") var role: String?
        @Option(help: "Why.") var note = ""

        func validate() throws {
            if to == nil && role == nil { throw ValidationError("Give --to <user>, --role <role>, or both.") }
        }

        func run() throws {
            let context = try CommandContext.open(options, action: "tasks.reassign", roles: TasksCommand.staff)
            let item = try context.services.workQueue.reassign(
                try WorkItemID(parsing: task), toUser: to, toRole: try role.map(Role.init(parsing:)), note: note,
                by: context.actor)
            print("\(task.uppercased()) is now with \(item.assignee ?? "the \(item.role) queue").")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a task by hand for a role or a person.",
            discussion: """
                Example:
                  revcycle tasks add --role counseling --title "Patient asked about \\
                      assistance" --account A7 --priority high --due 2026-12-04
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The role whose queue gets it.") var role: String
        @Option(help: "A short title.") var title: String
        @Option(help: "More detail (no clinical notes).") var detail = ""
        @Option(help: "1-5 or urgent, high, normal, low, someday.") var priority = "normal"
        @Option(help: "Due date, YYYY-MM-DD.") var due: String?
        @Option(help: "The account it is about (A7).") var account: String?
        @Option(help: "A person to assign it to.") var assignee: String?

        func run() throws {
            let context = try CommandContext.open(options, action: "tasks.add", roles: TasksCommand.staff)
            var links = WorkItem.Links()
            if let account {
                let found = try context.services.patients.account(try AccountID(parsing: account), by: context.actor)
                links = WorkItem.Links(patient: found.patient, account: found.id)
            }
            let item = WorkItem(kind: "manual", title: title, detail: detail, role: try Role(parsing: role),
                                assignee: assignee, priority: try WorkItem.Priority(parsing: priority),
                                dueDate: try due.map(CalendarDate.init(parsing:)), links: links,
                                createdBy: context.user.name, createdAt: context.actor.at)
            let id = try context.services.workQueue.create(item, by: context.actor)
            print("Created \(id) for the \(item.role) queue.")
        }
    }
}
