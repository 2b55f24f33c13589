# Notificaciones: un asunto (también el título dentro de la aplicación) y un cuerpo por tipo. Los argumentos
# proceden de lo ocurrido: $name es siempre el nombre de la persona; el remitente añade los enlaces bajo el cuerpo.
# Un tipo puede añadir `-details`, un párrafo que solo se muestra cuando están todos sus argumentos (los avisos
# guardados por una versión anterior carecen de algunos).

notify-footer = Recibe este mensaje por su cuenta en { $seller }. Elija sobre qué recibir avisos, y dónde, en la página de su cuenta.
notify-open = Abrir
notify-unsubscribe = Darse de baja de estos correos electrónicos
notify-unsubscribe-intro = ¿Dejar de recibir correos electrónicos de este tipo? Los avisos de seguridad y los demás tipos no se ven afectados; puede volver a activarlo desde la página de su cuenta.
notify-unsubscribe-confirm = Darse de baja
notify-unsubscribe-done = Listo: ya no recibirá estos correos electrónicos.

notify-top_up_credited-subject = Su monedero se ha recargado con { $amount }
notify-top_up_credited-body = Hola, { $name }. Se ha abonado un importe de { $amount } en su monedero.
notify-top_up_credited-details = Se ha recibido su pago { $reference } de { $paid } a través de { $gateway }. Su saldo y su historial están en la página de su monedero.
notify-transfer_confirmed-subject = Ha llegado su transferencia bancaria de { $amount }
notify-transfer_confirmed-body = Hola, { $name }. Hemos recibido su transferencia bancaria: el importe de { $amount } ya está en su monedero.
notify-transfer_confirmed-details = Su referencia era { $reference }; usted envió { $paid }.
notify-purchase_receipt-subject = Recibo de su compra ({ $invoice })
notify-purchase_receipt-body = Hola, { $name }. Gracias por su compra. La factura { $invoice }, por un total de { $amount }, se ha pagado desde su monedero. Sus claves de licencia están en su página de licencias; puede descargar el PDF de la factura desde la página de su monedero en cualquier momento.
notify-order_failed-subject = No se ha podido completar su pedido
notify-order_failed-body = Hola, { $name }. No se ha podido completar su pedido. { $reason ->
        [unpaid] El pago no se realizó, así que no se le ha cobrado nada. Puede volver a hacer el pedido desde la tienda.
        [returned] El proveedor de pagos anuló el pago, así que no se ha comprado nada.
        [late] El pago llegó demasiado tarde para comprar al precio que se le indicó. El importe de { $amount } que pagó está en su monedero: vuelva a comprar en la tienda cuando quiera.
       *[refused] La tienda ya no podía venderlo tal como se pidió (un código promocional agotado, un plan que ya no se vende). El importe de { $amount } que pagó está en su monedero.
    }
notify-refund-subject = Se le ha reembolsado un importe de { $amount }
notify-refund-body = Hola, { $name }. Se ha reembolsado en su monedero un importe de { $amount } de la factura { $invoice }.
notify-payment_attention-subject = Un pago requiere su atención
notify-payment_attention-body = Hola, { $name }. Un pago de { $amount } está pendiente de una decisión.
notify-license_issued-subject = Su licencia de { $product } está lista
notify-license_issued-body = Hola, { $name }. Se le ha emitido una licencia de { $product } ({ $plan }). Su clave está en su página de licencias.
notify-device_activated-subject = { $product } se ha activado en un dispositivo nuevo
notify-device_activated-body = Hola, { $name }. Su licencia de { $product } se ha activado en { $device }. Si no fue usted, libere el puesto desde su página de licencias.
notify-seat_freed-subject = Se ha liberado un puesto de { $product }
notify-seat_freed-body = Hola, { $name }. { $device } ya no ocupa un puesto de su licencia de { $product }.
notify-license_expiring-subject = Su licencia de { $product } caduca en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
notify-license_expiring-body = Hola, { $name }. Su licencia de { $product } caduca en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }. Renuévela para seguir usando { $product } y recibiendo actualizaciones.
notify-license_expired-subject = Su licencia de { $product } ha caducado
notify-license_expired-body = Hola, { $name }. Su licencia de { $product } ha caducado.
notify-renewal_upcoming-subject = Su licencia de { $product } se renueva el { $date }
notify-renewal_upcoming-body = Hola, { $name }. Su licencia de { $product } se renovará automáticamente el { $date } por { $amount }, con cargo a su monedero. { $reason ->
        [wallet_short] Su monedero todavía no tiene saldo suficiente: recárguelo antes de esa fecha o la licencia finalizará.
       *[other] Su monedero tiene saldo suficiente.
    } Puede desactivar la renovación automática en su página de licencias.
notify-license_renewed-subject = Su licencia de { $product } se ha renovado
notify-license_renewed-body = Hola, { $name }. Su licencia de { $product } se ha renovado automáticamente hasta el { $date }. La factura { $invoice }, por un total de { $amount }, se ha pagado desde su monedero.
notify-renewal_failed-subject = No se ha podido renovar su licencia de { $product }
notify-renewal_failed-body = Hola, { $name }. No se ha podido renovar automáticamente su licencia de { $product }. { $reason ->
        [wallet_short] La renovación cuesta { $amount } y su monedero tiene { $paid }. Recargue su monedero y renueve la licencia desde su página de licencias.
        [not_for_sale] Su plan ya no está a la venta.
       *[other] Renuévela desde su página de licencias.
    } Conservará su clave y sus dispositivos si la renueva antes del { $date }.
notify-clone_suspected-subject = Es posible que su licencia de { $product } se esté usando en un dispositivo copiado
notify-clone_suspected-body = Hola, { $name }. Dos máquinas acaban de presentar la misma activación de su licencia de { $product } (dispositivo “{ $device }”). Esto suele significar que se copió una imagen de disco o una máquina virtual con la licencia instalada.

    La activación está en pausa. Si reconoce ambas máquinas, libere la antigua en su página de licencias y active la nueva. Si no las reconoce, es posible que alguien esté usando su clave de licencia: póngase en contacto con el proveedor.
notify-license_status-subject = Nuevo estado de su licencia de { $product }: { $status ->
        [active] activa
        [suspended] suspendida
        [expired] caducada
        [revoked] revocada
       *[other] { $status }
    }
notify-license_status-body = Hola, { $name }. El estado de su licencia de { $product } ha cambiado a: { $status ->
        [active] activa
        [suspended] suspendida
        [expired] caducada
        [revoked] revocada
       *[other] { $status }
    }.
notify-release_published-subject = Ya está disponible { $product } { $version }
notify-release_published-body = Hola, { $name }. La versión { $version } de { $product } se ha publicado en el canal { $channel ->
        [stable] estable
        [beta] beta
        [alpha] alfa
       *[other] { $channel }
    }. Está disponible en su página de descargas.
notify-new_sign_in-subject = Nuevo inicio de sesión en su cuenta
notify-new_sign_in-body = Hola, { $name }. Se acaba de iniciar sesión en su cuenta desde { $device }. Si no fue usted, cambie su contraseña ahora mismo.
notify-password_changed-subject = Se ha cambiado su contraseña
notify-password_changed-body = Hola, { $name }. Se ha cambiado la contraseña de su cuenta. Si no fue usted, restablézcala ahora mismo y póngase en contacto con el equipo de soporte.
notify-two_factor_changed-subject = Verificación en dos pasos { $status ->
        [on] activada
        [off] desactivada
       *[other] { $status }
    }
notify-two_factor_changed-body = Hola, { $name }. La verificación en dos pasos de su cuenta se ha { $status ->
        [on] activado
        [off] desactivado
       *[other] cambiado a: { $status }
    }. Si no fue usted, póngase en contacto con el equipo de soporte ahora mismo.
notify-api_key_created-subject = Se ha creado una nueva clave de API
notify-api_key_created-body = Hola, { $name }. Se ha creado la clave de API “{ $key_name }” para su cuenta. Si no fue usted, revóquela ahora mismo.
notify-commission_earned-subject = Ha ganado una comisión de { $amount }
notify-commission_earned-body = Hola, { $name }. Una compra realizada a través de su enlace de referido le ha hecho ganar { $amount }. El importe queda retenido hasta que se cierre el plazo de reembolso.
notify-commission_released-subject = Ya dispone de { $amount } en comisiones
notify-commission_released-body = Hola, { $name }. Se han liberado comisiones por valor de { $amount } en su monedero.
notify-marketing-subject = { $headline }
notify-marketing-body = Hola, { $name }:

    { $text }

# La página de notificaciones, la campana de la cabecera y las opciones por tipo.
nav-notifications = Notificaciones
notifications-title = Notificaciones
notifications-none = Todavía no hay nada. Aquí aparecerá lo que ocurra con sus licencias, pagos y cuenta.
notifications-mark-all = Marcar todo como leído
notifications-unread = nueva
account-notifications-title = Ajustes de notificaciones
account-notifications-intro = Elija, para cada tipo de aviso, si le llega por correo electrónico y dentro de la aplicación. Los avisos de seguridad siempre conservan al menos un canal.
account-notifications-save = Guardar los ajustes de notificaciones
account-notifications-saved = Ajustes de notificaciones guardados.
account-notifications-security = seguridad
notify-kind = Aviso
notify-channel-email = Correo electrónico
notify-channel-in_app = En la aplicación
notify-channel-telegram = Telegram
notify-group-transactions = Pagos
notify-group-licenses = Licencias
notify-group-releases = Versiones
notify-group-security = Seguridad
notify-group-affiliate = Programa de afiliados
notify-group-marketing = Novedades
notify-kind-top_up_credited = Monedero recargado
notify-kind-transfer_confirmed = Transferencia bancaria recibida
notify-kind-purchase_receipt = Recibos de compra
notify-kind-order_failed = Pedidos que no se pudieron completar
notify-kind-refund = Reembolsos
notify-kind-payment_attention = Pagos que requieren una decisión
notify-kind-license_issued = Una licencia emitida a su nombre
notify-kind-device_activated = Activación en un dispositivo nuevo
notify-kind-seat_freed = Un puesto liberado
notify-kind-license_expiring = Licencia a punto de caducar (14 y 3 días antes)
notify-kind-license_expired = Licencia caducada
notify-kind-renewal_upcoming = Próxima renovación automática (7 días antes)
notify-kind-license_renewed = Licencia renovada automáticamente
notify-kind-renewal_failed = Renovación automática fallida
notify-kind-clone_suspected = Un dispositivo posiblemente copiado
notify-kind-license_status = Licencia suspendida, revocada o rehabilitada
notify-kind-release_published = Versiones nuevas
notify-kind-new_sign_in = Inicio de sesión desde un dispositivo nuevo
notify-kind-password_changed = Contraseña cambiada
notify-kind-two_factor_changed = Cambios en la verificación en dos pasos
notify-kind-api_key_created = Clave de API creada
notify-kind-commission_earned = Comisión ganada
notify-kind-commission_released = Comisión pagada
notify-kind-marketing = Novedades y ofertas

# Versiones nuevas por producto, en la página de ajustes de notificaciones.
account-releases-title = Versiones nuevas
account-releases-intro = Para cada producto del que tiene licencia: de qué versiones recibe avisos y dónde. Beta también avisa de las versiones estables; alfa, de todas.
account-releases-none = De ninguna
account-releases-stable = Versiones estables
account-releases-beta = Versiones beta y estables
account-releases-alpha = Todas las versiones, alfa incluidas

# Las respuestas del bot de Telegram.
telegram-linked = ¡Hola, { $name }! Este chat ya está vinculado a su cuenta: aquí llegarán las notificaciones que elija para Telegram. Envíe /stop para terminar.
telegram-unlinked = Este chat ya no está vinculado a ninguna cuenta. Puede volver a vincularlo desde la página de su cuenta.
telegram-link-invalid = Este enlace ha caducado o ya se ha usado. Genere uno nuevo en la página de su cuenta.
telegram-help = Para recibir notificaciones aquí, abra el enlace de Telegram de la página de su cuenta. Envíe /stop para desvincular este chat.

# Telegram en la página de ajustes de notificaciones.
account-telegram-intro = Reciba en Telegram las notificaciones que elija: vincule esta cuenta a un chat con el bot de la tienda.
account-telegram-link = Vincular Telegram
account-telegram-open = Abra este enlace en Telegram en los próximos 15 minutos y pulse Iniciar:
account-telegram-linked = Esta cuenta está vinculada a un chat de Telegram.
account-telegram-unlink = Desvincular Telegram

# Alertas al chat de Telegram de los administradores.
telegram-alert-payment_review = Un pago requiere una decisión: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Un dispositivo puede ser una copia: licencia { $license }, dispositivo { $device }.
telegram-alert-reconciliation = La conciliación del libro contable encontró { $count ->
        [one] { $count } infracción
       *[other] { $count } infracciones
    }: es posible que se haya creado o perdido dinero.
telegram-alert-job_dead = Una tarea en segundo plano se ha abandonado: { $job } ({ $id }). Último error: { $reason }
