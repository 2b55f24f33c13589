# Analítica: informes de ventas, licencias, uso y descargas del administrador.
analytics-title = Analítica
analytics-sales = Ventas
analytics-licenses = Licencias
analytics-usage = Uso
analytics-downloads = Descargas
analytics-from = Desde
analytics-to = Hasta
analytics-granularity = Agrupar por
analytics-by-day = Día
analytics-by-week = Semana
analytics-by-month = Mes
analytics-all-products = Todos los productos
analytics-show = Mostrar
analytics-previous = Periodo anterior:
analytics-chart-table = Cifras mostradas en el gráfico
analytics-csv = Descargar como CSV
analytics-empty = No hay nada en este periodo.
analytics-source = { $rollup ->
    [one] Un día leído del resumen diario
   *[other] { $rollup } días leídos del resumen diario
}, { $live ->
    [one] un día calculado a partir de los eventos.
   *[other] { $live } días calculados a partir de los eventos.
}
analytics-chart-desc = Del { $from } al { $to }. La tabla bajo el gráfico contiene todas las cifras.
analytics-chart-revenue = Ingresos netos y reembolsos
analytics-chart-licenses = Activaciones vigentes, activaciones nuevas y licencias emitidas
analytics-chart-usage = Dispositivos y sitios que se conectaron (día de mayor actividad)
analytics-chart-downloads = Descargas
analytics-table-products = Por producto
analytics-table-customers = Clientes nuevos y recurrentes
analytics-table-gateways = Recargas del monedero por pasarela
analytics-table-countries = Por país del comprador
analytics-table-promos = Códigos promocionales
analytics-table-affiliates = Afiliados
analytics-table-activation-results = Activaciones por resultado
analytics-table-validation-results = Validaciones por resultado
analytics-table-deactivated-by = Desactivaciones según quién las realizó
analytics-table-top-licenses = Licencias con más actividad
analytics-table-releases = Por versión
analytics-table-channels = Por canal
analytics-col-period = Periodo
analytics-col-gross = Bruto
analytics-col-discounts = Descuentos
analytics-col-refunds = Reembolsos
analytics-col-net = Neto
analytics-col-orders = Pedidos
analytics-col-product = Producto
analytics-col-plan = Plan
analytics-col-units = Unidades
analytics-col-new_customers = Clientes nuevos
analytics-col-orders_from_new = Pedidos de clientes nuevos
analytics-col-orders_from_returning = Pedidos de clientes recurrentes
analytics-col-gateway = Pasarela
analytics-col-top_ups = Recargas
analytics-col-amount = Importe
analytics-col-country = País
analytics-col-code = Código
analytics-col-uses = Usos
analytics-col-discount = Descuento
analytics-col-affiliate = Afiliado
analytics-col-commissions = Comisiones
analytics-col-earned = Ganadas
analytics-col-reversed = Anuladas
analytics-col-issued = Licencias emitidas
analytics-col-activations = Activaciones
analytics-col-deactivations = Desactivaciones
analytics-col-live = Activaciones vigentes
analytics-col-count = Cantidad
analytics-col-by = Realizada por
analytics-col-validations = Validaciones
analytics-col-heartbeats = Señales de actividad
analytics-col-active_devices = Dispositivos activos
analytics-col-active_sites = Sitios activos
analytics-col-license = Licencia
analytics-col-owner = Titular
analytics-col-calls = Llamadas
analytics-col-devices_seen = Dispositivos vistos
analytics-col-downloads = Descargas
analytics-col-release = Versión
analytics-col-channel = Canal

# Uso de una licencia (página de su titular y del administrador).
usage-title = Uso
usage-back = Volver
usage-range = Periodo
usage-last-days = { $days ->
    [one] Último día
   *[other] Últimos { $days } días
}
usage-chart-devices = Dispositivos y sitios: vigentes y conectados
usage-chart-calls = Validaciones y señales de actividad
usage-live = Vigentes
usage-seen = Conectados
usage-devices = Dispositivos y sitios
usage-no-devices = Ahora mismo no hay nada activado con esta licencia.
usage-device = Dispositivo o sitio
usage-platform = Plataforma
usage-last-seen = Última conexión
usage-heartbeat = Señal de actividad
usage-no-downloads = Todavía no se ha descargado nada con esta licencia.
usage-last-download = Última descarga
