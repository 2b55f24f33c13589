# Títulos y detalles de las respuestas de problema RFC 9457, un par por cada código de error estable.

problem-bad-request-title = Solicitud incorrecta
problem-bad-request-detail = No se ha podido entender la solicitud: { $reason }
bad-request-not-json = el cuerpo no es un JSON válido.
bad-request-missing-field = “{ $field }” es obligatorio.
bad-request-unknown-field = “{ $field }” no es un campo que acepte esta solicitud.
bad-request-malformed-field = “{ $field }” no tiene un valor del tipo o formato correcto.
bad-request-malformed = uno de sus valores no tiene el tipo o formato correcto.
problem-not-found-title = No encontrado
problem-not-found-detail = No hay nada en esta dirección.
problem-method-not-allowed-title = Método no permitido
problem-method-not-allowed-detail = Esta dirección no acepta el método { $method }.
problem-payload-too-large-title = Solicitud demasiado grande
problem-payload-too-large-detail = El cuerpo de la solicitud supera lo que acepta este servidor ({ $limit } bytes como máximo).
problem-unsupported-media-type-title = Tipo de contenido no admitido
problem-unsupported-media-type-detail = Envíe el cuerpo de la solicitud como JSON con el encabezado Content-Type: application/json.
problem-request-timeout-title = Tiempo de espera agotado
problem-request-timeout-detail = La solicitud tardó más de { $seconds } segundos y se detuvo. No se ha guardado nada, salvo que la respuesta indique lo contrario.
problem-too-many-requests-title = Demasiadas solicitudes
problem-too-many-requests-detail = Demasiadas solicitudes en poco tiempo. Espere un momento y vuelva a intentarlo.
problem-internal-error-title = Error interno
problem-internal-error-detail = Algo ha fallado por nuestra parte. Ha quedado registrado; si contacta con el equipo de soporte, indique el ID de solicitud { $request_id }.
problem-service-unavailable-title = Servicio no disponible
problem-service-unavailable-detail = El servicio no está disponible temporalmente. Vuelva a intentarlo en un momento.
problem-http-error-title = La solicitud ha fallado
problem-http-error-detail = La solicitud ha fallado con el estado HTTP { $status }.

## Cuentas y sesiones

problem-invalid-email-title = Dirección de correo electrónico no válida
problem-invalid-email-detail = “{ $field }” no es una dirección de correo electrónico válida.
problem-password-length-title = Longitud de la contraseña
problem-password-length-detail = La contraseña debe tener entre { $min } y { $max } caracteres.
problem-password-too-common-title = Contraseña demasiado común
problem-password-too-common-detail = Esta contraseña es una de las más utilizadas. Elija otra.
problem-password-contains-email-title = La contraseña contiene la dirección de correo electrónico
problem-password-contains-email-detail = La contraseña no debe contener su dirección de correo electrónico. Elija otra.
problem-invalid-name-title = Nombre no válido
problem-invalid-name-detail = El nombre debe tener entre 1 y 100 caracteres, sin caracteres de control.
problem-invalid-timezone-title = Zona horaria no válida
problem-invalid-timezone-detail = Use un nombre de zona horaria como Europe/Berlin o UTC.
problem-unsupported-locale-title = Idioma no admitido
problem-unsupported-locale-detail = Este idioma no está disponible. Elija uno de los idiomas ofrecidos.
problem-invalid-credentials-title = No se ha podido iniciar sesión
problem-invalid-credentials-detail = La dirección de correo electrónico o la contraseña no son correctas.
problem-account-locked-title = Cuenta bloqueada
problem-account-locked-detail = Esta cuenta está bloqueada. Póngase en contacto con el equipo de soporte.
problem-unauthenticated-title = Sesión no iniciada
problem-unauthenticated-detail = Esta solicitud necesita un token de acceso válido. Vuelva a iniciar sesión para obtener uno.
problem-invalid-refresh-token-title = Sesión caducada
problem-invalid-refresh-token-detail = La sesión ha caducado o se ha cerrado. Vuelva a iniciar sesión.
problem-invalid-link-token-title = El enlace ya no es válido
problem-invalid-link-token-detail = Este enlace no es válido, ya se ha usado o ha caducado. Solicite uno nuevo.
problem-forbidden-title = No permitido
problem-forbidden-detail = Ha iniciado sesión, pero esta credencial no permite hacer esto.
problem-limit-reached-title = Límite alcanzado
problem-limit-reached-detail = Ha alcanzado el límite de { $limit }. Elimine uno antes de añadir otro.
problem-invalid-scope-title = Ámbito no válido
problem-invalid-scope-detail = Elija al menos uno de los ámbitos ofrecidos; algunos solo están disponibles para administradores.
problem-out-of-range-title = Valor fuera de rango
problem-out-of-range-detail = El valor de “{ $field }” está fuera del rango aceptado.
problem-totp-required-title = Se requiere un código de un solo uso
problem-totp-required-detail = Esta cuenta usa la verificación en dos pasos. Introduzca el código de su aplicación de autenticación o un código de recuperación.
problem-totp-invalid-title = Código de un solo uso incorrecto
problem-totp-invalid-detail = El código es incorrecto, ha caducado o ya se ha usado. Espere al siguiente código y vuelva a intentarlo.
problem-totp-locked-title = Verificación en dos pasos bloqueada
problem-totp-locked-detail = Demasiados códigos incorrectos. La verificación en dos pasos queda bloqueada durante 15 minutos.
problem-totp-already-enabled-title = La verificación en dos pasos ya está activada
problem-totp-already-enabled-detail = La verificación en dos pasos ya está activada para esta cuenta.
problem-totp-not-enabled-title = La verificación en dos pasos está desactivada
problem-totp-not-enabled-detail = La verificación en dos pasos no está activada para esta cuenta (o no se ha iniciado su configuración).
problem-invalid-code-title = Código incorrecto
problem-invalid-code-detail = El valor de “{ $field }” es incorrecto o ha caducado.
problem-invalid-role-title = Rol desconocido
problem-invalid-role-detail = El rol debe ser user, support o admin.
problem-csrf-failed-title = Formulario caducado
problem-csrf-failed-detail = No se ha podido aceptar este formulario. Vuelva a cargar la página e inténtelo de nuevo.
problem-two-factor-required-for-staff-title = Se requiere la verificación en dos pasos
problem-two-factor-required-for-staff-detail = Este servidor exige que el personal use la verificación en dos pasos. Actívela primero en los ajustes de su cuenta.
problem-slug-taken-title = Identificador en uso
problem-slug-taken-detail = Otro producto ya usa este identificador (slug). Elija otro.
problem-invalid-slug-title = Identificador no válido
problem-invalid-slug-detail = Un identificador (slug) tiene de 2 a 64 letras minúsculas, dígitos y guiones, y no empieza ni termina con guion.
problem-invalid-product-kind-title = Tipo de producto no válido
problem-invalid-product-kind-detail = Un producto es “software” (vinculado a máquinas) o “site” (vinculado a dominios).
problem-unknown-account-title = Cuenta desconocida
problem-unknown-account-detail = Ninguna cuenta tiene esta dirección de correo electrónico. La persona debe registrarse primero.
problem-license-revoked-title = Licencia revocada
problem-license-revoked-detail = Esta licencia se ha revocado; una licencia revocada no se puede rehabilitar. Emita una nueva en su lugar.
problem-seats-in-use-title = Puestos en uso
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } puesto de esta licencia está en uso
       *[other] { $in_use } puestos de esta licencia están en uso
    }. Libere algunos (desactive dispositivos o reduzca sublicencias) antes de reducir el número de puestos.
problem-license-unusable-title = Licencia no utilizable
problem-license-unusable-detail = La licencia no se puede usar para esto ({ $code }).

# Respuestas de la API para los productos (validación, activación, señal de actividad, desactivación, archivo de licencia).
answer-not-found = Ninguna licencia tiene esta clave.
answer-revoked = Esta licencia se ha revocado.
answer-suspended = Esta licencia está suspendida.
answer-expired = Esta licencia ha caducado.
answer-product-mismatch = Esta clave pertenece a otro producto.
answer-not-activated = Esta licencia aún no está activada aquí.
answer-fingerprint-mismatch = Esta licencia está activada en otros dispositivos, no en este.
answer-domain-mismatch = Esta licencia está activada en otros dominios, no en este.
answer-heartbeat-dead = Este dispositivo dejó de enviar señales de actividad; vuelva a activarlo.
answer-too-many-activations = Hay más dispositivos activos que puestos tiene la licencia.
answer-entitlement-missing = La licencia no incluye una función solicitada.
answer-version-not-covered = Esta versión se publicó después del periodo de actualizaciones de la licencia.
answer-valid = La licencia es válida.
answer-activation-limit = { $seats ->
        [one] El único puesto de esta licencia está en uso. Libere la activación indicada para usarla aquí.
       *[other] Los { $seats } puestos de esta licencia están en uso. Libere una de las activaciones indicadas para usarla aquí.
    }
answer-clone-suspected = Otra máquina está usando esta activación; queda en pausa hasta que el titular la libere.
answer-reassignment-limit = Esta licencia ha agotado por ahora sus cambios de dispositivo. El siguiente se permite a partir del { $at }.
answer-refused-title = El servidor de licencias rechazó esta solicitud
problem-reassignment-limit-title = No quedan cambios de dispositivo por ahora
problem-reassignment-limit-detail = Esta licencia ha agotado por ahora sus cambios de dispositivo. El siguiente se permite a partir del { $at }.
problem-not-enough-seats-title = No hay suficientes puestos libres
problem-not-enough-seats-detail = { $free ->
    [0] No hay ningún puesto libre en esta licencia.
    [one] Solo queda un puesto libre en esta licencia.
   *[other] Solo quedan { $free } puestos libres en esta licencia.
}
problem-invalid-activation-request-title = Solicitud de activación no válida
problem-invalid-activation-request-detail = No es una solicitud de activación generada con la clave de esta licencia. Vuelva a crearla en la máquina que se va a activar, con la clave de esta licencia.
problem-not-for-sale-title = No está a la venta
problem-not-for-sale-detail = Este plan no está a la venta.
problem-promo-not-found-title = Código promocional desconocido
problem-promo-not-found-detail = Este código promocional no existe o no es válido en este momento.
problem-insufficient-funds-title = Saldo insuficiente en el monedero
problem-insufficient-funds-detail = El saldo de su monedero no alcanza para esta compra. Recargue su monedero y vuelva a intentarlo; no se le ha cobrado nada.
problem-promo-expired-title = Código promocional no válido ahora
problem-promo-expired-detail = Este código promocional no es válido en este momento.
problem-promo-not-applicable-title = El código promocional no se aplica
problem-promo-not-applicable-detail = Este código promocional no se aplica a ningún producto de su carrito.
problem-promo-below-minimum-title = Pedido inferior al mínimo del código promocional
problem-promo-below-minimum-detail = Su pedido no alcanza el mínimo que exige este código promocional.
problem-promo-first-purchase-only-title = Código promocional para primeras compras
problem-promo-first-purchase-only-detail = Este código promocional solo es válido para una primera compra.
problem-promo-exhausted-title = Código promocional agotado
problem-promo-exhausted-detail = Este código promocional ya se ha usado tantas veces como se permite por ahora.
problem-promo-user-limit-title = Código promocional ya usado
problem-promo-user-limit-detail = Ya ha usado este código promocional tantas veces como permite.
problem-promo-paused-title = Código promocional en pausa
problem-promo-paused-detail = Este código promocional está en pausa en este momento.
problem-promo-code-taken-title = El código promocional ya existe
problem-promo-code-taken-detail = Ya hay otro código promocional con este nombre.
problem-idempotency-key-reused-title = Clave de idempotencia usada en otra solicitud
problem-idempotency-key-reused-detail = Esta Idempotency-Key ya se usó con una solicitud distinta. Use una clave nueva para cada solicitud nueva.
problem-idempotency-key-in-use-title = Solicitud en curso
problem-idempotency-key-in-use-detail = Todavía se está procesando una solicitud con esta Idempotency-Key. Vuelva a intentarlo en un momento para obtener su respuesta.
problem-self-referral-title = Autorreferencia
problem-self-referral-detail = No puede usar su propio código de referido.
problem-wrong-state-title = No es posible en este estado
problem-wrong-state-detail = Esto no se puede hacer ahora ({ $state }).
problem-gateway-disabled-title = Método de pago no disponible
problem-gateway-disabled-detail = Este método de pago no está habilitado en este servidor.
problem-gateway-unavailable-title = Proveedor de pagos no disponible
problem-gateway-unavailable-detail = No se ha podido contactar con el proveedor de pagos. No se ha cobrado nada; vuelva a intentarlo en unos minutos o elija otro método de pago.
problem-webhook-signature-invalid-title = Firma del webhook no válida
problem-webhook-signature-invalid-detail = La firma del webhook no coincide con la configuración de esta pasarela. No se ha cambiado nada.
problem-invalid-number-format-title = Patrón de numeración no válido
problem-invalid-number-format-detail = “{ $field }” necesita {"{"}YYYY{"}"} una vez y una secuencia de dígitos entre llaves, como INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: la numeración se reinicia cada año.
problem-number-formats-clash-title = Los números podrían coincidir
problem-number-formats-clash-detail = “{ $field }” podría generar los mismos números que el patrón de las facturas. Dé a los dos patrones prefijos distintos, como INV- y CN-.
problem-invalid-staging-pattern-title = Patrón de pruebas no válido
problem-invalid-staging-pattern-detail = Escriba un host por línea: un host exacto (staging.shop.com), todos los hosts bajo un dominio (*.preview.shop.com), todos los hosts que empiezan por una etiqueta (staging.*) o que la contienen (*.staging.*). Un dominio de nivel superior completo como *.dev es público y no puede funcionar gratis.
problem-insufficient-scope-title = No permitido con esta clave
problem-insufficient-scope-detail = Esto necesita { $scope ->
        [session] una sesión iniciada: una clave de API no puede hacerlo
       *[other] una clave de API con el ámbito “{ $scope }”
    }.
problem-refund-window-closed-title = Plazo de reembolso cerrado
problem-refund-window-closed-detail = { $days ->
        [one] Este plan se puede reembolsar durante { $days } día después de la compra, y ese plazo ya ha pasado.
       *[other] Este plan se puede reembolsar durante { $days } días después de la compra, y ese plazo ya ha pasado.
    } Reembolse de todos modos solo si es su intención.
problem-invalid-version-title = Versión no válida
problem-invalid-version-detail = Escriba una versión semántica como 1.4.0, 2.0.0-beta.1 o 1.4.0+build.7.
problem-invalid-platform-title = Plataforma no válida
problem-invalid-platform-detail = Una plataforma tiene de 1 a 64 letras minúsculas, dígitos, guiones y guiones bajos, como windows-x86_64 o wordpress.
problem-invalid-file-name-title = Nombre de archivo no válido
problem-invalid-file-name-detail = Indique un nombre de archivo simple como app-1.4.0.dmg: sin barras, sin punto inicial, sin comillas ni caracteres de control.
problem-version-taken-title = La versión ya existe
problem-version-taken-detail = Este producto ya tiene una versión publicada con este número (los metadatos de compilación no la convierten en una nueva).
problem-download-link-invalid-title = Enlace de descarga no válido
problem-download-link-invalid-detail = Este enlace de descarga ha caducado, se ha alterado o corresponde a una versión que ya no está disponible. Solicite uno nuevo.
problem-feed-license-required-title = Se requiere una clave de licencia
problem-feed-license-required-detail = Este feed de actualizaciones es solo para clientes con licencia. Envíe su clave de licencia en la dirección del feed o en el encabezado RMS-License-Key.
problem-feed-license-refused-title = Clave de licencia no aceptada
problem-feed-license-refused-detail = Esta clave de licencia no da acceso al feed de actualizaciones de este producto: es desconocida, de otro producto, o está caducada, suspendida o revocada.

problem-invalid-vat-id-title = Número de IVA no válido
problem-invalid-vat-id-detail = “{ $field }” no es un número de IVA del país indicado. Los números de IVA de la UE empiezan por el prefijo del país, como DE123456789 (Grecia: EL). Déjelo vacío si compra como particular.

problem-entitlements-append-only-title = Los derechos solo se pueden añadir
problem-entitlements-append-only-detail = Mantenga los derechos del plan en su orden y añada los nuevos al final: las claves de licencia emitidas los contienen por posición, así que quitar o reordenar uno cambiaría aquello a lo que tienen derecho los clientes actuales.
problem-invalid-date-title = Fecha no válida
problem-invalid-date-detail = Escriba “{ $field }” como una fecha, por ejemplo 2026-12-31.
problem-date-range-reversed-title = Fechas en orden inverso
problem-date-range-reversed-detail = La fecha de inicio es posterior a la de fin. Elija un inicio igual o anterior al fin.
