extension ExplanationCatalog {
    /// Spanish: neutral Latin-American Spanish, addressing the patient as *usted*.
    ///
    /// Terms are the ones US health plans use in their Spanish notices: *deducible*, *coseguro*,
    /// *copago*, *reclamación*, *apelación*, *asistencia financiera*, *plan de pagos*, *estimado de
    /// buena fe*. Amounts stay as US hospitals print them (`$1,234.56`), and dates are written out
    /// (`20 de noviembre de 2026`).
    static let spanish = ExplanationCatalog(languageCode: "es", messages: spanishMessages.merging(
        spanishReasons.map { (adjustmentReasonID($0.key), $0.value) }
            + spanishRemarks.map { (remarkID($0.key), $0.value) }
            + spanishMonths.enumerated().map { (monthID($0.offset + 1), $0.element) },
        uniquingKeysWith: { first, _ in first }))

    private static let spanishMessages: [String: String] = [
        // Encabezado
        "title": "Su factura, explicada",
        "header.questions": "¿Tiene preguntas? Llame al {phone}.",
        "header.patient": "Paciente: {name}",
        "header.visit-date": "Fecha de la visita: {date}",
        "header.account": "Número de cuenta: {account}",
        "header.explained-on": "Fecha de esta explicación: {date}",
        "header.language-unavailable":
            "Todavía no tenemos esta explicación en su idioma, por eso está en inglés. Llame al {phone} y se la"
            + " explicaremos en su idioma, sin costo.",
        "date.format": "{day} de {month} de {year}",

        // Lo que se cobró
        "charges.heading": "Lo que se cobró",
        "charges.code-column": "Código",
        "charges.service-column": "Servicio",
        "charges.amount-column": "Cargo",
        "charges.total": "Total de cargos",
        "charges.none": "Todavía no hay cargos en esta cuenta.",

        // Lo que hizo su seguro
        "insurance.heading": "Lo que hizo su seguro",
        "insurance.claim": "{payer}, número de reclamación {claim}",
        "insurance.paid": "Su seguro, {payer}, pagó {amount}.",
        "insurance.reversed": "{payer} anuló esta respuesta. Había pagado {amount}. Esta respuesta ya no cuenta.",
        "insurance.self-pay":
            "No tenemos ningún seguro registrado para esta visita. Si usted tiene seguro, llame al {phone} y le"
            + " enviaremos la factura a su seguro.",
        "insurance.waiting": "Enviamos la factura a su seguro. Todavía no ha respondido.",
        "adjustment.not-owed": "No pagó {amount} porque {reason} ({code}). Usted no debe esta parte.",
        "adjustment.in-review":
            "No pagó {amount} porque {reason} ({code}). Usted no tiene que pagar esto por ahora.",
        "adjustment.patient-share": "Indica que usted debe pagar {amount} porque {reason} ({code}).",
        "adjustment.unlisted-not-owed":
            "No pagó {amount}, por un motivo con el código {code}. Usted no debe esta parte.",
        "adjustment.unlisted-patient-share":
            "Indica que usted debe pagar {amount}, por un motivo con el código {code}.",
        "adjustment.unlisted-help": "Para saber qué significa un código, llame al {phone}.",
        "remark.listed": "{payer} también indicó que {remark} ({code}).",
        "remark.unlisted": "{payer} también envió una nota con el código {code}.",
        "follow-up.appealing":
            "Le pedimos a {payer} que vuelva a revisar esto (una apelación). Si decide pagar, es posible que usted"
            + " deba una parte, como el deducible. Le escribiremos.",
        "follow-up.correcting-claim":
            "Estamos corrigiendo la reclamación para enviársela de nuevo a {payer}. Si decide pagar, es posible"
            + " que usted deba una parte. Le escribiremos.",
        "follow-up.needs-patient-information":
            "Necesitamos información de usted para corregir esto. Por favor, llame al {phone}.",

        // Lo que usted debe
        "owed.heading": "Lo que usted debe y por qué",
        "owed.with-reasons": "Usted debe {amount} por esta visita. Le explicamos por qué:",
        "owed.amount": "Usted debe {amount} por esta visita.",
        "owed.nothing": "Por ahora, usted no debe nada. Por favor, no envíe ningún pago.",
        "owed.credit":
            "Usted pagó {amount} más de lo que debe. Este saldo a favor se descuenta de su saldo total.",
        "owed.pending":
            "Pendiente con su seguro: {amount}. No tiene que pagarlo ahora. Si le corresponde pagar una parte, le"
            + " enviaremos la factura cuando su seguro responda.",
        "owed.assistance-row": "Asistencia financiera ({percent} de descuento)",
        "owed.assistance-row-without-percent": "Asistencia financiera",
        "owed.payments-row": "Pagos que usted hizo",
        "owed.balance-row": "Su saldo por esta visita",
        "owed.credit-row": "Su saldo a favor por esta visita",
        "share.deductible": "El deducible de su plan",
        "share.deductible.meaning":
            "La cantidad que usted paga cada año por la atención cubierta antes de que su seguro empiece a pagar.",
        "share.coinsurance": "Su parte del coseguro",
        "share.coinsurance.meaning":
            "Su parte del costo de la atención cubierta después del deducible. Es un porcentaje que fija su plan.",
        "share.copay": "Su copago",
        "share.copay.meaning": "Una cantidad fija que su plan le pide pagar por un servicio.",
        "share.not-covered": "No lo cubre su plan",
        "share.not-covered.meaning":
            "Servicios que su plan no paga. Si cree que esto es un error, pregúntele a su seguro.",
        "share.self-pay": "Sin seguro registrado (pago por cuenta propia)",
        "share.self-pay.meaning": "Usted paga esta visita por su cuenta, porque ningún seguro la pagó.",
        "share.other": "Otra parte a cargo del paciente",
        "share.other.meaning":
            "Una parte de la factura que, según su seguro, le corresponde pagar a usted. Llámenos si tiene"
            + " preguntas.",
        "assistance.approved":
            "Su solicitud de asistencia financiera fue aprobada. Le descontamos un {percent} de su parte de la"
            + " factura.",
        "assistance.approved-without-percent": "Su solicitud de asistencia financiera fue aprobada.",
        "assistance.in-review":
            "Recibimos su solicitud de asistencia financiera. La estamos revisando y le enviaremos nuestra decisión"
            + " por escrito.",
        "assistance.incomplete":
            "Recibimos su solicitud de asistencia financiera, pero faltan algunos documentos. Por favor, llame al"
            + " {phone} para saber qué más necesitamos.",
        "assistance.denied":
            "Su solicitud de asistencia financiera no fue aprobada. Si sus ingresos o su familia han cambiado,"
            + " llame al {phone} y la revisaremos de nuevo.",

        // Opciones
        "options.heading": "Sus opciones",
        "options.assistance":
            "Ayuda para pagar su factura: Es posible que usted pueda recibir atención gratis o a menor costo,"
            + " según sus ingresos y el tamaño de su familia. Llame al {phone} para pedir una solicitud o ayuda"
            + " para llenarla.",
        "options.assistance-apply-by": "Puede presentar su solicitud hasta el {date}.",
        "options.plan":
            "Plan de pagos: ¿No puede pagar todo de una vez? Llame al {phone} para establecer un plan de pagos.",
        "options.estimate-dispute":
            "Estimado de buena fe: Antes de su atención, le dimos un estimado de {estimate}. Su factura es de"
            + " {billed}, es decir, {difference} más. Cuando una factura supera el estimado en {threshold} o más,"
            + " usted tiene derecho a disputarla (pedir que un revisor independiente decida). Debe empezar a más"
            + " tardar el {date}. Mientras su factura esté en disputa, no la enviaremos a cobranza ni le"
            + " cobraremos recargos por pago atrasado. Para saber cómo hacerlo, visite www.cms.gov/nosurprises o"
            + " llame al {phone}.",
        "options.questions":
            "Preguntas o errores: Si cree que hay un error en esta factura, llame al {phone}. Tenga a mano su"
            + " número de cuenta ({account}).",
    ]

    /// Códigos de motivo de ajuste, como final de "No pagó $X porque …".
    private static let spanishReasons: [String: String] = [
        "1": "esta cantidad se aplica a su deducible",
        "2": "es su coseguro",
        "3": "es su copago",
        "4": "el código de este servicio no se facturó de la manera correcta",
        "5": "el código de este servicio no corresponde al lugar donde recibió la atención",
        "16": "a la reclamación le faltaba información o tenía un error de facturación",
        "18": "ese mismo cargo ya se le había enviado antes",
        "22": "es posible que otro seguro tenga que pagar primero",
        "23": "su otro seguro ya pagó o descontó esta parte",
        "24": "su plan le paga a su proveedor una cantidad fija por este tipo de atención",
        "26": "usted recibió esta atención antes de que empezara su cobertura",
        "27": "usted recibió esta atención después de que terminó su cobertura",
        "29": "la reclamación se envió después del plazo para enviarla",
        "31": "no pudo confirmar que usted sea miembro de su plan",
        "45": "es la parte que supera el precio que su plan acordó con nosotros por estos servicios",
        "50": "decidió que esta atención no era médicamente necesaria",
        "59": "paga menos cuando se hacen varios servicios al mismo tiempo",
        "96": "su plan no cubre este servicio",
        "97": "el pago de este servicio está incluido en el pago de otro servicio",
        "109": "esta reclamación le corresponde a otro seguro",
        "119": "usted ya llegó al máximo que su plan paga por este tipo de atención en este período",
        "151": "considera que los registros no justifican tantos servicios",
        "167": "su plan no cubre la atención de este problema de salud (diagnóstico)",
        "170": "su plan no paga este servicio cuando lo da este tipo de proveedor",
        "197": "tenía que aprobar esta atención por adelantado y no encontró ninguna aprobación",
        "204": "su plan actual no cubre este servicio",
        "242": "la atención no la dio un proveedor de la red de su plan",
        "253": "una ley federal hace un pequeño recorte a sus pagos",
    ]

    /// Códigos de observación, como final de "Aetna también indicó que …".
    private static let spanishRemarks: [String: String] = [
        "M15": "se combinaron pruebas o servicios separados en un solo pago",
        "M20": "faltaba un código de facturación o no era válido",
        "M51": "faltaba el código del servicio o no era válido",
        "M76": "faltaba el código del diagnóstico o no era válido",
        "M127": "no recibió el expediente médico de este servicio",
        "MA04": "necesita saber cuánto pagó su primer seguro antes de poder pagar",
        "MA130": "la reclamación tenía información incompleta o incorrecta y hay que enviarla de nuevo como una"
            + " reclamación nueva",
        "N30": "según su plan, usted no cumple los requisitos para este servicio",
        "N56": "el código facturado no era el correcto para la atención que usted recibió",
        "N130": "el folleto de beneficios de su plan explica lo que cubre",
        "N290": "faltaba el número de identificación del proveedor o no era válido",
        "N381": "el precio que usó viene de su contrato con nosotros",
        "N522": "ya tiene esta reclamación, así que esta es una copia",
        "N54": "la atención de la reclamación no coincide con lo que aprobó por adelantado",
    ]

    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
}
