import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import X12

/// `revcycle x12 inspect FILE`: any X12 file as a readable tree. A file tool: it needs no
/// database, no site and no `revcycle init`, and it records no audit row (nothing is read from the store).
struct X12Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "x12",
        abstract: "Read X12 EDI files (270/271, 276/277, 277CA, 835, 837P, 999) as labelled, decoded trees.",
        subcommands: [Inspect.self])

    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an X12 file's envelope, loops and segments, every element labelled and decoded.",
            discussion: """
                Works on any 5010 interchange, with the delimiters its ISA declares. Loops
                carry the implementation guide's names (835 2100 Claim Payment Information,
                837P 2000B Subscriber Hierarchical Level); codes, amounts and dates are decoded
                (CLP02 Claim status:
                1 (processed as primary)). Needs no database: the global options other than
                --format are
                ignored.

                Examples:
                  revcycle x12 inspect inbox/era-20261116.835
                  revcycle x12 inspect outbox/claims-0042.837 --format json | jq \\
                      '.groups[0].sets[0].content'
                  revcycle x12 inspect ack.999 --format csv > ack.csv
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp("The X12 file to read.", valueName: "file")) var file: String

        func run() throws {
            let inspection = try Self.inspect(file)
            switch options.format {
            case .table: print(inspection.outline)
            case .json: print(try Self.json(inspection))
            case .csv: print(Self.report(inspection).render(as: .csv))
            }
        }

        /// Reads and lays out the file, turning what goes wrong into a ``RevCycleError`` naming the file.
        static func inspect(_ path: String) throws -> X12Inspection {
            let url = URL(fileURLWithPath: path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RevCycleError(.notFound, "The file does not exist or cannot be read.", at: path,
                                    remedy: "check the path; it is relative to the current folder")
            }
            do {
                return try X12Inspection(parsing: [UInt8](data))
            } catch {
                var location = [path]
                if let spot = error.location {
                    if !spot.description.isEmpty { location.append(spot.description) }
                    if let offset = spot.byteOffset, spot.segmentOrdinal != nil { location.append("byte \(offset)") }
                }
                throw RevCycleError(.malformedInput, "The file is not a well-formed X12 interchange: \(error.message).",
                                    at: location.joined(separator: ", "),
                                    remedy: "ask the sender for a corrected file; the position above shows where reading stopped",
                                    cause: error.code.name)
            }
        }

        static func json(_ inspection: X12Inspection) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(inspection), as: UTF8.self)
        }

        /// One row per element of every set, with the loop path it stands in (`2000/2100/2110`).
        static func report(_ inspection: X12Inspection) -> Report {
            var report = Report(columns: ["group", "set", "loop", "segment", "ordinal", "element", "name", "value", "meaning"])
            func add(_ segment: X12Inspection.Segment, group: String, set: String, loop: String) {
                for element in segment.elements {
                    report.append([
                        .text(group), .text(set), .text(loop), .text(segment.id), segment.ordinal.map { .number(Int64($0)) } ?? .empty,
                        .text(element.reference), .text(element.name ?? ""), .text(element.value), .text(element.meaning ?? ""),
                    ])
                }
            }
            func add(_ node: X12Inspection.Node, group: String, set: String, loop: String) {
                switch node {
                case .segment(let segment): add(segment, group: group, set: set, loop: loop)
                case .loop(let inner):
                    let path = loop.isEmpty ? inner.id : loop + "/" + inner.id
                    for child in inner.content { add(child, group: group, set: set, loop: path) }
                }
            }
            for group in inspection.groups {
                for set in group.sets {
                    add(set.header, group: group.controlNumber, set: set.controlNumber, loop: "")
                    for node in set.content { add(node, group: group.controlNumber, set: set.controlNumber, loop: "") }
                    add(set.trailer, group: group.controlNumber, set: set.controlNumber, loop: "")
                }
            }
            return report
        }
    }
}
