import Foundation
import RevCycleCore
import Testing
@testable import Counseling

/// The reviewed explanations: each account shape in English and Spanish must print exactly as its
/// expected file, which was read line by line as a patient would read it.
struct ExplanationExpectedOutputTests {
    typealias Fixtures = ExplanationFixtures

    static let cases: [(Fixtures.Shape, ExplanationLanguage)] = Fixtures.all.flatMap { shape in
        Fixtures.languages.map { (shape, $0) }
    }

    @Test("Each account shape's explanation, in English and in Spanish, prints exactly as its reviewed expected file",
          arguments: cases)
    func explanationMatchesReviewedOutput(_ shape: Fixtures.Shape, _ language: ExplanationLanguage) throws {
        let file = Fixtures.expectedFile(shape.name, language.catalog.languageCode)
        let actual = ExplanationText.render(shape.facts, language: language)
        if Fixtures.isRecording {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(file.lastPathComponent) differs at \(Fixtures.firstDifference(actual, expected))")
    }

    @Test("Every reviewed figure sum is consistent: the expected shapes have no discrepancies", arguments: Fixtures.all)
    func reviewedShapesAddUp(_ shape: Fixtures.Shape) {
        #expect(shape.facts.discrepancies.isEmpty, "\(shape.name): \(shape.facts.discrepancies)")
    }
}

extension ExplanationLanguage: CustomTestStringConvertible {
    var testDescription: String { catalog.languageCode }
}
