### Diseño común a todas las páginas: selector de idioma, navegación, portada, documentación y páginas de error.

# El nombre del idioma en el propio idioma, tal como aparece en el selector de idioma.
language-name = Español

-brand = RMS License Server

## Diseño común a todas las páginas

skip-to-content = Saltar al contenido
nav-home = Inicio
nav-sign-in = Iniciar sesión
nav-api-docs = Documentación de la API
nav-menu = Menú
notice-dismiss = Descartar
language-label = Idioma
language-apply = Cambiar
footer-text = { -brand }: licencias y facturación en su propio servidor.
footer-support = Soporte

## Portada

landing-page-title = { -brand }
landing-tagline = Venda su software, protéjalo y cobre por él, en su propio servidor.
landing-intro = { -brand } emite claves de licencia criptográficas, las vincula a dispositivos o dominios, las verifica en línea y sin conexión, vende a través de una tienda con monedero y pasarelas de pago, y se comunica con sus clientes en su idioma.
landing-feature-keys-title = Claves que no se pueden falsificar
landing-feature-keys-body = Cada licencia se firma con Ed25519. Su software la verifica con una clave pública, incluso sin conexión a la red.
landing-feature-store-title = Una tienda con cuentas exactas
landing-feature-store-body = Los precios se calculan en el servidor, cada pago se abona exactamente una vez y cada número de factura se usa exactamente una vez.
landing-feature-scale-title = Un solo binario, del portátil al clúster
landing-feature-scale-body = Empiece con un solo comando sobre una base de datos integrada; crezca a muchos nodos con PostgreSQL y Redis sin cambiar una línea.
landing-cta-sign-in = Iniciar sesión
landing-cta-store = Ver la tienda
landing-cta-docs = Explorar la API
landing-languages = Disponible en { $count ->
        [one] { $count } idioma
       *[other] { $count } idiomas
    }.

## Página de documentación de la API

docs-page-title = Documentación de la API
docs-noscript = La referencia interactiva necesita JavaScript. El documento OpenAPI se encuentra en { $url }.

## Páginas de error

error-page-back = Volver a la página de inicio
error-page-request-id = ID de solicitud: { $id }
