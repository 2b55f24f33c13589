# Correos electrónicos en texto plano. Los enlaces van en su propia línea para que todos los clientes de correo los hagan clicables.

email-verify-subject = Confirme su dirección de correo electrónico
email-verify-body =
    Hola, { $name }:

    Confirme su dirección de correo electrónico abriendo este enlace en los próximos { $minutes } minutos:

    { $link }

    Si usted no ha creado ninguna cuenta, puede ignorar este mensaje.
email-registration-attempt-subject = Alguien intentó registrarse con su dirección de correo electrónico
email-registration-attempt-body =
    Hola, { $name }:

    Alguien acaba de intentar crear una cuenta nueva con su dirección de correo electrónico, que ya tiene una.
    Si fue usted, simplemente inicie sesión:

    { $link }

    Si no fue usted, no tiene que hacer nada: no se ha cambiado nada.
email-reset-subject = Restablezca su contraseña
email-reset-body =
    Hola, { $name }:

    Alguien (esperamos que usted) ha solicitado restablecer la contraseña de su cuenta. Para elegir una nueva, abra este enlace en los próximos { $minutes } minutos:

    { $link }

    Si no lo ha solicitado, ignore este mensaje: su contraseña sigue siendo la misma.
email-clone-suspected-subject = Parece que una de sus licencias se está usando en una máquina copiada
email-clone-suspected-body =
    Hola, { $name }:

    Dos máquinas acaban de presentar la misma activación de su licencia de { $product } (dispositivo "{ $device }"). Esto suele significar que se copió una imagen de disco o una máquina virtual con la licencia instalada.

    La activación está en pausa. Si reconoce ambas máquinas, libere la antigua en su página de licencias y active la nueva:

    { $link }

    Si no las reconoce, es posible que alguien esté usando su clave de licencia: póngase en contacto con el proveedor.
email-receipt-subject = Su recibo { $number }
email-receipt-body =
    Hola, { $name }:

    Gracias por su compra. La factura { $number }, por un total de { $total }, se ha pagado desde su monedero.

    Sus claves de licencia están en su página de licencias:

    { $licenses }

    Puede descargar el PDF de la factura desde la página de su monedero en cualquier momento:

    { $billing }
email-sub-license-invite-subject = { $inviter } le ha cedido una licencia
email-sub-license-invite-body =
    Hola:

    { $inviter } le ha cedido { $seats ->
        [one] un puesto
       *[other] { $seats } puestos
    } de { $product }, con una clave de licencia propia.

    Para usarla, inicie sesión con esta dirección de correo electrónico, o cree una cuenta con ella y confirme la dirección. La licencia aparecerá entonces en su página de licencias:

    { $link }

    Si no conoce a { $inviter }, ignore este mensaje.
email-license-invite-subject = { $store } le ha emitido una licencia
email-license-invite-body =
    Hola:

    { $store } le ha emitido una licencia de { $product } ({ $plan }).

    Para usarla, cree su cuenta con esta dirección de correo electrónico mediante este enlace; la licencia y su clave aparecerán en su página de licencias:

    { $link }

    Si no esperaba este mensaje, ignórelo.
email-top-up-receipt-subject = Su monedero se ha recargado con { $credited }
email-top-up-receipt-body =
    Hola, { $name }:

    Su pago { $reference } de { $paid } a través de { $gateway } se ha recibido, y se ha abonado un importe de { $credited } en su monedero.

    Su saldo y su historial están en la página de su monedero:

    { $billing }
email-transfer-instructions-subject = Su transferencia bancaria de { $amount }
email-transfer-instructions-body =
    Hola, { $name }:

    Para recargar su monedero, transfiera { $amount } e indique esta referencia: { $reference }

    { $details }

    Los mismos datos, cada uno con un botón para copiarlo, están en esta página:

    { $page }

    Su monedero se abonará en cuanto llegue el dinero.
email-transfer-account-holder = Titular de la cuenta
email-transfer-account-number = IBAN o número de cuenta
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banco
email-transfer-bank-address = Dirección del banco
email-transfer-no-details = Los datos bancarios para esta moneda aún no están configurados: póngase en contacto con nosotros antes de hacer la transferencia.
