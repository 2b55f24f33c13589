# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Análises
analytics-sales = Vendas
analytics-licenses = Licenças
analytics-usage = Uso
analytics-downloads = Downloads
analytics-from = De
analytics-to = Até
analytics-granularity = Agrupar por
analytics-by-day = Dia
analytics-by-week = Semana
analytics-by-month = Mês
analytics-all-products = Todos os produtos
analytics-show = Exibir
analytics-previous = Período anterior:
analytics-chart-table = Valores exibidos no gráfico
analytics-csv = Baixar como CSV
analytics-empty = Nada neste período.
analytics-source = { $rollup ->
    [one] { $rollup } dia lido do resumo diário
   *[other] { $rollup } dias lidos do resumo diário
}, { $live ->
    [one] { $live } dia calculado a partir dos eventos.
   *[other] { $live } dias calculados a partir dos eventos.
}
analytics-chart-desc = De { $from } a { $to }. A tabela abaixo do gráfico traz todos os valores.
analytics-chart-revenue = Receita líquida e reembolsos
analytics-chart-licenses = Ativações vigentes, novas ativações e licenças emitidas
analytics-chart-usage = Dispositivos e sites que se comunicaram (dia de maior movimento)
analytics-chart-downloads = Downloads
analytics-table-products = Por produto
analytics-table-customers = Clientes novos e recorrentes
analytics-table-gateways = Recargas da carteira por gateway
analytics-table-countries = Por país do comprador
analytics-table-promos = Códigos promocionais
analytics-table-affiliates = Afiliados
analytics-table-activation-results = Ativações por resultado
analytics-table-validation-results = Validações por resultado
analytics-table-deactivated-by = Desativações por quem as encerrou
analytics-table-top-licenses = Licenças mais movimentadas
analytics-table-releases = Por versão
analytics-table-channels = Por canal
analytics-col-period = Período
analytics-col-gross = Bruto
analytics-col-discounts = Descontos
analytics-col-refunds = Reembolsos
analytics-col-net = Líquido
analytics-col-orders = Pedidos
analytics-col-product = Produto
analytics-col-plan = Plano
analytics-col-units = Unidades
analytics-col-new_customers = Clientes novos
analytics-col-orders_from_new = Pedidos de clientes novos
analytics-col-orders_from_returning = Pedidos de clientes recorrentes
analytics-col-gateway = Gateway
analytics-col-top_ups = Recargas
analytics-col-amount = Valor
analytics-col-country = País
analytics-col-code = Código
analytics-col-uses = Usos
analytics-col-discount = Desconto
analytics-col-affiliate = Afiliado
analytics-col-commissions = Comissões
analytics-col-earned = Ganhas
analytics-col-reversed = Estornadas
analytics-col-issued = Licenças emitidas
analytics-col-activations = Ativações
analytics-col-deactivations = Desativações
analytics-col-live = Ativações vigentes
analytics-col-count = Quantidade
analytics-col-by = Encerrada por
analytics-col-validations = Validações
analytics-col-heartbeats = Sinais de vida
analytics-col-active_devices = Dispositivos ativos
analytics-col-active_sites = Sites ativos
analytics-col-license = Licença
analytics-col-owner = Titular
analytics-col-calls = Chamadas
analytics-col-devices_seen = Dispositivos vistos
analytics-col-downloads = Downloads
analytics-col-release = Versão
analytics-col-channel = Canal

# One license's usage (its owner's page and the admin's).
usage-title = Uso
usage-back = Voltar
usage-range = Período
usage-last-days = { $days ->
    [1] Último dia
    [one] Último { $days } dia
   *[other] Últimos { $days } dias
}
usage-chart-devices = Dispositivos e sites: vigentes e que se comunicaram
usage-chart-calls = Validações e sinais de vida
usage-live = Vigentes
usage-seen = Comunicaram-se
usage-devices = Dispositivos e sites
usage-no-devices = Nada está ativado com esta licença no momento.
usage-device = Dispositivo ou site
usage-platform = Plataforma
usage-last-seen = Visto por último
usage-heartbeat = Sinal de vida
usage-no-downloads = Nada foi baixado com esta licença ainda.
usage-last-download = Último download
