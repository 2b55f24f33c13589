### Cuentas: verificación, restablecimiento de contraseña, configuración inicial, inicio de sesión, ajustes, verificación en dos pasos, claves de API.

## Página de verificación del correo electrónico

verify-email-page-title = Confirme su dirección de correo electrónico
verify-email-intro = Pulse el botón para confirmar que esta dirección de correo electrónico es suya.
verify-email-confirm = Confirmar mi dirección de correo electrónico
verify-email-done = Gracias: su dirección de correo electrónico está confirmada.

## Página de restablecimiento de contraseña

reset-page-title = Elija una contraseña nueva
reset-new-password = Contraseña nueva
reset-password-hint = De 12 a 128 caracteres. Que no sea una de las contraseñas más comunes ni su dirección de correo electrónico.
reset-submit = Establecer la contraseña nueva
reset-done = Su contraseña se ha cambiado y se han cerrado todas las sesiones. Inicie sesión con la contraseña nueva.

## Página de configuración inicial

setup-page-title = Cree el primer administrador
setup-intro = Este servidor aún no tiene administrador. La cuenta que cree aquí podrá gestionarlo todo; este enlace solo funciona una vez.
setup-email = Dirección de correo electrónico
setup-name = Nombre
setup-password = Contraseña
setup-store-name = Nombre de su tienda
setup-store-name-hint = Se muestra a sus clientes en la cabecera de cada página y en los correos electrónicos. Puede cambiarlo, y añadir un logotipo y colores, en la página Marca.
setup-seller = Quién vende (figura en las facturas)
setup-seller-hint = Opcional por ahora: complételo antes de la primera venta, aquí o en la página de facturación. Sin razón social, las facturas muestran el nombre de la tienda.
setup-submit = Crear el administrador
setup-done = La cuenta de administrador está lista. Inicie sesión con ella.

## Inicio de sesión y registro, ajustes de la cuenta

nav-sign-up = Crear cuenta
nav-sign-out = Cerrar sesión
field-email = Dirección de correo electrónico
field-password = Contraseña
field-name = Nombre
sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-code = Código de un solo uso
sign-in-code-hint = El código de 6 dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.
sign-in-forgot = ¿Ha olvidado su contraseña?
sign-in-no-account = Crear una cuenta
sign-up-title = Crear una cuenta
sign-up-submit = Crear la cuenta
sign-up-done = Gracias. Hemos enviado un enlace de confirmación a la dirección que indicó; ábralo para confirmar su correo electrónico. Después, inicie sesión.
sign-up-invited = Hay una licencia esperándole. Cree su cuenta con la dirección a la que se envió.
sign-up-invited-done = Su cuenta está lista y su dirección, confirmada. Inicie sesión: la licencia que le esperaba está en su página de licencias.
forgot-title = ¿Ha olvidado su contraseña?
forgot-submit = Enviarme un enlace de restablecimiento
forgot-done = Si hay una cuenta con esta dirección, le llegará un enlace para elegir una contraseña nueva. Es válido durante 30 minutos.
account-title = Su cuenta
account-profile = Perfil
account-email-verified = confirmada
account-email-unverified = aún sin confirmar
account-timezone = Zona horaria
account-digits = Dígitos
account-save = Guardar
account-saved = Sus cambios se han guardado.
account-password = Contraseña
account-current-password = Contraseña actual
account-change-password = Cambiar la contraseña
account-password-changed = Su contraseña se ha cambiado. Se han cerrado todas las demás sesiones.
account-security = Seguridad
account-2fa-on = La verificación en dos pasos está activada.
account-2fa-off = La verificación en dos pasos está desactivada.
account-sessions-hint = Cierra todas las sesiones de esta cuenta, en todos los dispositivos, incluido este.
account-sign-out-everywhere = Cerrar sesión en todas partes

## Páginas de verificación en dos pasos y de claves de API

account-2fa-manage = Gestionar
account-export = Descargar mis datos
account-export-hint = Un ZIP de archivos JSON: su cuenta, sus licencias y sus claves, dispositivos, facturas, pagos, monedero, notificaciones y claves de API (nunca sus secretos).
tfa-title = Verificación en dos pasos
tfa-intro = Con la verificación en dos pasos, para iniciar sesión también hace falta un código de una aplicación de autenticación en su teléfono, de modo que una contraseña robada no basta por sí sola.
tfa-start = Configurarla
tfa-scan = Escanee este código con su aplicación de autenticación y escriba el código de 6 dígitos que muestre.
tfa-qr-alt = Código QR para su aplicación de autenticación
tfa-secret = O escriba esta clave:
tfa-confirm = Activar la verificación en dos pasos
tfa-enabled = La verificación en dos pasos está activada. Se han cerrado sus demás sesiones; este navegador sigue con la sesión iniciada.
tfa-confirm-password-hint = Su contraseña demuestra que es usted: se cierran sus demás sesiones y este navegador sigue con la sesión iniciada.
tfa-codes-saved = Ya los he guardado: volver a mi cuenta
tfa-codes-intro = Guarde estos códigos de recuperación en un lugar seguro. Cada uno sirve una sola vez, por si pierde su teléfono. Solo se muestran ahora.
tfa-disable = Desactivar la verificación en dos pasos
keys-title = Claves de API
keys-new = Nueva clave
keys-scopes = Permisos
keys-scope-read = Leer sus datos
keys-scope-licenses = Gestionar licencias
keys-scope-releases = Publicar versiones
keys-expires = Caduca al cabo de (días, opcional)
keys-create = Crear la clave
keys-created = Su nueva clave aparece a continuación. Cópiela ahora: solo se muestra una vez.
keys-yours = Sus claves
keys-none = Todavía no tiene claves de API.
keys-prefix = Empieza por
keys-revoke = Revocar
keys-confirm-revoke = ¿Revocar esta clave de API? Los scripts que la usan dejarán de funcionar de inmediato; esta acción no se puede deshacer.
keys-revoked = revocada
