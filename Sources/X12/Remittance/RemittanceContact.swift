/// A contact of a remittance's payer (PER): a name and up to three ways to reach them.
///
/// `PER*BL*EDI SUPPORT*TE*8005551212*EM*edi@acme.example` is the technical contact every 835 must
/// carry; `PER*CX` the business contact.
///
/// ```swift
/// let support = RemittanceContact(name: "EDI SUPPORT", numbers: [.phone("8005551212"), .email("edi@acme.example")])
/// ```
public struct RemittanceContact: Sendable, Hashable {
    /// A communication number: a qualifier (PER03, PER05, PER07) and the number (PER04, PER06, PER08).
    public struct Number: Sendable, Hashable {
        /// `TE` telephone, `EX` extension, `FX` fax, `EM` email, `UR` web address.
        public var qualifier: String
        public var value: String

        public init(qualifier: String, value: String) {
            self.qualifier = qualifier
            self.value = value
        }

        public static func phone(_ number: String) -> Number { Number(qualifier: "TE", value: number) }
        public static func phoneExtension(_ number: String) -> Number { Number(qualifier: "EX", value: number) }
        public static func fax(_ number: String) -> Number { Number(qualifier: "FX", value: number) }
        public static func email(_ address: String) -> Number { Number(qualifier: "EM", value: address) }
        public static func url(_ address: String) -> Number { Number(qualifier: "UR", value: address) }
    }

    /// PER02.
    public var name: String?
    /// At most three.
    public var numbers: [Number]

    public init(name: String? = nil, numbers: [Number]) {
        self.name = name
        self.numbers = numbers
    }

    /// `PER*<function>*<name>*<qualifier>*<number>…`.
    func segment(function: String) -> X12Segment {
        X12Segment("PER", values: [function, name] + numbers.prefix(3).flatMap { [$0.qualifier, $0.value] })
    }

    init(reading per: X12Segment) {
        let numbers = stride(from: 3, through: 7, by: 2).compactMap { position -> Number? in
            guard let qualifier = per.optional(position) else { return nil }
            return Number(qualifier: qualifier, value: per[position + 1])
        }
        self.init(name: per.optional(2), numbers: numbers)
    }
}
